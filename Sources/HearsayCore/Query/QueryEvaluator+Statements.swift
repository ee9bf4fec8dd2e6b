/// Tables of statements, statement counts and rankings, from positions in `corpus.statements`
/// (statements are read in place, not copied).
extension QueryEvaluator {
  static let statementColumns = ["speaker", "cue", "statement", "article", "date"]
  /// What `with spans` adds: the kind, the speaker as written, the sentence index (from 0) and
  /// the spans, `start-end` in code points of the article text, end excluded.
  static let spanColumns = [
    "kind", "as_written", "sentence", "source_span", "cue_span", "content_span",
  ]

  /// One row per statement, sorted, then cut to `limit` before the rows are built.
  ///
  /// The columns are the speaker (the full names of everyone it is attributed to), cue,
  /// content, article name and article date; `spans` adds `spanColumns`.
  static func statementTable(
    _ found: [Int], sort: SortOrder?, limit: Int?, spans: Bool, corpus: Corpus
  ) -> ResultTable {
    let all = corpus.statements
    var ordered = found
    if let sort {
      ordered = sorted(found, descending: sort.descending) { index -> String? in
        switch sort.key {
        case .date:
          let date = corpus.articleDates[all[index].article.rawValue]
          return date.isEmpty ? nil : date
        case .speaker: return NameFolding.fold(corpus.speakerNames[index])
        case .cue: return all[index].cue.lowercased()
        default: return corpus.articleNames[all[index].article.rawValue]
        }
      }
    }
    if let limit, limit < ordered.count { ordered.removeSubrange(limit...) }
    return ResultTable(
      columns: statementColumns + (spans ? spanColumns : []),
      lazy: StatementRows(corpus: corpus, statements: ordered, spans: spans),
      numericColumns: spans ? [statementColumns.count + 2] : [],
      rowSources: all.withUnsafeBufferPointer { all in
        // Two fields read in place: a statement copied whole is a retain and a release of
        // each of its strings and arrays.
        ordered.map { RowSource(article: all[$0].article, sentence: all[$0].sentence) }
      })
  }

  /// The rows of a statement table, read from the corpus when rendered.
  struct StatementRows: LazyRows {
    let corpus: Corpus
    /// Positions in `corpus.statements`, one per row.
    let statements: [Int]
    let spans: Bool

    var count: Int { statements.count }
    var columns: Int { spans ? 11 : 5 }

    func cell(_ row: Int, _ column: Int) -> String {
      let index = statements[row]
      switch column {
      case 0: return corpus.speakerNames[index]
      case 1: return corpus.statements[index].cue
      case 2: return corpus.statements[index].content
      case 3: return corpus.articleNames[corpus.statements[index].article.rawValue]
      case 4: return corpus.articleDates[corpus.statements[index].article.rawValue]
      case 5: return corpus.statements[index].kind.rawValue
      case 6: return corpus.statements[index].speaker
      case 7: return String(corpus.statements[index].sentence)
      case 8: return spanText(corpus.statements[index].sourceSpan)
      case 9: return spanText(corpus.statements[index].cueSpan)
      case 10: return spanText(corpus.statements[index].contentSpan)
      default: return ""
      }
    }

    func appendCell(_ row: Int, _ column: Int, to bytes: inout [UInt8]) {
      let index = statements[row]
      switch column {
      case 0: RenderBuffer.append(corpus.speakerNames[index], to: &bytes)
      case 1: RenderBuffer.append(corpus.statements[index].cue, to: &bytes)
      case 2: RenderBuffer.append(corpus.statements[index].content, to: &bytes)
      case 3:
        RenderBuffer.append(
          corpus.articleNames[corpus.statements[index].article.rawValue], to: &bytes)
      case 4:
        RenderBuffer.append(
          corpus.articleDates[corpus.statements[index].article.rawValue], to: &bytes)
      default: RenderBuffer.append(cell(row, column), to: &bytes)
      }
    }

    /// `appendCell`, with the corpus's arrays taken hold of once for all the cells written
    /// (taken a cell at a time, each was a retain and a release, contended when pieces of a
    /// table are written on several threads).
    func withCellWriter<Result>(_ body: (CellWriter) -> Result) -> Result {
      let speakers = corpus.speakerNames
      let names = corpus.articleNames
      let dates = corpus.articleDates
      return corpus.statements.withUnsafeBufferPointer { all in
        statements.withUnsafeBufferPointer { positions in
          body { row, column, bytes in
            let index = positions[row]
            switch column {
            case 0: RenderBuffer.append(speakers[index], to: &bytes)
            case 1: RenderBuffer.append(all[index].cue, to: &bytes)
            case 2: RenderBuffer.append(all[index].content, to: &bytes)
            case 3: RenderBuffer.append(names[all[index].article.rawValue], to: &bytes)
            case 4: RenderBuffer.append(dates[all[index].article.rawValue], to: &bytes)
            default: RenderBuffer.append(cell(row, column), to: &bytes)
            }
          }
        }
      }
    }
  }

