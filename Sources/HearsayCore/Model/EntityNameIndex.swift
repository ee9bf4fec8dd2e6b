/// Folded name → the entities answering to it, without keeping the folded names.
///
/// Each distinct folded name of each entity (its name and aliases, `NameFolding.fold`) is kept
/// as its 64-bit hash beside the entity and the position of the name among `Entity.names`,
/// sorted by hash. A look-up folds and hashes the name asked for, finds the run of its hash, and
/// keeps the entities whose named name folds to it, so a collision of hashes never answers.
/// A dictionary of folded names held a second copy of every name, an array per name, and a
/// hash table.
///
///     "Wang Yi" → fold "wang yi" → hash h → pairs with h: (h, Wang Yi, 0) → [Wang Yi]
struct EntityNameIndex: Sendable {
  /// One folded name of one entity.
  private struct Key: Sendable {
    var hash: UInt64
    var entity: UInt32
    /// Position of the name in `Entity.names` (0 the name, then the aliases).
    var name: UInt32
  }

  /// Sorted by hash, then entity.
  private let keys: [Key]

  /// Indexes every name of the entities, folding them on all cores.
  init(entities: [Entity]) {
    let perEntity = Array(entities.indices).concurrentMap { position in
      let names = entities[position].names
      var seen: [String] = []
      var found: [Key] = []
      for (index, name) in names.enumerated() {
        let folded = NameFolding.fold(name)
        guard !folded.isEmpty, !seen.contains(folded) else { continue }
        seen.append(folded)
        found.append(
          Key(hash: Self.hash(folded), entity: UInt32(position), name: UInt32(index)))
      }
      return found
    }
    var keys: [Key] = []
    keys.reserveCapacity(perEntity.reduce(0) { $0 + $1.count })
    for found in perEntity { keys.append(contentsOf: found) }
    keys.sort { ($0.hash, $0.entity) < ($1.hash, $1.entity) }
    self.keys = keys
  }

  /// The entities with a name or alias that folds to `folded` (already folded), ascending.
  func entities(named folded: String, in entities: [Entity]) -> [EntityID] {
    guard !folded.isEmpty else { return [] }
    let hash = Self.hash(folded)
    var lo = 0
    var hi = keys.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if keys[mid].hash < hash { lo = mid + 1 } else { hi = mid }
    }
    var found: [EntityID] = []
    while lo < keys.count, keys[lo].hash == hash {
      let key = keys[lo]
      lo += 1
      let entity = entities[Int(key.entity)]
      let name = key.name == 0 ? entity.name : entity.aliases[Int(key.name) - 1]
      if NameFolding.fold(name) == folded, found.last != entity.id { found.append(entity.id) }
    }
    return found
  }

  /// Every folded name indexed, each once, in no set order.
  func names(in entities: [Entity]) -> [String] {
    var names = Set<String>()
    for key in keys {
      let entity = entities[Int(key.entity)]
      names.insert(
        NameFolding.fold(key.name == 0 ? entity.name : entity.aliases[Int(key.name) - 1]))
    }
    return Array(names)
  }

  /// How many (folded name, entity) pairs are indexed.
  var count: Int { keys.count }

  /// The 64-bit FNV-1a hash of the folded name's bytes.
  private static func hash(_ folded: String) -> UInt64 { FNV1a.hash64(folded) }
}
