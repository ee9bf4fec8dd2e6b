import HearsayCore
import Testing

@Suite struct QueryParserTests {
  /// Each row: a query as someone would type it, and the dump of what it parses to.
  @Test(arguments: [
    ("who said *", "(who-said *)"),
    ("WHO Said tariff*", "(who-said tariff*)"),
    ("who said \"third party\"", "(who-said \"third party\")"),
    ("who said “third party”", "(who-said \"third party\")"),
    ("who said 'third party'", "(who-said \"third party\")"),
    ("who said * about SCO", "(who-said * (about \"SCO\"))"),
    ("who said about NMC", "(who-said * (about \"NMC\"))"),
    ("who said", "(who-said *)"),
    (
      "who said * about Northern Maritime Council limit 3",
      "(who-said * (about \"Northern Maritime Council\") (limit 3))"
    ),
    ("what did Wang Yi say about BRICS", "(what-did \"Wang Yi\" (about \"BRICS\"))"),
    ("what did O'Brien say", "(what-did \"O'Brien\")"),
    ("what did \"Direct Line\" say", "(what-did \"Direct Line\")"),
    ("statements", "(statements)"),
    ("statements by Elena Marsh about NMC", "(statements (by \"Elena Marsh\") (about \"NMC\"))"),
    ("statements about NMC by Marsh", "(statements (by \"Marsh\") (about \"NMC\"))"),
    ("statements about A and B", "(statements (about (and \"A\" \"B\")))"),
    ("statements about A or B and C", "(statements (about (or \"A\" (and \"B\" \"C\"))))"),
    (
      "statements about (A or B) and not C",
      "(statements (about (and (or \"A\" \"B\") (not \"C\"))))"
    ),
    ("statements about not not A", "(statements (about (not (not \"A\"))))"),
    ("statements kind belief", "(statements (kind belief))"),
    ("statements direct", "(statements (kind direct))"),
    ("statements KIND Any", "(statements (kind any))"),
    ("statements in 2024", "(statements (since 2024-01-01) (until 2024-12-31))"),
    ("statements in 2024-02", "(statements (since 2024-02-01) (until 2024-02-29))"),
    (
      "statements since 2024-10-31 until 2025",
      "(statements (since 2024-10-31) (until 2025-12-31))"
    ),
    ("statements sort by date desc limit 10", "(statements (sort date desc) (limit 10))"),
    ("statements sort by speaker asc", "(statements (sort speaker))"),
    ("count statements", "(count)"),
    ("count statements by month", "(count (by month))"),
    (
      "count statements by kind kind any sort by count desc",
      "(count (by kind) (kind any) (sort count desc))"
    ),
    ("count statements sort by cue by cue", "(count (by cue) (sort cue))"),
    ("people", "(people)"),
    ("people like marsh*", "(people (like marsh*))"),
    ("organisations sort by mentions desc", "(organizations (sort mentions desc))"),
    ("places like \"Port Avalon\" limit 1", "(places (like \"Port Avalon\") (limit 1))"),
    ("meetings", "(meetings)"),
    (
      "meetings with Elena Marsh in 2025-03",
      "(meetings (with \"Elena Marsh\") (since 2025-03-01) (until 2025-03-31))"
    ),
    ("who met Varga sort by date", "(who-met \"Varga\" (sort date))"),
    ("who mentioned Global South", "(who-mentioned \"Global South\")"),
    (
      "who mentioned NMC and not Kessaly in 2025",
      "(who-mentioned (and \"NMC\" (not \"Kessaly\")) (since 2025-01-01) (until 2025-12-31))"
    ),
    ("who discussed fishing from Meridian", "(who-discussed \"fishing\" (from \"Meridian\"))"),
    ("top 5 speakers about Russia", "(top 5 speakers (about \"Russia\"))"),
    ("TOP 3 Topics by Wang Yi direct", "(top 3 topics (by \"Wang Yi\") (kind direct))"),
    ("articles", "(articles)"),
    (
      "articles about SCO mentioning Andrey Rudenko sort by statements desc",
      "(articles (about \"SCO\") (mentioning \"Andrey Rudenko\") (sort statements desc))"
    ),
    ("show 01_harbor_summit", "(show \"01_harbor_summit\")"),
    ("show \"bbc/business/001.txt\"", "(show \"bbc/business/001.txt\")"),
    ("context 3", "(context 3)"),
    ("count statements by topic", "(count (by topic))"),
    (
      "statements from Global Times with spans",
      "(statements (from \"Global Times\") (with spans))"
    ),
    ("who said from bbc", "(who-said * (from \"bbc\"))"),
    ("who said | count by speaker", "(pipe (who-said *) (count-by speaker))"),
    (
      "who said * about Russia | count by speaker | top 5",
      "(pipe (who-said * (about \"Russia\")) (count-by speaker) (top 5))"
    ),
    (
      "statements|sort by \"date\" desc|limit 3",
      "(pipe (statements) (sort date desc) (limit 3))"
    ),
    (
      "statements | where speaker = Wang Yi | where cue != said",
      "(pipe (statements) (where speaker = \"Wang Yi\") (where cue != \"said\"))"
    ),
    ("people | where roles=\"\"", "(pipe (people) (where roles = \"\"))"),
    ("what did Wang Yi say about Global South", "(what-did \"Wang Yi\" (about \"Global South\"))"),
  ])
  func parses(query: String, dump: String) throws {
    #expect(try QueryEngine.parse(query).description == dump)
  }

  @Test func namesAndPatternsKeepWhereTheyWereTyped() throws {
    let query = try QueryEngine.parse("what did Wang  Yi say about \"third party\"")
    guard case .whatDid(let speaker) = query.form, case .name(let topic)? = query.clauses.topic
    else {
      Issue.record("unexpected form \(query)")
      return
    }
    #expect(speaker == QueryName("Wang Yi", range: 9..<17))
    #expect(topic == QueryName("third party", range: 28..<41, quoted: true))
  }

  @Test func aLeftOutPatternStandsWhereItWouldBe() throws {
    let query = try QueryEngine.parse("who said about NMC")
    #expect(query.form == .whoSaid(QueryPattern("*", range: 9..<9)))
  }
}
