/// The clauses after a form, and the words and numbers they take.
extension QueryParser {
  mutating func parseClause(into clauses: inout QueryClauses, for form: QueryForm)
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
    case .mentioning:
      guard clauses.mentioning == nil else {
        throw QueryError.duplicate("'mentioning'", at: token.range)
      }
      clauses.mentioning = try parseName("a name")
    case .from:
      guard clauses.source == nil else { throw QueryError.duplicate("'from'", at: token.range) }
      clauses.source = try parseName("a source")
    case .with:
      guard !clauses.spans else { throw QueryError.duplicate("'with spans'", at: token.range) }
      _ = try parseChoice(WithOption.self, after: token)
      clauses.spans = true
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
      let key = try parseChoice(SortKey.self, after: by, among: form.sortKeys)
      var descending = false
      if at(.desc) || at(.asc) { descending = advance().keyword == .desc }
      clauses.sort = SortOrder(key: key, descending: descending, keyRange: keyToken.range)
    case .limit:
      guard clauses.limit == nil else { throw QueryError.duplicate("'limit'", at: token.range) }
      clauses.limit = try parseNumber(after: token).value
    default:
      throw unexpected(token, in: form)
    }
  }

  /// Reads a whole number of at most nine digits (`limit 10`, `top 5`, `context 3`).
  mutating func parseNumber(after keyword: QueryToken) throws(QueryError) -> QueryNumber {
    let number = current
    guard number.kind == .word, number.text.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
      !number.text.isEmpty
    else { throw QueryError.invalidNumber(number, after: keyword) }
    guard number.text.utf8.count <= 9, let value = Int(number.text) else {
      throw QueryError.numberTooLarge(number)
    }
    advance()
    return QueryNumber(value, range: number.range)
  }

  /// Reads a word naming one of `Choice`'s cases (restricted to `among` when given).
  mutating func parseChoice<Choice: RawRepresentable & CaseIterable>(
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
