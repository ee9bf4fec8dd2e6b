/// The stages after `|`.
extension QueryParser {
  /// Reads one stage; `bar` is the `|` before it.
  mutating func parseStage(after bar: QueryToken) throws(QueryError) -> PipelineStage {
    let word = current
    switch word.keyword {
    case .count:
      advance()
      let by = try expect(.by)
      return .count(by: try parseColumn(after: by))
    case .top:
      advance()
      return .top(try parseNumber(after: word))
    case .sort:
      advance()
      let by = try expect(.by)
      let column = try parseColumn(after: by)
      var descending = false
      if at(.desc) || at(.asc) { descending = advance().keyword == .desc }
      return .sort(by: column, descending: descending)
    case .limit:
      advance()
      return .limit(try parseNumber(after: word))
    case .where:
      advance()
      let column = try parseColumn(after: word)
      guard current.kind == .equals || current.kind == .notEquals else {
        throw QueryError.expected("'=' or '!='", after: previous, found: current)
      }
      let equal = advance().kind == .equals
      return .filter(column, equal: equal, value: try parseValue())
    default:
      throw QueryError.unknownStage(word, after: bar)
    }
  }

  private mutating func parseColumn(after keyword: QueryToken) throws(QueryError) -> ColumnName {
    let token = current
    guard token.kind == .word || token.kind == .phrase else {
      throw QueryError.expected("a column name", after: keyword.quoted, found: token)
    }
    advance()
    return ColumnName(token.text, range: token.range)
  }

  /// A phrase, or every word up to the next `|` or the end.
  private mutating func parseValue() throws(QueryError) -> QueryName {
    if current.kind == .phrase {
      let phrase = advance()
      return QueryName(phrase.text, range: phrase.range)
    }
    var words: [QueryToken] = []
    while current.kind != .end && current.kind != .pipe {
      words.append(advance())
    }
    guard let first = words.first, let last = words.last else {
      throw QueryError.expected("a value", after: previous, found: current)
    }
    return QueryName(
      words.map(\.text).joined(separator: " "),
      range: first.range.lowerBound..<last.range.upperBound)
  }
}
