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
  static let forms =
    "a query is one of: who said PATTERN, what did SPEAKER say, statements, count statements, "
    + "people, organizations, places, meetings, who met SPEAKER, who mentioned TOPIC, "
    + "who discussed TOPIC, top N speakers, top N topics, articles, show ARTICLE, context N, "
    + "explain sql QUERY"

  @Test(arguments: [
    MarkedError(
      "who ⟦sed⟧ * about SCO", "expected 'said' after 'who'", hint: "did you mean 'said'?"),
    MarkedError("who ⟦mett⟧ Varga", "expected 'met' after 'who'", hint: "did you mean 'met'?"),
    MarkedError(
      "who ⟦asked⟧ *", "expected 'said', 'met', 'mentioned' or 'discussed' after 'who'"),
    MarkedError("who⟦⟧", "expected 'said', 'met', 'mentioned' or 'discussed' after 'who'"),
    MarkedError(
      "who ⟦mentoined⟧ NMC", "expected 'mentioned' after 'who'",
      hint: "did you mean 'mentioned'?"),
    MarkedError(
      "⟦whom⟧ said *", "'whom' does not start a query", hint: "did you mean 'who'?"),
    MarkedError(
      "⟦tell⟧ me everything", "'tell' does not start a query",
      hint: QueryParserErrorTests.forms),
    MarkedError("⟦⟧", "empty query", hint: QueryParserErrorTests.forms),
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
      hint: "who said takes about, kind, direct, indirect, in, since, until, from, with spans, "
        + "sort by and limit"),
    MarkedError(
      "people ⟦about⟧ NMC", "'about' does not apply to people",
      hint: "people takes in, since, until, from, sort by and limit"),
    MarkedError(
      "show 01_harbor_summit ⟦limit⟧ 3", "'limit' does not apply to show",
      hint: "show takes no clauses"),
    MarkedError(
      "who discussed NMC ⟦direct⟧", "'direct' does not apply to who discussed",
      hint: "who discussed takes in, since, until, from, with spans, sort by and limit"),
    MarkedError(
      "top 5 speakers ⟦limit⟧ 3", "'limit' does not apply to top N speakers",
      hint: "top N speakers takes about, kind, direct, indirect, in, since, until and from"),
    MarkedError("top ⟦five⟧ speakers", "expected a whole number after 'top', found 'five'"),
    MarkedError(
      "top 5 ⟦speaker⟧", "expected 'speakers' after '5'", hint: "did you mean 'speakers'?"),
    MarkedError(
      "context ⟦⟧", "expected a whole number after 'context', found the end of the query"),
    MarkedError("show ⟦⟧", "expected an article's name after 'show'"),
    MarkedError("articles mentioning ⟦⟧", "expected a name after 'mentioning'"),
    MarkedError(
      "statements from ⟦limit⟧ 2", "expected a source after 'from'",
      hint: "to use 'limit' as a name, put it in quotes"),
    MarkedError(
      "statements with ⟦span⟧", "expected 'spans' after 'with'", hint: "did you mean 'spans'?"),
    MarkedError("statements with spans ⟦with⟧ spans", "'with spans' is given twice"),
    MarkedError(
      "statements ⟦frm⟧ bbc", "unexpected 'frm'", hint: "did you mean 'from'?"),
    MarkedError(
      "statements | ⟦cont⟧ by speaker", "'cont' does not start a stage",
      hint: "did you mean 'count'?"),
    MarkedError(
      "statements |⟦⟧", "expected a stage after '|'",
      hint: "a stage is one of: count by COLUMN, top N, sort by COLUMN [desc], limit N, "
        + "where COLUMN = VALUE"),
    MarkedError(
      "statements | ⟦|⟧", "'|' does not start a stage",
      hint: "a stage is one of: count by COLUMN, top N, sort by COLUMN [desc], limit N, "
        + "where COLUMN = VALUE"),
    MarkedError("statements | count ⟦speaker⟧", "expected 'by' after 'count'"),
    MarkedError("statements | count by ⟦⟧", "expected a column name after 'by'"),
    MarkedError("statements | where speaker ⟦Wang⟧", "expected '=' or '!=' after 'speaker'"),
    MarkedError("statements | where speaker = ⟦⟧", "expected a value after '='"),
    MarkedError("statements | top ⟦-5⟧", "expected a whole number after 'top', found '-5'"),
    MarkedError(
      "statements | limit ⟦1000000000⟧", "'1000000000' is too large a number",
      hint: "numbers go up to 999999999"),
    MarkedError(
      "statements about (A or B) ⟦)⟧ | limit 1", "unexpected ')'", hint: "no '(' is open"),
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
      "statements limit ⟦99999999999999999999⟧", "'99999999999999999999' is too large a number",
      hint: "numbers go up to 999999999"),
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
    let nots = "statements about " + String(repeating: "not ", count: 4_000) + "x"
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

  @Test func aMegabyteQueryIsAnErrorNotACrash() {
    let words = String(repeating: "who said * about ( NMC or ", count: 40_000)
    let length = words.count
    #expect(
      throws: QueryError(
        message: "the query is too long: \(length) characters, at most 20000",
        range: 20_000..<length)
    ) { try QueryEngine.parse(words) }
    let quotes = String(repeating: "'a ", count: 350_000)
    #expect(throws: QueryError.self) { try QueryEngine.run(quotes, on: QueryTestCorpus.corpus) }
  }

  @Test func nestingWithinTheLengthLimitIsCutAtTheDepthLimit() {
    let query = "statements | limit 1 | sort by " + String(repeating: "(", count: 100)
    #expect(throws: QueryError.self) { try QueryEngine.parse(query) }
    let nested =
      "who mentioned " + String(repeating: "(", count: 64) + "NMC"
      + String(repeating: ")", count: 64) + " | count by article"
    #expect(throws: Never.self) { try QueryEngine.parse(nested) }
    let deeper = "who mentioned " + String(repeating: "(", count: 65) + "NMC"
    #expect(throws: QueryError(message: "the topic is nested too deeply", range: 78..<79)) {
      try QueryEngine.parse(deeper)
    }
  }
}
