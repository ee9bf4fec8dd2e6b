/// Parses query text into a `Query`, by recursive descent over `QueryLexer`'s tokens.
///
/// Keywords are matched in any case and only where the grammar expects them; an unquoted name
/// runs up to the next word that ends names (a clause keyword, `say`, `and`, `or`, `not`), so a
/// name holding one of those words must be quoted: `statements by "Direct Line"`.
///
/// ```ebnf
/// query       = form , { clause } ;
/// form        = "who" , "said" , [ pattern ]            (* no pattern: anything *)
///             | "who" , "met" , name
///             | "what" , "did" , name , "say"
///             | "statements"
///             | "count" , "statements"
///             | ( "people" | "organizations" | "organisations" | "places" ) , [ "like" , pattern ]
///             | "meetings" , [ "with" , name ] ;
/// clause      = "about" , topic
///             | "by" , name                             (* after statements: the speaker *)
///             | "by" , group                            (* after count statements *)
///             | "kind" , ( "direct" | "indirect" | "belief" | "discussion" | "any" )
///             | "direct" | "indirect"
///             | ( "in" | "since" | "until" ) , date
///             | "sort" , "by" , sort key , [ "asc" | "desc" ]
///             | "limit" , number ;
/// topic       = conjunction , { "or" , conjunction } ;
/// conjunction = negation , { "and" , negation } ;
/// negation    = "not" , negation | "(" , topic , ")" | name ;
/// name        = phrase | word , { word } ;
/// pattern     = phrase | word ;                         (* "*" stands for letters in a word *)
/// group       = "speaker" | "cue" | "month" | "source" | "kind" | "article" ;
/// sort key    = "date" | "speaker" | "cue" | "article" | "name" | "mentions" | "articles"
///             | "count" | group ;
/// date        = YYYY | YYYY-MM | YYYY-MM-DD ;
/// phrase      = '"' , { character } , '"' | "'" , { character } , "'" ;
/// ```
///
/// Which clauses a form takes: speech forms (`who said`, `what did … say`, `statements`,
/// `count statements`) take `about`, `kind`, `direct`, `indirect`, dates, `sort` and `limit`,
/// and `statements` and `count statements` take `by`; `people`, `organizations` and `places` take
/// `sort` and `limit`; `meetings` and `who met` take dates, `sort` and `limit`. Each clause may be
/// given once, in any order.
package struct QueryParser {
  private let tokens: [QueryToken]
  private var index = 0
  /// Open parentheses and `not`s around the topic being read.
  private var depth = 0
  /// Names read in the current topic.
  private var terms = 0

  /// How deeply `(` and `not` may nest, and how many names a topic may hold.
  static let maxDepth = 64
  static let maxTerms = 256

  private init(tokens: [QueryToken]) {
    self.tokens = tokens
  }

  /// Parses a whole query; throws at the first mistake.
  package static func parse(_ text: String) throws(QueryError) -> Query {
    var parser = QueryParser(tokens: try QueryLexer.tokens(in: text))
    return try parser.parseQuery()
  }

  // MARK: Tokens

  private var current: QueryToken { tokens[index] }

  /// The token before the current one, quoted for messages.
  private var previous: String? { index > 0 ? tokens[index - 1].quoted : nil }

  private func at(_ keyword: QueryKeyword) -> Bool { current.keyword == keyword }

  @discardableResult
  private mutating func advance() -> QueryToken {
    let token = tokens[index]
    if token.kind != .end { index += 1 }
    return token
  }

  @discardableResult
  private mutating func expect(_ keyword: QueryKeyword) throws(QueryError) -> QueryToken {
    guard at(keyword) else {
      throw QueryError.expectedKeyword([keyword.rawValue], after: previous, found: current)
    }
    return advance()
  }

  // MARK: Query and form

  private mutating func parseQuery() throws(QueryError) -> Query {
    let form = try parseForm()
    var clauses = QueryClauses()
    while current.kind != .end {
      try parseClause(into: &clauses, for: form)
    }
    if case .count = form, let sort = clauses.sort, sort.key != .count,
      sort.key.rawValue != clauses.group?.rawValue
    {
      let keys = ["count"] + (clauses.group.map { [$0.rawValue] } ?? [])
      throw QueryError(
        message: "cannot sort a count by '\(sort.key.rawValue)'", range: sort.keyRange,
        hint: "sort it by " + QueryError.listing(keys.map { "'\($0)'" }, joinedBy: "or"))
    }
    return Query(form: form, clauses: clauses)
  }

  private mutating func parseForm() throws(QueryError) -> QueryForm {
    switch current.keyword {
    case .who:
      advance()
      if at(.said) {
        let said = advance()
        return .whoSaid(try parsePattern(after: said, optional: true))
      }
      if at(.met) {
        advance()
        return .whoMet(try parseName("a name"))
      }
      throw QueryError.expectedKeyword(["said", "met"], after: previous, found: current)
    case .what:
      advance()
      try expect(.did)
      let speaker = try parseName("a speaker's name")
      try expectSay(after: speaker)
      return .whatDid(speaker)
    case .statements:
      advance()
      return .statements
    case .count:
      advance()
      try expect(.statements)
      return .count
    case .people, .organizations, .organisations, .places:
      let kind: EntityKind =
        at(.people) ? .person : at(.places) ? .place : .organization
      advance()
      guard at(.like) else { return .entities(kind, like: nil) }
      let like = advance()
      return .entities(kind, like: try parsePattern(after: like, optional: false))
    case .meetings:
      advance()
      guard at(.with) else { return .meetings(with: nil) }
      advance()
      return .meetings(with: try parseName("a name"))
    default:
      throw QueryError.unknownForm(current)
    }
  }

  /// Reads the `say` of `what did SPEAKER say`; when it is missing but the name's last word looks
  /// like it (`what did Marsh said`), points at that word.
  private mutating func expectSay(after speaker: QueryName) throws(QueryError) {
    if at(.say) {
      advance()
      return
    }
    let last = tokens[index - 1]
    if last.kind == .word, last.range.lowerBound > speaker.range.lowerBound,
      !Suggestions.nearest(to: last.text, among: ["say"]).isEmpty
    {
      throw QueryError.expectedKeyword(["say"], after: tokens[index - 2].quoted, found: last)
    }
    throw QueryError.expected(
      "'say'", after: JSONText.quoted(speaker.text), found: current,
      hint: current.kind == .word
        ? Suggestions.hint(Suggestions.nearest(to: current.text, among: ["say"])) : nil)
  }

  // MARK: Names and patterns

  /// Reads a quoted phrase, or words up to one that ends names.
  private mutating func parseName(_ what: String) throws(QueryError) -> QueryName {
    if current.kind == .phrase {
      let phrase = advance()
      guard phrase.text.contains(where: { !$0.isWhitespace }) else {
        throw QueryError(message: "expected \(what), found an empty phrase", range: phrase.range)
      }
      return QueryName(phrase.text, range: phrase.range)
    }
    var words: [QueryToken] = []
    while current.kind == .word, current.keyword?.endsName != true {
      words.append(advance())
    }
    guard let first = words.first, let last = words.last else {
      let hint =
        current.kind == .word ? "to use \(current.quoted) as a name, put it in quotes" : nil
      throw QueryError.expected(what, after: previous, found: current, hint: hint)
    }
    let text = words.map(\.text).joined(separator: " ")
    return QueryName(text, range: first.range.lowerBound..<last.range.upperBound)
  }

  /// Reads one word or phrase to match; when `optional`, a clause keyword or the end means `*`.
  private mutating func parsePattern(after keyword: QueryToken, optional: Bool)
    throws(QueryError) -> QueryPattern
  {
    switch current.kind {
    case .phrase:
      let phrase = advance()
      guard phrase.text.contains(where: { !$0.isWhitespace }) else {
        throw QueryError(message: "expected a pattern, found an empty phrase", range: phrase.range)
      }
      return QueryPattern(phrase.text, quoted: true, range: phrase.range)
    case .word where !(optional && current.keyword?.startsClause == true):
      let word = advance()
      return QueryPattern(word.text, range: word.range)
    case .end where optional, .word where optional:
      let here = current.range.lowerBound
      return QueryPattern("*", range: here..<here)
    default:
      throw QueryError.expected(
        "a pattern", after: keyword.quoted, found: current,
        hint: "use *, a word such as tariff*, or a \"quoted phrase\"")
    }
  }

  // MARK: Topics

  private mutating func parseTopic() throws(QueryError) -> Topic {
    var topic = try parseConjunction()
    while at(.or) {
      advance()
      topic = .or(topic, try parseConjunction())
    }
    return topic
  }

  private mutating func parseConjunction() throws(QueryError) -> Topic {
    var topic = try parseNegation()
    while at(.and) {
      advance()
      topic = .and(topic, try parseNegation())
    }
    return topic
  }

  private mutating func parseNegation() throws(QueryError) -> Topic {
    if at(.not) || current.kind == .leftParen {
      let openerIndex = index
      let opener = advance()
      depth += 1
      guard depth <= Self.maxDepth else { throw QueryError.tooDeep(at: opener.range) }
      defer { depth -= 1 }
      if opener.kind == .word { return .not(try parseNegation()) }
      let topic = try parseTopic()
      guard current.kind == .rightParen else {
        throw QueryError.expected(
          "')'", after: previous, found: current,
          hint: "the '(' before \(tokens[openerIndex + 1].quoted) is not closed")
      }
      advance()
      return topic
    }
    let name = try parseName("a topic")
    terms += 1
    guard terms <= Self.maxTerms else { throw QueryError.tooManyTerms(at: name.range) }
    return .name(name)
  }

  // MARK: Clauses

  private mutating func parseClause(into clauses: inout QueryClauses, for form: QueryForm)
    throws(QueryError)
  {
    let token = current
    guard let keyword = token.keyword, keyword.startsClause else {
      throw unexpected(token, in: form)
    }
    guard form.takes(keyword) else {
      throw QueryError.clauseNotAllowed(token, in: form)
    }
    advance()
    switch keyword {
    case .about:
      guard clauses.topic == nil else { throw QueryError.duplicate("'about'", at: token.range) }
      terms = 0
      clauses.topic = try parseTopic()
    case .by:
      if case .count = form {
        guard clauses.group == nil else { throw QueryError.duplicate("'by'", at: token.range) }
        clauses.group = try parseChoice(GroupKey.self, after: token)
      } else {
        guard clauses.speaker == nil else { throw QueryError.duplicate("'by'", at: token.range) }
        clauses.speaker = try parseName("a speaker's name")
      }
    case .kind, .direct, .indirect:
      guard clauses.kinds == nil else { throw QueryError.duplicate("the kind", at: token.range) }
      clauses.kinds =
        keyword == .kind
        ? try parseChoice(KindChoice.self, after: token) : keyword == .direct ? .direct : .indirect
    case .in, .since, .until:
      try parseDate(after: token, into: &clauses)
    case .sort:
      guard clauses.sort == nil else { throw QueryError.duplicate("'sort'", at: token.range) }
      let by = try expect(.by)
      let keyToken = current
      let allowed = form.sortKeys
      let key = try parseChoice(SortKey.self, after: by, among: allowed)
      var descending = false
      if at(.desc) || at(.asc) { descending = advance().keyword == .desc }
      clauses.sort = SortOrder(key: key, descending: descending, keyRange: keyToken.range)
    case .limit:
      guard clauses.limit == nil else { throw QueryError.duplicate("'limit'", at: token.range) }
      let number = current
      guard number.kind == .word, number.text.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
        let value = Int(number.text)
      else { throw QueryError.invalidNumber(number, after: token) }
      advance()
      clauses.limit = value
    default:
      throw unexpected(token, in: form)
    }
  }

  /// Reads a word naming one of `Choice`'s cases (restricted to `among` when given).
  private mutating func parseChoice<Choice: RawRepresentable & CaseIterable>(
    _: Choice.Type, after keyword: QueryToken, among allowed: [Choice]? = nil
  ) throws(QueryError) -> Choice where Choice.RawValue == String {
    let choices = allowed ?? Array(Choice.allCases)
    let word = current
    guard word.kind == .word, let choice = Choice(rawValue: word.text.lowercased()),
      choices.contains(where: { $0.rawValue == choice.rawValue })
    else {
      throw QueryError.expectedKeyword(choices.map(\.rawValue), after: keyword.quoted, found: word)
    }
    advance()
    return choice
  }

  private mutating func parseDate(after keyword: QueryToken, into clauses: inout QueryClauses)
    throws(QueryError)
  {
    let word = current
    guard word.kind == .word, let period = DatePeriod(word.text) else {
      throw QueryError.invalidDate(word, after: keyword)
    }
    switch keyword.keyword {
    case .since:
      guard clauses.since == nil else {
        throw QueryError.duplicate("the start date", at: keyword.range)
      }
      clauses.since = period.first
    case .until:
      guard clauses.until == nil else {
        throw QueryError.duplicate("the end date", at: keyword.range)
      }
      clauses.until = period.last
    default:
      guard clauses.since == nil, clauses.until == nil else {
        throw QueryError.duplicate("the date", at: keyword.range)
      }
      clauses.since = period.first
      clauses.until = period.last
    }
    advance()
  }

  /// The error for a token that starts no clause: did-you-mean for a near-miss keyword, a
  /// reminder to quote phrases after a one-word pattern, or the clauses the form takes.
  private func unexpected(_ token: QueryToken, in form: QueryForm) -> QueryError {
    let words = form.clauseWords
    if token.kind == .word,
      let hint = Suggestions.hint(Suggestions.nearest(to: token.text, among: words, limit: 1))
    {
      return QueryError.unexpected(token, hint: hint)
    }
    if token.kind == .rightParen {
      return QueryError.unexpected(token, hint: "no '(' is open")
    }
    if index > 0, token.kind == .word, case .whoSaid(let pattern) = form,
      pattern.range == tokens[index - 1].range, !pattern.quoted
    {
      let phrase = JSONText.quoted(pattern.text + " " + token.text)
      return QueryError.unexpected(token, hint: "to match a phrase, quote it: \(phrase)")
    }
    return QueryError.unexpected(token, hint: "\(form.title) takes \(form.clauseList)")
  }
}
