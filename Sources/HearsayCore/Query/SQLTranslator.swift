/// Translates a query into one standard SQL statement over the tables `hearsay export` writes,
/// for `explain sql QUERY`: run on the export, it returns the rows hearsay prints, with the same
/// columns in the same order.
///
/// Speakers, participants and sources are resolved against the loaded corpus as hearsay
/// resolves them (an unknown or ambiguous name is the same error), and written into the SQL as
/// entity ids, which are content hashes and so the same in every shard's export, and as folded
/// names. Topic names are looked up by the SQL itself, by their folded key (`entities.name_key`,
/// `aliases.alias_key`), and patterns become `LIKE` over the `*_words` columns
/// (`MarkedWords`), so SQL explained on a sample runs unchanged over a whole corpus.
///
/// The SQL keeps to what SQLite (3.25 on), PostgreSQL and DuckDB share: CTEs, `ROW_NUMBER()`,
/// `LIKE`, `COALESCE`, `CAST`, `SUBSTR`, `LOWER`, `||`. Rows come in article path order (the
/// order hearsay loads a folder in), then text order. Lists (`participants`, `aliases`) are
/// joined by a recursive CTE rather than a dialect's aggregate. `show` and `context` are not
/// covered.
struct SQLTranslator {
  let resolver: NameResolver
  var corpus: Corpus { resolver.corpus }

  /// The words starting forms `explain sql` does not translate; the parser rejects them.
  static let uncovered: Set<QueryKeyword> = [.show, .context, .explain]

  /// The table `explain sql` prints: one column, `sql`, one line of the statement a row, so
  /// that TSV without headers is the SQL itself.
  func table(for query: Query) throws(QueryError) -> ResultTable {
    let lines = try sql(for: query).split(separator: "\n").map { [String($0)] }
    return ResultTable(columns: ["sql"], rows: lines)
  }

  /// The SQL statement answering `query`, ended by `;`.
  func sql(for query: Query) throws(QueryError) -> String {
    var select = try base(query)
    if let limit = query.clauses.limit { select.limit = min(select.limit ?? limit, limit) }
    guard !query.stages.isEmpty else { return select.text + ";" }
    var chain = SQLPipeline(select)
    for stage in query.stages { try chain.apply(stage) }
    return chain.text + ";"
  }

  /// The SELECT answering the query's form and clauses, before any pipeline stage.
  private func base(_ query: Query) throws(QueryError) -> SQLSelect {
    let clauses = query.clauses
    switch query.form {
    case .whoSaid(let pattern):
      return try statementList(clauses, pattern: pattern, topic: clauses.topic)
    case .whatDid(let speaker):
      return try statementList(clauses, speaker: speaker, topic: clauses.topic)
    case .statements:
      return try statementList(clauses, speaker: clauses.speaker, topic: clauses.topic)
    case .whoDiscussed(let topic):
      return try statementList(clauses, topic: topic, kinds: [.discussion])
    case .count:
      return try countSelect(clauses)
    case .top(let count, let subject):
      return try topSelect(clauses, subject: subject, count: count.value)
    case .whoMentioned(let topic):
      return try mentionSelect(topic, clauses: clauses)
    case .articles:
      return try articleSelect(clauses)
    case .meetings(let with):
      let match = try with.map { name throws(QueryError) in try resolver.participant(name) }
      return try meetingSelect(match: match, listingOthers: false, clauses: clauses)
    case .whoMet(let name):
      let match = try resolver.participant(name)
      return try meetingSelect(match: match, listingOthers: true, clauses: clauses)
    case .entities(let kind, let like):
      return try entitySelect(kind: kind, like: like, clauses: clauses)
    case .show, .context, .explainSQL:
      throw QueryError.notTranslated(query.form.title, at: 0..<0)
    }
  }

  // MARK: SQL text

  /// A string as an SQL literal: `'it''s'`.
  static func literal(_ text: String) -> String {
    "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''")
      + "'"
  }

  /// `('a', 'b')`, for `IN`; sorted so the SQL is the same from run to run.
  static func list(_ texts: some Sequence<String>) -> String {
    "(" + texts.sorted().map(literal).joined(separator: ", ") + ")"
  }

  /// A date or text column as hearsay shows it: empty when missing.
  static func shown(_ column: String) -> String {
    "COALESCE(CAST(\(column) AS VARCHAR(10)), '')"
  }

  /// Order terms putting missing values last in either direction, as hearsay's sorts do.
  static func nullsLast(_ key: String, descending: Bool) -> [String] {
    ["CASE WHEN \(key) IS NULL THEN 1 ELSE 0 END", key + (descending ? " DESC" : "")]
  }

  /// `ORDER BY` keys of a sort by article name or else by a date (nulls last), for tables whose
  /// article is `a`.
  static func articleOrDateOrder(_ sort: SortOrder, date: String) -> [String] {
    sort.key == .article ? ["a.name" + (sort.descending ? " DESC" : "")] : nullsLast(date, descending: sort.descending)
  }

  /// The place of a statement or meeting among its article's, from its id (`ARTICLE_ID-sN`).
  static func ordinal(_ id: String) -> String { "CAST(SUBSTR(\(id), 19) AS INTEGER)" }

  /// Text with every line but the first indented by `spaces`.
  static func indented(_ text: String, by spaces: Int = 2) -> String {
    let pad = String(repeating: " ", count: spaces)
    return text.split(separator: "\n", omittingEmptySubsequences: false).joined(
      separator: "\n" + pad)
  }
}
