import HearsayCore
import Testing

/// A query with the error's range marked `⟦…⟧`, its message and its hint.
struct MarkedError: CustomTestStringConvertible, Sendable {
  let marked: String
  let message: String
  let hint: String?

  init(_ marked: String, _ message: String, hint: String? = nil) {
    self.marked = marked
    self.message = message
    self.hint = hint
  }

  /// The query without the marks, and the range they enclose, in Characters.
  var queryAndRange: (String, Range<Int>) {
    let characters = Array(marked)
    let open = characters.firstIndex(of: "⟦") ?? 0
    let close = (characters.firstIndex(of: "⟧") ?? 1) - 1
    return (String(characters.filter { $0 != "⟦" && $0 != "⟧" }), open..<close)
  }

  var testDescription: String { marked }
}

@Suite struct QueryParserErrorTests {
  @Test(arguments: [
    MarkedError(
      "who ⟦sed⟧ * about SCO", "expected 'said' after 'who'", hint: "did you mean 'said'?"),
    MarkedError("who ⟦mett⟧ Varga", "expected 'met' after 'who'", hint: "did you mean 'met'?"),
    MarkedError("who ⟦asked⟧ *", "expected 'said' or 'met' after 'who'"),
    MarkedError("who⟦⟧", "expected 'said' or 'met' after 'who'"),
    MarkedError(
      "⟦whom⟧ said *", "'whom' does not start a query", hint: "did you mean 'who'?"),
    MarkedError(
      "⟦tell⟧ me everything", "'tell' does not start a query",
      hint: "a query is one of: who said PATTERN, what did SPEAKER say, statements, "
        + "count statements, people, organizations, places, meetings, who met SPEAKER"),
    MarkedError(
      "⟦⟧", "empty query",
      hint: "a query is one of: who said PATTERN, what did SPEAKER say, statements, "
        + "count statements, people, organizations, places, meetings, who met SPEAKER"),
    MarkedError(
      "what did Marsh ⟦said⟧ about NMC", "expected 'say' after 'Marsh'",
      hint: "did you mean 'say'?"),
    MarkedError("what did Wang Yi ⟦about⟧ BRICS", "expected 'say' after \"Wang Yi\""),
    MarkedError(
      "what did ⟦about⟧ say", "expected a speaker's name after 'did'",
      hint: "to use 'about' as a name, put it in quotes"),
    MarkedError("what ⟦does⟧ Marsh say", "expected 'did' after 'what'"),
    MarkedError(
      "who said third ⟦party⟧", "unexpected 'party'",
      hint: "to match a phrase, quote it: \"third party\""),
    MarkedError(
      "who said * ⟦abut⟧ NMC", "unexpected 'abut'", hint: "did you mean 'about'?"),
    MarkedError(
      "who said * ⟦by⟧ Marsh", "'by' does not apply to who said",
      hint: "who said takes about, kind, direct, indirect, in, since, until, sort by and limit"),
    MarkedError(
      "people ⟦about⟧ NMC", "'about' does not apply to people",
      hint: "people takes sort by and limit"),
    MarkedError("who said * about ⟦⟧", "expected a topic after 'about'"),
    MarkedError(
      "who said * about (A or B⟦⟧", "expected ')' after 'B'",
      hint: "the '(' before 'A' is not closed"),
    MarkedError("who said * ⟦)⟧", "unexpected ')'", hint: "no '(' is open"),
    MarkedError(
      "who said ⟦\"third party⟧", "unterminated quoted phrase", hint: "add a closing \""),
    MarkedError(
      "who said ⟦“third party⟧", "unterminated quoted phrase", hint: "add a closing ”"),
    MarkedError("who said ⟦\"  \"⟧", "expected a pattern, found an empty phrase"),
    MarkedError(
      "statements in ⟦2024-13⟧", "expected a date after 'in', found '2024-13'",
      hint: "dates look like 2024, 2024-10 or 2024-10-31"),
    MarkedError(
      "statements since ⟦yesterday⟧", "expected a date after 'since', found 'yesterday'",
      hint: "dates look like 2024, 2024-10 or 2024-10-31"),
    MarkedError("statements in 2024 ⟦since⟧ 2024-05", "the start date is given twice"),
    MarkedError("statements limit ⟦ten⟧", "expected a whole number after 'limit', found 'ten'"),
    MarkedError("statements limit ⟦-1⟧", "expected a whole number after 'limit', found '-1'"),
    MarkedError(
      "statements limit ⟦99999999999999999999⟧",
      "expected a whole number after 'limit', found '99999999999999999999'"),
    MarkedError("statements limit 5 ⟦limit⟧ 6", "'limit' is given twice"),
    MarkedError("statements direct ⟦kind⟧ belief", "the kind is given twice"),
    MarkedError(
      "statements kind ⟦beleif⟧", "expected 'belief' after 'kind'", hint: "did you mean 'belief'?"),
    MarkedError(
      "statements sort by ⟦mentions⟧", "expected 'date', 'speaker', 'cue' or 'article' after 'by'"),
    MarkedError("statements sort ⟦date⟧", "expected 'by' after 'sort'"),
    MarkedError(
      "count statements by ⟦speakr⟧", "expected 'speaker' after 'by'",
      hint: "did you mean 'speaker'?"),
    MarkedError(
      "count statements by cue sort by ⟦month⟧", "cannot sort a count by 'month'",
      hint: "sort it by 'count' or 'cue'"),
    MarkedError(
      "count ⟦statement⟧", "expected 'statements' after 'count'",
      hint: "did you mean 'statements'?"),
    MarkedError(
      "people like ⟦⟧", "expected a pattern after 'like'",
      hint: "use *, a word such as tariff*, or a \"quoted phrase\""),
  ])
  func reports(_ row: MarkedError) {
    let (query, range) = row.queryAndRange
    #expect(throws: QueryError(message: row.message, range: range, hint: row.hint)) {
      try QueryEngine.parse(query)
    }
  }

  @Test func deepNestingIsAnErrorNotACrash() {
    let parens = "statements about " + String(repeating: "(", count: 10_000) + "x"
    #expect(throws: QueryError(message: "the topic is nested too deeply", range: 81..<82)) {
      try QueryEngine.parse(parens)
    }
    let nots = "statements about " + String(repeating: "not ", count: 10_000) + "x"
    #expect(throws: QueryError(message: "the topic is nested too deeply", range: 273..<276)) {
      try QueryEngine.parse(nots)
    }
  }

  @Test func longTopicsAreCut() {
    let terms = (0...300).map { "t\($0)" }.joined(separator: " or ")
    let query = "statements about " + terms
    #expect(throws: QueryError.self) { try QueryEngine.parse(query) }
    #expect(throws: Never.self) {
      try QueryEngine.parse(
        "statements about " + (0..<256).map { "t\($0)" }.joined(separator: " or "))
    }
  }
}
