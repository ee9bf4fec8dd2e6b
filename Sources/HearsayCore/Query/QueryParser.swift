/// Parses query text into a `Query`, by recursive descent over `QueryLexer`'s tokens.
///
/// Keywords are matched in any case and only where the grammar expects them; an unquoted name
/// runs up to the next word that ends names (a clause keyword, `say`, `and`, `or`, `not`) or a
/// `|`, so a name holding one of those words must be quoted: `statements by "Direct Line"`.
///
/// ```ebnf
/// line        = query , { "|" , stage } ;
/// query       = form , { clause } ;
/// form        = "who" , "said" , [ pattern ]            (* no pattern: anything *)
///             | "who" , "met" , name
///             | "who" , "mentioned" , topic
///             | "who" , "discussed" , topic
///             | "what" , "did" , name , "say"
///             | "statements"
///             | "count" , "statements"
///             | "top" , number , ( "speakers" | "topics" )
///             | ( "people" | "organizations" | "organisations" | "places" ) , [ "like" , pattern ]
///             | "meetings" , [ "with" , name ]
///             | "articles"
///             | "show" , name                           (* an article: name, file or path *)
///             | "context" , number                      (* a row of the previous result *)
///             | "explain" , "sql" , line ;              (* any line but show and context *)
/// clause      = "about" , topic
///             | "by" , name                             (* the speaker *)
///             | "by" , group                            (* after count statements *)
///             | "mentioning" , name                     (* after articles *)
///             | "from" , name                           (* a source, publisher or folder *)
///             | "kind" , ( "direct" | "indirect" | "belief" | "discussion" | "any" )
///             | "direct" | "indirect"
///             | ( "in" | "since" | "until" ) , date
///             | "with" , "spans"
///             | "sort" , "by" , sort key , [ "asc" | "desc" ]
///             | "limit" , number ;
/// stage       = "count" , "by" , column
///             | "top" , number
///             | "sort" , "by" , column , [ "asc" | "desc" ]
///             | "limit" , number
///             | "where" , column , ( "=" | "!=" ) , value ;
/// topic       = conjunction , { "or" , conjunction } ;
/// conjunction = negation , { "and" , negation } ;
/// negation    = "not" , negation | "(" , topic , ")" | name ;
/// name        = phrase | word , { word } ;
/// pattern     = phrase | word ;                         (* "*" stands for letters in a word *)
/// column      = phrase | word ;
/// value       = phrase | word , { word } ;              (* up to "|" or the end *)
/// group       = "speaker" | "topic" | "cue" | "month" | "source" | "kind" | "article" ;
/// sort key    = "date" | "speaker" | "cue" | "article" | "name" | "mentions" | "articles"
///             | "statements" | "count" | group ;
/// number      = digit , { digit } ;                     (* at most 9 digits *)
/// date        = YYYY | YYYY-MM | YYYY-MM-DD ;
/// phrase      = '"' , { character } , '"' | "'" , { character } , "'" ;
/// ```
///
/// Which clauses a form takes (`QueryForm.clauseKeywords`): the statement forms (`who said`,
/// `what did … say`, `statements`, `count statements`, `who discussed`, `top N`) take dates,
/// `from` and, but for `who discussed`, `about` and the kinds; `statements`, `count statements`
/// and `top N topics` take `by`; the forms listing statements take `with spans`; `articles`
/// takes `about`, `mentioning`, the kinds, dates and `from`; `people`, `organizations`,
/// `places`, `meetings`, `who met` and `who mentioned` take dates and `from`; all but `top`,
/// `show` and `context` take `sort` and `limit`. Each clause may be given once, in any order.
/// `explain sql` takes a whole line, stages included, and no clauses of its own.
/// A query is at most `maxLength` Characters long.
package struct QueryParser {
  let tokens: [QueryToken]
  var index = 0
  /// Open parentheses and `not`s around the topic being read.
  var depth = 0
  /// Names read in the current topic.
  var terms = 0

  /// How deeply `(` and `not` may nest, and how many names a topic may hold.
  static let maxDepth = 64
  static let maxTerms = 256
  /// The longest query read, in Characters.
  static let maxLength = 20_000

  private init(tokens: [QueryToken]) {
    self.tokens = tokens
  }

  /// Parses a whole query; throws at the first mistake.
  package static func parse(_ text: String) throws(QueryError) -> Query {
    let length = text.count
    guard length <= maxLength else { throw QueryError.tooLong(length, limit: maxLength) }
    var parser = QueryParser(tokens: try QueryLexer.tokens(in: text))
    return try parser.parseQuery()
  }

  // MARK: Tokens

  var current: QueryToken { tokens[index] }

  /// The token before the current one, quoted for messages.
  var previous: String? { index > 0 ? tokens[index - 1].quoted : nil }

  func at(_ keyword: QueryKeyword) -> Bool { current.keyword == keyword }

  @discardableResult
  mutating func advance() -> QueryToken {
    let token = tokens[index]
    if token.kind != .end { index += 1 }
    return token
  }

  @discardableResult
  mutating func expect(_ keyword: QueryKeyword) throws(QueryError) -> QueryToken {
    guard at(keyword) else {
      throw QueryError.expectedKeyword([keyword.rawValue], after: previous, found: current)
    }
    return advance()
  }

  // MARK: Query and form

  private mutating func parseQuery() throws(QueryError) -> Query {
    let form = try parseForm()
    var clauses = QueryClauses()
    while current.kind != .end && current.kind != .pipe {
      try parseClause(into: &clauses, for: form)
    }
    var stages: [PipelineStage] = []
    while current.kind == .pipe {
      stages.append(try parseStage(after: advance()))
    }
    if case .count = form, let sort = clauses.sort, sort.key != .count,
      sort.key.rawValue != clauses.group?.rawValue
    {
      let keys = ["count"] + (clauses.group.map { [$0.rawValue] } ?? [])
      throw QueryError(
        message: "cannot sort a count by '\(sort.key.rawValue)'", range: sort.keyRange,
        hint: "sort it by " + QueryError.listing(keys.map { "'\($0)'" }, joinedBy: "or"))
    }
    return Query(form: form, clauses: clauses, stages: stages)
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
      if at(.mentioned) || at(.discussed) {
        let mentioned = advance().keyword == .mentioned
        terms = 0
        let topic = try parseTopic()
        return mentioned ? .whoMentioned(topic) : .whoDiscussed(topic)
      }
      throw QueryError.expectedKeyword(
        ["said", "met", "mentioned", "discussed"], after: previous, found: current)
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
    case .top:
      let top = advance()
      let count = try parseNumber(after: top)
      let subject = try parseChoice(TopSubject.self, after: tokens[index - 1])
      return .top(count, subject)
    case .articles:
      advance()
      return .articles
    case .show:
      advance()
      return .show(try parseName("an article's name"))
    case .context:
      let context = advance()
      return .context(try parseNumber(after: context))
    case .explain:
      let explain = advance()
      _ = try parseChoice(ExplainLanguage.self, after: explain)
      if let keyword = current.keyword, SQLTranslator.uncovered.contains(keyword) {
        throw QueryError.notTranslated(current)
      }
      return .explainSQL(try parseQuery())
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
  mutating func parseName(_ what: String) throws(QueryError) -> QueryName {
    try rejectControlCharacters(in: current)
    if current.kind == .phrase {
      let phrase = advance()
      guard phrase.text.contains(where: { !$0.isWhitespace }) else {
        throw QueryError(message: "expected \(what), found an empty phrase", range: phrase.range)
      }
      return QueryName(phrase.text, range: phrase.range, quoted: true)
    }
    var words: [QueryToken] = []
    while current.kind == .word, current.keyword?.endsName != true {
      try rejectControlCharacters(in: current)
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
  mutating func parsePattern(after keyword: QueryToken, optional: Bool)
    throws(QueryError) -> QueryPattern
  {
    try rejectControlCharacters(in: current)
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
    case .end where optional, .word where optional, .pipe where optional:
      let here = current.range.lowerBound
      return QueryPattern("*", range: here..<here)
    default:
      throw QueryError.expected(
        "a pattern", after: keyword.quoted, found: current,
        hint: "use *, a word such as tariff*, or a \"quoted phrase\"")
    }
  }

  /// Names and patterns are looked for in text: one holding a control character (a stray escape
  /// sequence) is a mistake.
  func rejectControlCharacters(in token: QueryToken) throws(QueryError) {
    guard token.kind == .word || token.kind == .phrase, token.firstControlCharacter != nil else {
      return
    }
    throw QueryError.controlCharacter(in: token)
  }

  // MARK: Topics

  mutating func parseTopic() throws(QueryError) -> Topic {
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
}
