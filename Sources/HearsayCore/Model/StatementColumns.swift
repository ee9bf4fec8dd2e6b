/// The statements' speakers as numbered keys, for counting by speaker without reading whole
/// statements or hashing names.
///
/// Speakers are counted under keys: the distinct entity names first, numbered as
/// `CorpusWordIndexes.NameTable` numbers them, then each name written without an entity (`he`,
/// `officials`) that equals no entity name. Each key has its place in `String` order, so that
/// ranking by count, ties by name, sorts numbers rather than strings.
struct StatementColumns: Sendable {
  /// Statement → where its speaker keys start in `speakerKeys`; one more entry, the end.
  let speakerKeyStarts: [UInt32]
  /// Every statement's speaker keys, end to end: one per speaker counted, as
  /// `QueryEvaluator.tally` counts them (each entity, or each distinct name as written).
  let speakerKeys: [UInt32]
  /// Key → the name shown for it.
  let keyNames: [String]
  /// Key → its place among all keys in `String` order (all keys differ as `String`s).
  let keyRanks: [UInt32]
  /// Key → whether some statement writes it in other bytes than `keyNames` holds (a composed
  /// and a decomposed accent): counts with such a key take the slower way, which shows the
  /// spelling met first.
  let respelled: [Bool]

  init(statements: [Statement], names: CorpusWordIndexes.NameTable) {
    var starts: [UInt32] = [0]
    starts.reserveCapacity(statements.count + 1)
    var keys: [UInt32] = []
    keys.reserveCapacity(statements.count)
    var keyNames = names.names
    var respelled = [Bool](repeating: false, count: keyNames.count)
    var written: [String: UInt32] = [:]
    func key(for name: String) -> UInt32 {
      let key: UInt32
      if let number = names.numbers[name] {
        key = UInt32(number)
      } else if let known = written[name] {
        key = known
      } else {
        key = UInt32(keyNames.count)
        keyNames.append(name)
        respelled.append(false)
        written[name] = key
      }
      if !keyNames[Int(key)].utf8.elementsEqual(name.utf8) { respelled[Int(key)] = true }
      return key
    }
    for statement in statements {
      let entities = statement.speakerEntities
      if entities.count == 1 {
        keys.append(UInt32(names.byEntity[entities[0].rawValue]))
      } else if !entities.isEmpty && entities.count == statement.speakers.count {
        for (offset, entity) in entities.enumerated() where !entities[..<offset].contains(entity) {
          keys.append(UInt32(names.byEntity[entity.rawValue]))
        }
      } else if statement.speakers.isEmpty {
        keys.append(key(for: statement.speaker))
      } else {
        for name in Set(statement.speakers) { keys.append(key(for: name)) }
      }
      starts.append(UInt32(keys.count))
    }
    speakerKeyStarts = starts
    speakerKeys = keys
    self.keyNames = keyNames
    self.respelled = respelled
    let sortKeys = keyNames.map { RankedKey(key: $0, count: 0) }
    let ordered = keyNames.indices.sorted { sortKeys[$0].precedes(sortKeys[$1]) }
    var ranks = [UInt32](repeating: 0, count: keyNames.count)
    for (place, key) in ordered.enumerated() { ranks[key] = UInt32(place) }
    keyRanks = ranks
  }
}
