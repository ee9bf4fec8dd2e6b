/// The messages for queries that parse but cannot be answered as asked.
extension QueryError {
  /// A pipeline stage naming a column the table does not have.
  static func unknownColumn(_ column: ColumnName, columns: [String]) -> QueryError {
    let close = Suggestions.nearest(to: column.text, among: columns, limit: 1)
    return QueryError(
      message: "no column named \(JSONText.quoted(column.text))", range: column.range,
      hint: Suggestions.hint(close)
        ?? "the columns are " + listing(columns.map { "'\($0)'" }, joinedBy: "and"))
  }

  /// `top N` as a stage over a table without counts.
  static func nothingToRank(at range: Range<Int>) -> QueryError {
    QueryError(
      message: "'top' needs a column of numbers", range: range,
      hint: "count first, as in '| count by speaker | top 5', or use 'limit'")
  }

  /// `context N` with no result before it.
  static func noPreviousResult(at range: Range<Int>) -> QueryError {
    QueryError(
      message: "'context' needs a previous result", range: range,
      hint: "run a query first, such as who said * about NMC, then context 1")
  }

  /// `context N` past the end of the previous result.
  static func noSuchRow(_ number: QueryNumber, rows: Int) -> QueryError {
    QueryError(
      message: "the previous result has no row \(number.value)", range: number.range,
      hint: rows == 0 ? "it has no rows" : "rows are numbered 1 to \(rows)")
  }

  /// `context N` on a row no sentence stands behind (a count).
  static func rowWithoutSentence(_ number: QueryNumber) -> QueryError {
    QueryError(
      message: "row \(number.value) of the previous result comes from no one sentence",
      range: number.range,
      hint: "context follows statements, who mentioned, articles, show and meetings")
  }

  /// `show ARTICLE` naming no article.
  static func unknownArticle(_ name: QueryName, suggestions: [String]) -> QueryError {
    QueryError(
      message: "no article named \(JSONText.quoted(name.text))", range: name.range,
      hint: Suggestions.hint(suggestions, quote: "\"")
        ?? "'articles' lists them; name one by file name or path")
  }

  /// `show ARTICLE` naming several articles.
  static func ambiguousArticle(_ name: QueryName, paths: [String]) -> QueryError {
    let shown = paths.prefix(4).map { JSONText.quoted($0) } + (paths.count > 4 ? ["…"] : [])
    return QueryError(
      message: "\(JSONText.quoted(name.text)) could be " + listing(shown, joinedBy: "or"),
      range: name.range, hint: "give more of the path")
  }

  /// `from SOURCE` naming no source credit, publisher or folder.
  static func unknownSource(_ name: QueryName, suggestions: [String]) -> QueryError {
    QueryError(
      message: "no source named \(JSONText.quoted(name.text))", range: name.range,
      hint: Suggestions.hint(suggestions, quote: "\""))
  }

  /// `mentioning NAME` that no entity answers to and no sentence holds.
  static func unmentioned(_ name: QueryName, suggestions: [String]) -> QueryError {
    QueryError(
      message: "no article mentions \(JSONText.quoted(name.text))", range: name.range,
      hint: Suggestions.hint(suggestions, quote: "\""))
  }
}
