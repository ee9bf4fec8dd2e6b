/// Tables of statements and of statement counts.
extension QueryEvaluator {
  static let statementColumns = ["speaker", "cue", "statement", "article", "date"]

  /// One row per statement: speaker, cue, content, article name, article date.
  static func statementTable(_ statements: [Statement], sort: SortOrder?, corpus: Corpus)
    -> ResultTable
  {
    var ordered = statements
    if let sort {
      ordered = sorted(statements, descending: sort.descending) { statement -> String? in
        let article = corpus.article(statement.article)
        switch sort.key {
        case .date: return article.date?.description
        case .speaker: return NameFolding.fold(statement.speaker)
        case .cue: return statement.cue.lowercased()
        default: return article.name
        }
      }
    }
    let names = corpus.articles.map(\.name)
    let dates = corpus.articles.map { $0.date?.description ?? "" }
    let rows = ordered.map { statement -> [String] in
      [
        statement.speaker, statement.cue, statement.content, names[statement.article.rawValue],
        dates[statement.article.rawValue],
      ]
    }
    return ResultTable(columns: statementColumns, rows: rows)
  }

  /// Statement counts per group, most first (by month: in month order); one total without one.
  static func countTable(
    _ statements: [Statement], group: GroupKey?, sort: SortOrder?, corpus: Corpus
  ) -> ResultTable {
    guard let group else {
      return ResultTable(
        columns: ["statements"], rows: [[String(statements.count)]], numericColumns: [0])
    }
    var counts: [String: Int] = [:]
    var order: [String] = []
    for statement in statements {
      for key in keys(of: statement, by: group, corpus: corpus) {
        if counts[key] == nil { order.append(key) }
        counts[key, default: 0] += 1
      }
    }
    let byKey = sort.map { $0.key != .count } ?? (group == .month)
    let descending = sort?.descending ?? (group != .month)
    let ordered =
      byKey
      ? sorted(order, descending: descending) { $0.isEmpty ? nil : $0 }
      : sorted(order.sorted(), descending: descending) { counts[$0] ?? 0 }
    let rows = ordered.map { [$0, String(counts[$0] ?? 0)] }
    return ResultTable(columns: [group.rawValue, "statements"], rows: rows, numericColumns: [1])
  }

  /// The groups a statement counts in: each of its speakers, or one cue, month, source….
  private static func keys(of statement: Statement, by group: GroupKey, corpus: Corpus) -> [String]
  {
    let article = corpus.article(statement.article)
    switch group {
    case .speaker: return statement.speakers.isEmpty ? [statement.speaker] : statement.speakers
    case .cue: return [statement.cue.lowercased()]
    case .month: return [article.date?.monthKey ?? ""]
    case .source: return [article.source ?? ""]
    case .kind: return [statement.kind.rawValue]
    case .article: return [article.name]
    }
  }
}
