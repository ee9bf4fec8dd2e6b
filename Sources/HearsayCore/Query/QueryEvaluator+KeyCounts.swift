/// Counting statements by speaker or topic on numbers: each statement's speakers are keys of
/// `StatementColumns` and its topics entities, whose names are keys too, so counting is adding
/// into an array and ranking is sorting numbers, with names looked up for the rows kept only.
///
/// Gives what `tally` and `ranked` give, or nil where they would differ: a key some statement
/// writes in other bytes (whose spelling shown depends on the statements counted), or speakers
/// with names left out.
extension QueryEvaluator {
  /// How many statements of `found` fall under each key (each speaker, or each topic not in
  /// `excluding`), as `tally` counts them; nil when it must do the counting.
  static func keyCounts(
    _ found: [Int], by group: GroupKey, excluding: Set<EntityID> = [], corpus: Corpus
  ) -> [(key: UInt32, count: Int)]? {
    guard group == .speaker || group == .topic else { return nil }
    let columns = corpus.words.columns
    var counts = [Int32](repeating: 0, count: columns.keyNames.count)
    var touched: [UInt32] = []
    if group == .speaker {
      guard excluding.isEmpty else { return nil }
      let starts = columns.speakerKeyStarts
      let keys = columns.speakerKeys
      for index in found {
        for position in Int(starts[index])..<Int(starts[index + 1]) {
          let key = keys[position]
          if counts[Int(key)] == 0 { touched.append(key) }
          counts[Int(key)] += 1
        }
      }
      if touched.contains(where: { columns.respelled[Int($0)] }) { return nil }
    } else {
      let topics = corpus.topicsByStatement
      let byEntity = corpus.words.names.byEntity
      for index in found {
        let entities = topics[index]
        for (offset, entity) in entities.enumerated()
        where (excluding.isEmpty || !excluding.contains(entity))
          && (offset == 0 || !entities[..<offset].contains(entity))
        {
          let key = Int(byEntity[entity.rawValue])
          if counts[key] == 0 { touched.append(UInt32(key)) }
          counts[key] += 1
        }
      }
    }
    return touched.map { (key: $0, count: Int(counts[Int($0)])) }
  }

  /// The keys named, with their counts, most first (`descending: false`: fewest first), ties in
  /// name order: `ranked` for keys of `StatementColumns`.
  static func rankedKeys(
    _ counts: [(key: UInt32, count: Int)], descending: Bool, limit: Int? = nil,
    columns: StatementColumns
  ) -> [(key: String, count: Int)] {
    var threshold: Int?
    if let limit, limit < counts.count {
      if limit == 0 { return [] }
      let values = counts.map(\.count).sorted(by: descending ? (>) : (<))
      threshold = values[limit - 1]
    }
    let ranks = columns.keyRanks
    var pairs: [(rank: UInt32, key: UInt32, count: Int)] = []
    pairs.reserveCapacity(threshold == nil ? counts.count : 0)
    for (key, count) in counts {
      if let threshold, descending ? count < threshold : count > threshold { continue }
      pairs.append((ranks[Int(key)], key, count))
    }
    pairs.sort { a, b in
      if a.count == b.count { return a.rank < b.rank }
      return descending ? a.count > b.count : a.count < b.count
    }
    if let limit, limit < pairs.count { pairs.removeSubrange(limit...) }
    return pairs.map { (columns.keyNames[Int($0.key)], $0.count) }
  }
}