  /// Everyone a statement is attributed to, by full name: "Wang Yi" for "He".
  static func speakerName(of statement: Statement) -> String {
    statement.speakers.isEmpty ? statement.speaker : statement.speakers.joined(separator: ", ")
  }

  /// `12-40`, or empty for no span.
  fileprivate static func spanText(_ span: TextSpan?) -> String {
    span.map { "\($0.start)-\($0.end)" } ?? ""
  }

  /// Statement counts per group, most first (by month: in month order); one total without one.
  static func countTable(
    _ found: [Int], group: GroupKey?, sort: SortOrder?, limit: Int?, corpus: Corpus
  ) -> ResultTable {
    guard let group else {
      return ResultTable(
        columns: ["statements"], rows: [[String(found.count)]], numericColumns: [0])
    }
    let byKey = sort.map { $0.key != .count } ?? (group == .month)
    let descending = sort?.descending ?? (group != .month)
    if !byKey, let keyed = keyCounts(found, by: group, corpus: corpus) {
      let ranked = rankedKeys(
        keyed, descending: descending, limit: limit, columns: corpus.words.columns)
      return ResultTable(
        columns: [group.rawValue, "statements"], lazy: KeyCountRows(pairs: ranked),
        numericColumns: [1])
    }
    let counts = tally(found, by: group, corpus: corpus)
    let pairs: [(key: String, count: Int)]
    if byKey {
      let countOf = Dictionary(counts, uniquingKeysWith: +)
      let ordered = sorted(counts.map(\.key).sorted(), descending: descending) {
        $0.isEmpty ? nil : $0
      }
      pairs = ordered.map { key in (key: key, count: countOf[key] ?? 0) }
    } else {
      pairs = ranked(counts, descending: descending, limit: limit)
    }
    return ResultTable(
      columns: [group.rawValue, "statements"], lazy: KeyCountRows(pairs: pairs),
      numericColumns: [1])
  }

  /// `top N speakers` or `top N topics`: the N speakers, or entities spoken about, with the most
  /// statements, ties in name order; topics named in `about` are left out.
  static func topTable(
    _ found: [Int], subject: TopSubject, count: Int, excluding: Set<EntityID>, corpus: Corpus
  ) -> ResultTable {
    let group: GroupKey = subject == .speakers ? .speaker : .topic
    let pairs: [(key: String, count: Int)]
    if let keyed = keyCounts(found, by: group, excluding: excluding, corpus: corpus) {
      pairs = rankedKeys(keyed, descending: true, limit: count, columns: corpus.words.columns)
    } else {
      let counts = tally(found, by: group, excluding: excluding, corpus: corpus)
      pairs = ranked(counts, descending: true, limit: count)
    }
    let rows = pairs.map { pair -> [String] in [pair.key, String(pair.count)] }
    return ResultTable(
      columns: [group.rawValue, "statements"], rows: Array(rows), numericColumns: [1])
  }

  /// The keys with their counts, most first (`descending: false`: fewest first), ties in key
  /// order.
  ///
  /// With a `limit`, only the pairs that can make the first `limit` are sorted: those whose count
  /// reaches the limit-th count.
  static func ranked(_ counts: [String: Int], descending: Bool, limit: Int? = nil)
    -> [(key: String, count: Int)]
  {
    ranked(counts.map { (key: $0.key, count: $0.value) }, descending: descending, limit: limit)
  }

  /// The same for pairs whose keys are distinct.
  static func ranked(
    _ counts: [(key: String, count: Int)], descending: Bool, limit: Int? = nil
  ) -> [(key: String, count: Int)] {
    var threshold: Int?
    if let limit, limit < counts.count {
      let values = counts.map(\.count).sorted(by: descending ? (>) : (<))
      threshold = limit > 0 ? values[limit - 1] : nil
      if limit == 0 { return [] }
    }
    var pairs: [RankedKey] = []
    pairs.reserveCapacity(threshold == nil ? counts.count : 0)
    for (key, count) in counts {
      if let threshold, descending ? count < threshold : count > threshold { continue }
      pairs.append(RankedKey(key: key, count: count))
    }
    pairs.sort { a, b in
      if a.count == b.count { return a.precedes(b) }
      return descending ? a.count > b.count : a.count < b.count
    }
    if let limit, limit < pairs.count { pairs.removeSubrange(limit...) }
    return pairs.map { ($0.key, $0.count) }
  }

