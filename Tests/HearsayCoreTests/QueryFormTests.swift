import HearsayCore
import Testing

/// The forms, filters and stages beyond the first cut, on the fictional articles in `examples/`:
/// where rows come from, what `context` shows, and the help's examples.
@Suite struct QueryFormTests {
  let corpus = QueryExampleCorpus.corpus

  private func run(_ query: String, after previous: ResultTable? = nil) throws -> ResultTable {
    try QueryEngine.run(query, on: corpus, previous: previous)
  }

  private func column(_ name: String, of query: String) throws -> [String] {
    let table = try run(query)
    let index = try #require(table.columns.firstIndex(of: name), "\(table.columns)")
    return table.rows.map { $0[index] }
  }

  /// Each row: a query and the column it is checked on, with the cells expected.
  @Test(arguments: [
    (
      "who mentioned Okafor", "article",
      [
        "02_city_council_budget", "08_mayors_bus_ticket", "08_mayors_bus_ticket",
      ]
    ),
    ("who mentioned NMC", "sentence", ["2", "5"]),
    ("who mentioned Northern Maritime Council", "sentence", ["2", "5"]),
    (
      "who mentioned port avalon in 2025 | count by article", "article",
      [
        "01_harbor_summit", "04_steel_tariff_talks",
      ]
    ),
    ("who mentioned Lisbury and not Okafor", "sentence", ["0", "4", "2"]),
    ("who discussed Grey Sound", "speaker", ["Elena Marsh, Jonas Varga"]),
    ("who discussed Grey Sound from examples", "cue", ["exchanged views"]),
    ("articles mentioning NMC", "article", ["01_harbor_summit"]),
    ("articles about Lisbury", "statements", ["1", "2"]),
    (
      "articles in 2025 sort by date desc limit 2", "article",
      [
        "09_offshore_wind_farm", "04_steel_tariff_talks",
      ]
    ),
    ("articles from Avalon Sports Desk", "article", ["06_rovers_new_coach"]),
    ("statements from Meridian News Agency direct", "speaker", ["Sofia Brandt", "Sofia Brandt"]),
    ("statements from meridian | count by article", "count", ["6", "3"]),
    (
      "who said * from examples in 2025-05 indirect", "speaker",
      [
        "Tomas Reyes", "Ingrid Sova", "officials from both sides",
      ]
    ),
    ("people from Coastal Herald", "name", ["Tomas Reyes", "Ingrid Sova", "Paul Dreyer"]),
    ("top 2 speakers direct", "speaker", ["Sofia Brandt", "Adrian Kell"]),
    ("top 2 topics", "topic", ["Port Avalon", "Lisbury"]),
    ("top 2 topics about Lisbury", "topic", ["Port Avalon"]),
    ("count statements by topic about NMC", "topic", ["Northern Maritime Council"]),
    ("show 04_steel_tariff_talks | where statements != \"\" | limit 2", "sentence", ["1", "2"]),
    ("show examples/01_harbor_summit.txt | limit 1", "sentence", ["0"]),
    ("who said * | where speaker = ruth okafor", "cue", ["told", "said", "said"]),
    ("who said * | sort by date | limit 1", "article", ["07_flu_season_warning"]),
    (
      "who said * | count by article | sort by count desc | limit 1", "article",
      [
        "01_harbor_summit"
      ]
    ),
    (
      "statements with spans | where kind = direct | count by as_written | top 1", "count",
      [
        "2"
      ]
    ),
  ])
  func finds(query: String, column name: String, cells: [String]) throws {
    #expect(try column(name, of: query) == cells)
  }

  @Test func statementRowsKnowTheirSentence() throws {
    let table = try run("what did Varga say")
    #expect(table.rowSources.map { $0?.sentence } == [4, 5])
    let article = try #require(table.rowSources.first??.article)
    #expect(corpus.article(article).name == "01_harbor_summit")
  }

  @Test func countsAndEntitiesComeFromNoOneSentence() throws {
    #expect(try run("count statements by speaker").rowSources.allSatisfy { $0 == nil })
    #expect(try run("people").rowSources.allSatisfy { $0 == nil })
    #expect(try run("who said * | count by speaker").rowSources.isEmpty)
  }

  @Test func stagesKeepRowSourcesInStep() throws {
    let sorted = try run("who said * about NMC | sort by speaker desc")
    #expect(sorted.rows.map { $0[0] } == ["Jonas Varga", "Elena Marsh"])
    #expect(sorted.rowSources.map { $0?.sentence } == [5, 2])
    let context = try run("context 1", after: sorted)
    #expect(context.rows.first { $0[2] == "*" }?[1] == "5")
  }

