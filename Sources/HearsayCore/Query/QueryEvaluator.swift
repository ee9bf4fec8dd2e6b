/// Answers a parsed query from a corpus: a pure function of the query, the corpus and, for
/// `context N`, the previous result.
///
/// Speech forms list or count statements of kind direct and indirect unless a `kind` clause says
/// otherwise; dates are the articles' dates, and undated articles drop out once a date clause is
/// given. Rows keep corpus order (article, then text) unless sorted; `limit` cuts last, then the
/// pipeline's stages run in order.
enum QueryEvaluator {
  static func evaluate(_ query: Query, on corpus: Corpus, previous: ResultTable? = nil)
    throws(QueryError) -> ResultTable
  {
    var table = try answer(query, on: corpus, previous: previous)
    if let limit = query.clauses.limit, limit < table.rowCount {
      table.keepRows(Array(0..<limit))
    }
    for stage in query.stages {
      table = try Pipeline.apply(stage, to: table)
    }
    return table
  }

  private static func answer(_ query: Query, on corpus: Corpus, previous: ResultTable?)
    throws(QueryError) -> ResultTable
  {
    let resolver = NameResolver(corpus: corpus)
    let clauses = query.clauses
    // The statement table needs only the rows `limit` keeps when no stage follows.
    let rowLimit = query.stages.isEmpty ? clauses.limit : nil
    func statements(
      by speaker: QueryName?, matching pattern: QueryPattern? = nil, about topic: Topic?,
      kinds: @escaping (StatementKind) -> Bool = { $0.isSpeech }
    ) throws(QueryError) -> [Int] {
      try StatementSelection(
        clauses, speaker: speaker, pattern: pattern, topic: topic, kinds: kinds,
        resolver: resolver
      ).statements(in: corpus)
    }
    func listing(_ found: [Int]) -> ResultTable {
      statementTable(
        found, sort: clauses.sort, limit: rowLimit, spans: clauses.spans, corpus: corpus)
    }
    switch query.form {
    case .whoSaid(let pattern):
      return listing(try statements(by: nil, matching: pattern, about: clauses.topic))
    case .whatDid(let speaker):
      return listing(try statements(by: speaker, about: clauses.topic))
    case .statements:
      return listing(try statements(by: clauses.speaker, about: clauses.topic))
    case .whoDiscussed(let topic):
      return listing(try statements(by: nil, about: topic, kinds: { $0 == .discussion }))
    case .count:
      let found = try statements(by: clauses.speaker, about: clauses.topic)
      return countTable(
        found, group: clauses.group, sort: clauses.sort, limit: rowLimit, corpus: corpus)
    case .top(let count, let subject):
      let found = try statements(by: clauses.speaker, about: clauses.topic)
      let exclude = clauses.topic.map { TopicSearch(resolver: resolver).entities(in: $0) } ?? []
      return topTable(
        found, subject: subject, count: count.value, excluding: exclude, corpus: corpus)
    case .entities(let kind, let like):
      let scope = try ArticleScope(clauses, resolver: resolver)
      return entityTable(
        kind: kind, like: like, within: scope.articles, sort: clauses.sort, limit: rowLimit,
        corpus: corpus)
    case .meetings(let with):
      let match = try with.map { name throws(QueryError) in try resolver.participant(name) }
      return try meetingTable(
        match: match, listingOthers: false, clauses: clauses, resolver: resolver)
    case .whoMet(let name):
      let match = try resolver.participant(name)
      return try meetingTable(
        match: match, listingOthers: true, clauses: clauses, resolver: resolver)
    case .whoMentioned(let topic):
      return try mentionTable(topic, clauses: clauses, resolver: resolver)
    case .articles:
      return try articleTable(clauses: clauses, resolver: resolver)
    case .show(let name):
      return showTable(try resolver.article(named: name), corpus: corpus)
    case .context(let number):
      guard let previous else { throw QueryError.noPreviousResult(at: number.range) }
      guard (1...max(1, previous.rows.count)).contains(number.value), !previous.rows.isEmpty
      else { throw QueryError.noSuchRow(number, rows: previous.rows.count) }
      guard let source = previous.source(ofRow: number.value - 1) else {
        throw QueryError.rowWithoutSentence(number)
      }
      return contextTable(around: source, corpus: corpus)
    case .explainSQL(let inner):
      return try SQLTranslator(resolver: resolver).table(for: inner)
    }
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
