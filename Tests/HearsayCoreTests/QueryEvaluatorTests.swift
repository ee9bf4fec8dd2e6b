import HearsayCore
import Testing

@Suite struct QueryEvaluatorTests {
  let corpus = QueryTestCorpus.corpus

  private func run(_ query: String) throws -> ResultTable {
    try QueryEngine.run(query, on: corpus)
  }

  private func column(_ name: String, of query: String) throws -> [String] {
    let table = try run(query)
    let index = try #require(table.columns.firstIndex(of: name))
    return table.rows.map { $0[index] }
  }

  @Test func whoSaidListsSpeechWithTheStatementColumns() throws {
    let table = try run("who said *")
    #expect(table.columns == ["speaker", "cue", "statement", "article", "date"])
    #expect(table.rows.count == 11)  // 13 statements less one belief and one discussion
    #expect(
      table.rows[0] == [
        "Elena Marsh", "said",
        "Closer cooperation on coastal shipping serves the long-term interests of both peoples",
        "01_harbor_summit", "2025-03-13",
      ])
    #expect(table.rows[9][4] == "")  // the undated article
  }

  /// Each row: a query and the speakers of the statements it finds, in order, by full name.
  @Test(arguments: [
    ("who said tariff*", ["Karl Brenner", "Elena Marsh"]),
    ("who said tariff", ["Elena Marsh"]),
    ("who said TARIFFS", ["Karl Brenner"]),
    ("who said \"third party\"", ["Jonas Varga"]),
    ("who said *ship*", ["Elena Marsh", "Elena Marsh", "Elena Marsh", "Jonas Varga"]),
    ("who said corridor", ["Elena Marsh", "Jonas Varga"]),
    ("who said * about NMC", ["Elena Marsh", "Jonas Varga", "officials"]),
    ("who said about Northern Maritime Council", ["Elena Marsh", "Jonas Varga", "officials"]),
    ("who said * about nmc", ["Elena Marsh", "Jonas Varga", "officials"]),
    ("who said * about Kessalian", ["Jonas Varga", "Elena Marsh"]),
    ("who said * about Atlantis", []),
    ("who said * about quay", ["Karl Brenner", "officials"]),
    ("who said * about \"new quay\"", ["Karl Brenner"]),
    ("who said * about NMC and not Valdoria", ["Jonas Varga", "officials"]),
    ("who said * about (Kessaly or quay) and not tariff*", ["Jonas Varga", "officials"]),
    ("what did Marsh say", ["Elena Marsh", "Elena Marsh", "Elena Marsh", "Elena Marsh"]),
    ("what did elena marsh say about Kessaly", ["Elena Marsh"]),
    (
      "what did Marsh say kind any",
      [
        "Elena Marsh", "Elena Marsh", "Elena Marsh", "Elena Marsh, Jonas Varga", "Elena Marsh",
        "Elena Marsh",
      ]
    ),
    ("what did Marsh say kind belief", ["Elena Marsh"]),
    ("what did Varga say direct", ["Jonas Varga", "Jonas Varga"]),
    ("what did \"harbour master\" say", ["harbour master"]),
    ("statements by officials", ["officials"]),
    ("statements by Ida Brenner", ["Ida Brenner"]),
    ("statements kind discussion", ["Elena Marsh, Jonas Varga"]),
    ("statements in 2024", ["Ida Brenner", "Karl Brenner", "officials"]),
    ("statements in 2025-03 by Varga", ["Jonas Varga", "Jonas Varga", "Jonas Varga"]),
    ("statements since 2025-03-14", ["Jonas Varga"]),
    ("statements until 2024", ["Ida Brenner", "Karl Brenner", "officials"]),
    ("statements sort by speaker limit 3", ["Elena Marsh", "Elena Marsh", "Elena Marsh"]),
    ("statements sort by date desc limit 2", ["Jonas Varga", "Elena Marsh"]),
    ("statements limit 0", []),
  ])
  func finds(query: String, speakers: [String]) throws {
    #expect(try column("speaker", of: query) == speakers)
  }

  @Test func sortingByDatePutsUndatedLastEitherWay() throws {
    #expect(try column("date", of: "statements sort by date").suffix(2) == ["", ""])
    #expect(try column("date", of: "statements sort by date desc").suffix(2) == ["", ""])
  }

  @Test func unknownSpeakersAreErrorsWithSuggestions() {
    #expect(
      throws: QueryError(
        message: "no one named \"Elena Mash\"", range: 9..<19,
        hint: "did you mean \"Elena Marsh\"?")
    ) { try run("what did Elena Mash say") }
    #expect(
      throws: QueryError(
        message: "no one named \"Karl\"", range: 14..<18, hint: "did you mean \"Karl Brenner\"?")
    ) { try run("statements by Karl") }
    #expect(throws: QueryError(message: "no one named \"Zed\"", range: 8..<11)) {
      try run("who met Zed")
    }
  }

  @Test func ambiguousSpeakersListTheCandidates() {
    #expect(
      throws: QueryError(
        message: "\"Brenner\" could be \"Ida Brenner\" or \"Karl Brenner\"", range: 9..<16,
        hint: "name one of them in full")
    ) { try run("what did Brenner say") }
  }

  @Test func peopleAreListedMostMentionedFirst() throws {
    let table = try run("people")
    #expect(table.columns == ["name", "aliases", "roles", "mentions", "articles"])
    #expect(table.numericColumns == [3, 4])
    #expect(
      table.rows == [
        ["Elena Marsh", "Marsh", "Valdorian Foreign Minister", "6", "3"],
        ["Jonas Varga", "Varga", "Kessalian Foreign Minister", "4", "2"],
        ["Ida Brenner", "Brenner", "Mayor of Port Avalon", "2", "1"],
        ["Karl Brenner", "Brenner", "council treasurer", "2", "1"],
      ])
  }

  @Test(arguments: [
    ("people like brenner", ["Ida Brenner", "Karl Brenner"]),
    ("people like *arsh", ["Elena Marsh"]),
    ("people sort by name desc", ["Karl Brenner", "Jonas Varga", "Ida Brenner", "Elena Marsh"]),
    ("people sort by mentions limit 1", ["Ida Brenner"]),
    ("organizations", ["Northern Maritime Council"]),
    ("organisations like nmc", ["Northern Maritime Council"]),
    ("places sort by articles desc", ["Kessaly", "Valdoria", "Port Avalon"]),
  ])
  func listsEntities(query: String, names: [String]) throws {
    #expect(try column("name", of: query) == names)
  }

  @Test func meetingsListParticipantsDatePlaceKindArticle() throws {
    #expect(
      try run("meetings with Marsh")
        == ResultTable(
          columns: ["participants", "date", "place", "kind", "article"],
          rows: [
            [
              "Elena Marsh, Jonas Varga", "2025-03-11", "Port Avalon", "meeting",
              "01_harbor_summit",
            ],
            ["Jonas Varga, Elena Marsh", "2025-03-19", "", "call", "02_grain_call"],
          ],
          rowSources: [
            RowSource(article: ArticleID(0), sentence: 0),
            RowSource(article: ArticleID(1), sentence: 0),
          ]))
    #expect(try column("participants", of: "who met Varga") == ["Elena Marsh", "Elena Marsh"])
    #expect(try column("participants", of: "who met NMC") == ["Ida Brenner"])
    #expect(try column("article", of: "meetings in 2024") == ["03_council_budget"])
    #expect(try column("article", of: "meetings sort by date desc limit 1") == ["02_grain_call"])
  }

  @Test func countsStatementsByGroup() throws {
    #expect(
      try run("count statements")
        == ResultTable(columns: ["statements"], rows: [["11"]], numericColumns: [0]))
    #expect(
      try run("count statements by speaker limit 3").rows == [
        ["Elena Marsh", "4"], ["Jonas Varga", "3"], ["Ida Brenner", "1"],
      ])
    #expect(
      try run("count statements by month kind any").rows == [
        ["2024-10", "3"], ["2025-03", "8"], ["", "2"],
      ])
    #expect(try run("count statements by cue sort by cue desc").rows.first == ["warned", "1"])
    #expect(
      try run("count statements by source").rows == [
        ["Meridian News Agency", "8"], ["", "2"], ["Coastal Herald", "1"],
      ])
    #expect(try run("count statements by kind kind any").rows.first == ["direct", "6"])
  }
}