  @Test func contextShowsTwoSentencesEitherSideWithinTheArticle() throws {
    let show = try run("show 09_offshore_wind_farm")
    let last = show.rows.count
    let context = try run("context \(last)", after: show)
    #expect(context.columns == ["article", "sentence", "focus", "text", "statements"])
    #expect(context.rows.map { $0[1] } == (last - 3..<last).map(String.init))
    #expect(context.rows.map { $0[2] } == ["", "", "*"])
  }

  @Test func showMarksContentsAndListsCues() throws {
    let table = try run("show 03_grain_route_call")
    #expect(table.columns == ["sentence", "text", "statements"])
    let marked = table.rows.filter { $0[1].contains("«") }
    #expect(!marked.isEmpty)
    #expect(
      marked.allSatisfy { $0[1].filter { $0 == "«" }.count == $0[1].filter { $0 == "»" }.count })
    #expect(table.rows.contains { $0[2].contains("Lena Vasko said (direct)") })
  }

  @Test func withSpansAddsKindSpeakerAsWrittenSentenceAndSpans() throws {
    let table = try run("what did Okafor say with spans")
    #expect(
      table.columns == [
        "speaker", "cue", "statement", "article", "date", "kind", "as_written", "sentence",
        "source_span", "cue_span", "content_span",
      ])
    for (row, source) in zip(table.rows, table.rowSources) {
      #expect(row[7] == source.map { String($0.sentence) })
      let parts = row[10].split(separator: "-").compactMap { Int($0) }
      #expect(parts.count == 2)
      let article = try #require(source.map { corpus.article($0.article) })
      let text = Array(article.text.unicodeScalars)
      let content = String(String.UnicodeScalarView(text[parts[0]..<parts[1]]))
      #expect(content == row[2])
    }
  }

  @Test func sourcesAndArticlesThatDoNotExistAreErrorsWithSuggestions() {
    #expect(
      throws: QueryError(
        message: "no source named \"Coastal Herlad\"", range: 16..<30,
        hint: "did you mean \"Coastal Herald\"?")
    ) { try run("statements from Coastal Herlad") }
    #expect(
      throws: QueryError(
        message: "no article named \"09_offshore_windfarm\"", range: 5..<25,
        hint: "did you mean \"09_offshore_wind_farm\"?")
    ) { try run("show 09_offshore_windfarm") }
  }

  @Test func contextNeedsARowWithASentence() throws {
    #expect(
      throws: QueryError(
        message: "'context' needs a previous result", range: 8..<9,
        hint: "run a query first, such as who said * about NMC, then context 1")
    ) { try run("context 1") }
    let empty = try run("who said * about Atlantis")
    #expect(
      throws: QueryError(
        message: "the previous result has no row 1", range: 8..<9, hint: "it has no rows")
    ) {
      try run("context 1", after: empty)
    }
    let counts = try run("count statements by speaker")
    #expect(throws: QueryError.self) { try run("context 0", after: counts) }
  }

  @Test func columnsInStagesAreCheckedWithSuggestions() {
    #expect(
      throws: QueryError(
        message: "no column named \"speakers\"", range: 22..<30, hint: "did you mean 'speaker'?")
    ) { try run("who said * | count by speakers") }
    #expect(
      throws: QueryError(
        message: "no column named \"x\"", range: 40..<41,
        hint: "the columns are 'speaker' and 'count'")
    ) { try run("who said * | count by speaker | sort by x") }
  }

  /// The `.help` examples parse and answer on the example articles (`context 1` after one).
  @Test func everyHelpExampleRuns() throws {
    var previous: ResultTable?
    for entry in QueryHelp.forms + QueryHelp.clauses + QueryHelp.stages {
      let example = entry.example.hasPrefix("|") ? "statements " + entry.example : entry.example
      previous = try QueryEngine.run(example, on: corpus, previous: previous)
      #expect(!entry.syntax.isEmpty && !entry.summary.isEmpty)
    }
  }

  @Test func theWordIndexesAreBuiltOnceFromManyThreads() async throws {
    let corpus = CorpusLoader(parallelism: 1).load(paths: [QueryExampleCorpus.folder.path]).corpus
    let counts = await withTaskGroup(of: Int.self) { group in
      for _ in 0..<8 {
        group.addTask {
          corpus.prepareSearch()
          return (try? QueryEngine.run("who mentioned Port Avalon", on: corpus).rows.count) ?? -1
        }
      }
      return await group.reduce(into: []) { $0.append($1) }
    }
    #expect(Set(counts) == [10])
  }
}
