/// The messages the query language reports, one factory per kind of mistake.
extension QueryError {
  /// `expected a topic after 'about'`: something other than the one thing that fits here.
  static func expected(
    _ what: String, after previous: String?, found: QueryToken, hint: String? = nil
  )
    -> QueryError
  {
    let place = previous.map { " after \($0)" } ?? ""
    return QueryError(message: "expected \(what)\(place)", range: found.range, hint: hint)
  }

  /// `expected 'said' after 'who'`: when the word found is close to one of `words`, the message
  /// names that one and the hint offers it; otherwise the message lists them all.
  static func expectedKeyword(_ words: [String], after previous: String?, found: QueryToken)
    -> QueryError
  {
    let close =
      found.kind == .word ? Suggestions.nearest(to: found.text, among: words, limit: 1) : []
    let named = (close.isEmpty ? words : close).map { "'\($0)'" }
    return expected(
      listing(named, joinedBy: "or"), after: previous, found: found, hint: Suggestions.hint(close))
  }

  /// A word where no query starts: did-you-mean when one is close, else the list of forms.
  static func unknownForm(_ token: QueryToken) -> QueryError {
    let forms =
      "a query is one of: who said PATTERN, what did SPEAKER say, statements, count statements, "
      + "people, organizations, places, meetings, who met SPEAKER, who mentioned TOPIC, "
      + "who discussed TOPIC, top N speakers, top N topics, articles, show ARTICLE, context N, "
      + "explain sql QUERY"
    guard token.kind == .word else {
      let message = token.kind == .end ? "empty query" : "\(token.quoted) does not start a query"
      return QueryError(message: message, range: token.range, hint: forms)
    }
    let starts = QueryKeyword.formStarts.map(\.rawValue)
    let close = Suggestions.nearest(to: token.text, among: starts, limit: 1)
    return QueryError(
      message: "\(token.quoted) does not start a query", range: token.range,
      hint: Suggestions.hint(close) ?? forms)
  }

  /// A token that fits nowhere after what came before.
  static func unexpected(_ token: QueryToken, hint: String?) -> QueryError {
    QueryError(message: "unexpected \(token.quoted)", range: token.range, hint: hint)
  }

  /// A clause the form has no use for: `'about' does not apply to people`.
  static func clauseNotAllowed(_ token: QueryToken, in form: QueryForm) -> QueryError {
    QueryError(
      message: "\(token.quoted) does not apply to \(form.title)", range: token.range,
      hint: "\(form.title) takes \(form.clauseList)")
  }

  /// A clause given a second time.
  static func duplicate(_ what: String, at range: Range<Int>) -> QueryError {
    QueryError(message: "\(what) is given twice", range: range)
  }

  /// A topic with more terms than the parser follows.
  static func tooManyTerms(at range: Range<Int>) -> QueryError {
    QueryError(message: "the topic has too many terms", range: range)
  }

  /// A word after `in`, `since` or `until` that is not a date.
  static func invalidDate(_ token: QueryToken, after keyword: QueryToken) -> QueryError {
    QueryError(
      message: "expected a date after \(keyword.quoted), found \(token.quoted)", range: token.range,
      hint: "dates look like 2024, 2024-10 or 2024-10-31")
  }

  /// A word after `limit`, `top` or `context` that is not a whole number.
  static func invalidNumber(_ token: QueryToken, after keyword: QueryToken) -> QueryError {
    QueryError(
      message: "expected a whole number after \(keyword.quoted), found \(token.quoted)",
      range: token.range)
  }

  /// A number of more than nine digits.
  static func numberTooLarge(_ token: QueryToken) -> QueryError {
    QueryError(
      message: "\(token.quoted) is too large a number", range: token.range,
      hint: "numbers go up to 999999999")
  }

  /// A name or pattern holding a control character.
  static func controlCharacter(in token: QueryToken) -> QueryError {
    QueryError(
      message: "\(token.quoted) holds a control character", range: token.range,
      hint: "names and patterns are plain text; retype the query without escape sequences")
  }

  /// A query longer than the parser reads.
  static func tooLong(_ length: Int, limit: Int) -> QueryError {
    QueryError(
      message: "the query is too long: \(length) characters, at most \(limit)",
      range: limit..<length)
  }

  /// A word after `|` that starts no stage.
  static func unknownStage(_ token: QueryToken, after bar: QueryToken) -> QueryError {
    let stages =
      "a stage is one of: count by COLUMN, top N, sort by COLUMN [desc], limit N, "
      + "where COLUMN = VALUE"
    let close =
      token.kind == .word
      ? Suggestions.nearest(
        to: token.text, among: QueryKeyword.stageStarts.map(\.rawValue), limit: 1) : []
    let message =
      token.kind == .end ? "expected a stage after '|'" : "\(token.quoted) does not start a stage"
    return QueryError(message: message, range: token.range, hint: Suggestions.hint(close) ?? stages)
  }

  /// A quote with no closing quote.
  static func unterminatedPhrase(at range: Range<Int>, quote: Character) -> QueryError {
    let closing: Character =
      switch quote {
      case "\u{2018}": "\u{2019}"
      case "\u{201C}": "\u{201D}"
      default: quote
      }
    return QueryError(
      message: "unterminated quoted phrase", range: range, hint: "add a closing \(closing)")
  }

  /// A topic nested deeper than the parser follows.
  static func tooDeep(at range: Range<Int>) -> QueryError {
    QueryError(message: "the topic is nested too deeply", range: range)
  }

  /// A speaker or participant no one in the corpus answers to.
  static func unknownName(_ name: QueryName, suggestions: [String]) -> QueryError {
    QueryError(
      message: "no one named \(JSONText.quoted(name.text))", range: name.range,
      hint: Suggestions.hint(suggestions, quote: "\""))
  }

  /// A speaker name several entities answer to; the first five candidates are named.
  static func ambiguousName(_ name: QueryName, candidates: [String], exactAlso: Bool = false)
    -> QueryError
  {
    var shown = candidates.prefix(5).map { JSONText.quoted($0) }
    if candidates.count > 5 { shown.append("\(candidates.count - 5) others") }
    let quoted = JSONText.quoted(name.text)
    return QueryError(
      message: "\(quoted) could be " + listing(shown, joinedBy: "or"), range: name.range,
      hint: "name one of them in full"
        + (exactAlso ? ", or put \(quoted) in quotes for that name alone" : ""))
  }

  /// `a, b or c`.
  static func listing(_ items: [String], joinedBy word: String) -> String {
    guard let last = items.last else { return "" }
    return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " \(word) " + last
  }
}