  /// How many statements fall under each group: each of a statement's speakers or topics (but
  /// those `excluding` names), or its one cue, month, source, kind or article.
  ///
  /// Speakers and topics are counted by entity, articles by article and cues as written, in
  /// arrays or small tables, and named at the end: counting numbers is quicker than hashing
  /// names.
  static func tally(
    _ found: [Int], by group: GroupKey, excluding: Set<EntityID> = [], corpus: Corpus
  ) -> [(key: String, count: Int)] {
    let all = corpus.statements
    var counts: [String: Int] = [:]
    var byEntity = [Int32](repeating: 0, count: corpus.entities.count)
    var touched: [Int] = []
    func bump(_ entity: EntityID) {
      let number = entity.rawValue
      if byEntity[number] == 0 { touched.append(number) }
      byEntity[number] += 1
    }
    func count(_ entities: [EntityID]) {
      for (offset, entity) in entities.enumerated()
      where !entities[..<offset].contains(entity)
        && (excluding.isEmpty || !excluding.contains(entity))
      {
        bump(entity)
      }
    }
    switch group {
    case .speaker:
      for index in found {
        let entities = all[index].speakerEntities
        if entities.count == 1 {
          bump(entities[0])
        } else if !entities.isEmpty && entities.count == all[index].speakers.count {
          count(entities)
        } else if all[index].speakers.isEmpty {
          counts[all[index].speaker, default: 0] += 1
        } else {
          for name in Set(all[index].speakers) { counts[name, default: 0] += 1 }
        }
      }
    case .topic:
      let topics = corpus.topicsByStatement
      for index in found {
        let entities = topics[index]
        if entities.count == 1 {
          if excluding.isEmpty || !excluding.contains(entities[0]) { bump(entities[0]) }
        } else if !entities.isEmpty {
          count(entities)
        }
      }
    case .cue:
      // Each cue as written is lowercased once, not once per statement.
      var byCue: [String: Int] = [:]
      for index in found { byCue[all[index].cue, default: 0] += 1 }
      for (cue, n) in byCue { counts[cue.lowercased(), default: 0] += n }
    case .kind:
      var byKind: [StatementKind: Int] = [:]
      for index in found { byKind[all[index].kind, default: 0] += 1 }
      for (kind, n) in byKind { counts[kind.rawValue, default: 0] += n }
    case .month, .source, .article:
      var byArticle = [Int32](repeating: 0, count: corpus.articles.count)
      var articles: [Int] = []
      for index in found {
        let article = all[index].article.rawValue
        if byArticle[article] == 0 { articles.append(article) }
        byArticle[article] += 1
      }
      for article in articles {
        let n = Int(byArticle[article])
        let key: String
        switch group {
        case .month: key = String(corpus.articleDates[article].prefix(7))
        case .source: key = corpus.articles[article].source ?? ""
        default: key = corpus.articleNames[article]
        }
        counts[key, default: 0] += n
      }
    }
    guard !touched.isEmpty else { return counts.map { (key: $0.key, count: $0.value) } }
    // Entities are counted under their names; names are numbered, so this is counting numbers
    // too, and names written without an entity join the entity name they equal.
    let names = corpus.words.names
    var byName = [Int32](repeating: 0, count: names.names.count)
    var named: [Int] = []
    for entity in touched {
      let name = Int(names.byEntity[entity])
      if byName[name] == 0 { named.append(name) }
      byName[name] += byEntity[entity]
    }
    var pairs: [(key: String, count: Int)] = []
    pairs.reserveCapacity(named.count + counts.count)
    for (key, n) in counts {
      if let number = names.numbers[key] {
        let name = Int(number)
        if byName[name] == 0 { named.append(name) }
        byName[name] += Int32(n)
      } else {
        pairs.append((key, n))
      }
    }
    for name in named { pairs.append((names.names[name], Int(byName[name]))) }
    return pairs
  }
}

/// A key and its count, for ranking: the key's first bytes are kept as a number, so that most
/// comparisons of keys are one comparison of numbers.
struct RankedKey {
  let key: String
  let count: Int
  /// The key's first eight bytes, big-endian, zero-padded; meaningful only when `plain`.
  private let prefix: UInt64
  /// Whether the key starts with eight ASCII bytes not followed by a combining mark, or is all
  /// ASCII: then its first eight characters are those bytes in any normalization, and two
  /// plain keys whose prefixes differ compare as their prefixes do under `String`'s `<`.
  private let plain: Bool

  init(key: String, count: Int) {
    self.key = key
    self.count = count
    var prefix: UInt64 = 0
    var plain = true
    var taken = 0
    for byte in key.utf8 {
      if taken == 8 {
        plain = byte < 0x80
        break
      }
      if byte >= 0x80 {
        plain = false
        break
      }
      prefix = prefix << 8 | UInt64(byte)
      taken += 1
    }
    if taken < 8 { prefix <<= UInt64(8 * (8 - taken)) }
    self.prefix = prefix
    self.plain = plain
  }

  /// Whether the key sorts before the other's by `String`'s `<`.
  @inline(__always)
  func precedes(_ other: RankedKey) -> Bool {
    if plain && other.plain && prefix != other.prefix { return prefix < other.prefix }
    return key < other.key
  }
}
