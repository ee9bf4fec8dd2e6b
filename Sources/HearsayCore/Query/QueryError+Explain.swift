/// The messages of `explain sql`.
extension QueryError {
  /// A form `explain sql` does not translate: `explain sql does not cover 'context' yet`.
  static func notTranslated(_ token: QueryToken) -> QueryError {
    notTranslated(token.text.lowercased(), at: token.range)
  }

  static func notTranslated(_ form: String, at range: Range<Int>) -> QueryError {
    QueryError(
      message: "explain sql does not cover '\(form)' yet", range: range,
      hint: "it translates every form but show and context, with clauses and stages")
  }

  /// A pattern `LIKE` cannot express exactly: a `*` inside a word, `%` or `\`.
  static func patternNotTranslated(_ pattern: String, at range: Range<Int>) -> QueryError {
    QueryError(
      message: "explain sql cannot match \(JSONText.quoted(pattern)) with LIKE", range: range,
      hint: "use * only at the start or end of a word, and no % or \\")
  }
}
