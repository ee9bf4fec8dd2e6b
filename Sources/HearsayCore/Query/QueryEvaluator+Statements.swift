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
        case .date: return corpus.articles[all[index].article.rawValue].date?.description
        case .speaker: return NameFolding.fold(speakerName(of: all[index]))
        case .cue: return all[index].cue.lowercased()
        default: return corpus.articleNames[all[index].article.rawValue]
        }
      }
    }
    if let limit, limit < ordered.count { ordered.removeSubrange(limit...) }
    let rows = ordered.map { index -> [String] in
      let statement = all[index]
      let article = statement.article.rawValue
      var row = [
        speakerName(of: statement), statement.cue, statement.content,
        corpus.articleNames[article], corpus.articles[article].date?.description ?? "",
      ]
      if spans {
        row += [
          statement.kind.rawValue, statement.speaker, String(statement.sentence),
          spanText(statement.sourceSpan), spanText(statement.cueSpan),
          spanText(statement.contentSpan),
        ]
      }
      return row
    }
    return ResultTable(
      columns: statementColumns + (spans ? spanColumns : []), rows: rows,
      numericColumns: spans ? [statementColumns.count + 2] : [],
      rowSources: ordered.map { RowSource(article: all[$0].article, sentence: all[$0].sentence) })
  }

  /// Everyone a statement is attributed to, by full name: "Wang Yi" for "He".
  static func speakerName(of statement: Statement) -> String {
    statement.speakers.isEmpty ? statement.speaker : statement.speakers.joined(separator: ", ")
  }

  /// `12-40`, or empty for no span.
  private static func spanText(_ span: TextSpan?) -> String {
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
    let counts = tally(found, by: group, corpus: corpus)
    let byKey = sort.map { $0.key != .count } ?? (group == .month)
    let descending = sort?.descending ?? (group != .month)
    let ordered: [String]
    if byKey {
      ordered = sorted(counts.keys.sorted(), descending: descending) { $0.isEmpty ? nil : $0 }
    } else {
      ordered = ranked(counts, descending: descending, limit: limit).map(\.key)
    }
    let rows = ordered.map { key -> [String] in [key, String(counts[key] ?? 0)] }
    return ResultTable(columns: [group.rawValue, "statements"], rows: rows, numericColumns: [1])
  }

  /// `top N speakers` or `top N topics`: the N speakers, or entities spoken about, with the most
  /// statements, ties in name order; topics named in `about` are left out.
  static func topTable(
    _ found: [Int], subject: TopSubject, count: Int, excluding: Set<EntityID>, corpus: Corpus
  ) -> ResultTable {
    let group: GroupKey = subject == .speakers ? .speaker : .topic
    let counts = tally(found, by: group, excluding: excluding, corpus: corpus)
    let rows = ranked(counts, descending: true, limit: count).map { pair -> [String] in
      [pair.key, String(pair.count)]
    }
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
    var threshold: Int?
    if let limit, limit < counts.count {
      let values = counts.values.sorted(by: descending ? (>) : (<))
      threshold = limit > 0 ? values[limit - 1] : nil
      if limit == 0 { return [] }
    }
    var pairs: [(key: String, count: Int)] = []
    pairs.reserveCapacity(threshold == nil ? counts.count : 0)
    for (key, count) in counts {
      if let threshold, descending ? count < threshold : count > threshold { continue }
      pairs.append((key, count))
    }
    pairs.sort { (a: (key: String, count: Int), b: (key: String, count: Int)) -> Bool in
      if a.count == b.count { return a.key < b.key }
      return descending ? a.count > b.count : a.count < b.count
    }
    if let limit, limit < pairs.count { pairs.removeSubrange(limit...) }
    return pairs
  }

  /// How many statements fall under each group: each of a statement's speakers or topics (but
  /// those `excluding` names), or its one cue, month, source, kind or article.
  ///
  /// Speakers and topics are counted by entity, and named at the end: hashing numbers is
  /// quicker than hashing names.
  private static func tally(
    _ found: [Int], by group: GroupKey, excluding: Set<EntityID> = [], corpus: Corpus
  ) -> [String: Int] {
    let all = corpus.statements
    var counts: [String: Int] = [:]
    var byEntity: [EntityID: Int] = [:]
    func count(_ entities: [EntityID]) {
      for (offset, entity) in entities.enumerated()
      where !entities[..<offset].contains(entity) && !excluding.contains(entity) {
        byEntity[entity, default: 0] += 1
      }
    }
    switch group {
    case .speaker:
      for index in found {
        let entities = all[index].speakerEntities
        if entities.count == 1 {
          byEntity[entities[0], default: 0] += 1
        } else if !entities.isEmpty && entities.count == all[index].speakers.count {
          count(entities)
        } else if all[index].speakers.isEmpty {
          counts[all[index].speaker, default: 0] += 1
        } else {
          for name in Set(all[index].speakers) { counts[name, default: 0] += 1 }
        }
      }
    case .topic:
      for index in found { count(corpus.topicsByStatement[index]) }
    case .cue:
      for index in found { counts[all[index].cue.lowercased(), default: 0] += 1 }
    case .kind:
      for index in found { counts[all[index].kind.rawValue, default: 0] += 1 }
    case .month, .source, .article:
      var byArticle: [Int: Int] = [:]
      for index in found { byArticle[all[index].article.rawValue, default: 0] += 1 }
      for (article, n) in byArticle {
        let key: String
        switch group {
        case .month: key = corpus.articles[article].date?.monthKey ?? ""
        case .source: key = corpus.articles[article].source ?? ""
        default: key = corpus.articleNames[article]
        }
        counts[key, default: 0] += n
      }
    }
    for (entity, n) in byEntity { counts[corpus.entities[entity.rawValue].name, default: 0] += n }
    return counts
  }
}
