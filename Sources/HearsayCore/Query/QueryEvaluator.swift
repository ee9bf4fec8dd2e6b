/// Answers a parsed query from a corpus: a pure function of the two.
///
/// Speech forms list or count statements of kind direct and indirect unless a `kind` clause says
/// otherwise; dates are the articles' dates, and undated articles drop out once a date clause is
/// given. Rows keep corpus order (article, then text) unless sorted; `limit` cuts last.
enum QueryEvaluator {
  static func evaluate(_ query: Query, on corpus: Corpus) throws(QueryError) -> ResultTable {
    let resolver = NameResolver(corpus: corpus)
    let clauses = query.clauses
    func statements(by speaker: QueryName?, matching pattern: QueryPattern? = nil)
      throws(QueryError) -> [Statement]
    {
      try StatementFilter(clauses, speaker: speaker, pattern: pattern, resolver: resolver)
        .statements(in: corpus)
    }
    var table: ResultTable
    switch query.form {
    case .whoSaid(let pattern):
      let found = try statements(by: nil, matching: pattern)
      table = statementTable(found, sort: clauses.sort, corpus: corpus)
    case .whatDid(let speaker):
      table = statementTable(try statements(by: speaker), sort: clauses.sort, corpus: corpus)
    case .statements:
      let found = try statements(by: clauses.speaker)
      table = statementTable(found, sort: clauses.sort, corpus: corpus)
    case .count:
      let found = try statements(by: clauses.speaker)
      table = countTable(found, group: clauses.group, sort: clauses.sort, corpus: corpus)
    case .entities(let kind, let like):
      table = entityTable(kind: kind, like: like, sort: clauses.sort, corpus: corpus)
    case .meetings(let with):
      let match = try with.map { name throws(QueryError) in try resolver.participant(name) }
      table = meetingTable(match: match, listingOthers: false, clauses: clauses, corpus: corpus)
    case .whoMet(let name):
      let match = try resolver.participant(name)
      table = meetingTable(match: match, listingOthers: true, clauses: clauses, corpus: corpus)
    }
    if let limit = clauses.limit, limit < table.rows.count {
      table.rows.removeSubrange(limit...)
    }
    return table
  }

  /// Whether a date lies within the clauses' `since` and `until`; undated fails any bound.
  static func date(_ date: CalendarDate?, fits clauses: QueryClauses) -> Bool {
    if clauses.since == nil && clauses.until == nil { return true }
    guard let date else { return false }
    if let since = clauses.since, date < since { return false }
    if let until = clauses.until, date > until { return false }
    return true
  }

  /// The items ordered by `key`, ties in their first order; nil keys last in either direction.
  static func sorted<Item, Key: Comparable>(
    _ items: [Item], descending: Bool, by key: (Item) -> Key?
  ) -> [Item] {
    let keyed = items.enumerated().map {
      (offset: $0.offset, item: $0.element, key: key($0.element))
    }
    return keyed.sorted { a, b in
      switch (a.key, b.key) {
      case (let x?, let y?) where x != y: return descending ? x > y : x < y
      case (.some, nil): return true
      case (nil, .some): return false
      default: return a.offset < b.offset
      }
    }.map(\.item)
  }
}
