import Synchronization
import Testing

@testable import HearsayCore

/// The shortcuts taken for query latency give what the plain ways gave: tables written in
/// pieces, on several threads, are the same bytes as written whole; phrases remembered are the
/// phrases read; articles found without reading their own entity's sentences are the same.
@Suite struct QueryLatencyTests {
  /// Cells with what the formats change (controls, tabs, line breaks, commas, quotes, C1 and
  /// bidirectional controls, line separators) at the end of a cell as well as inside.
  static let cells = RenderBufferTests.cells + RenderBufferTests.cells.map { "abc " + $0 }

  /// Rows enough for several rounds of pieces, each cell from `cells`.
  static let builtTable: ResultTable = {
    let rows = (0..<(OutputFormat.rowsPerPiece * 5 + 17)).map { row -> [String] in
      [String(row), cells[row % cells.count], cells[(row * 7) % cells.count]]
    }
    return ResultTable(columns: ["n", "a", "b"], rows: rows, numericColumns: [0])
  }()

  /// A lazy statement table of the test corpus, its statements over and over.
  static let lazyTable: ResultTable = {
    let corpus = QueryTestCorpus.corpus
    let count = corpus.statements.count
    let found = (0..<(OutputFormat.rowsPerPiece * 3 + 5)).map { $0 % count }
    return QueryEvaluator.statementTable(
      found, sort: nil, limit: nil, spans: false, corpus: corpus)
  }()

  static func pieces(_ format: OutputFormat, _ table: ResultTable, headers: Bool) -> [[UInt8]] {
    var buffer = RenderBuffer()
    var pieces: [[UInt8]] = []
    // Twice into the same buffer: what a first result leaves in it must not show in the next.
    for _ in 0..<2 {
      pieces = []
      format.render(table, options: RenderOptions(headers: headers), into: &buffer) { bytes in
        pieces.append(bytes)
        return true
      }
    }
    return pieces
  }

  @Test(arguments: [OutputFormat.tsv, .csv, .json, .markdown], [true, false])
  func piecesAreTheWholeRendering(format: OutputFormat, headers: Bool) {
    for table in [Self.builtTable, Self.lazyTable] {
      let whole = format.render(table, options: RenderOptions(headers: headers))
      let pieces = Self.pieces(format, table, headers: headers)
      #expect(String(decoding: pieces.joined(), as: UTF8.self) == whole)
      if format == .tsv || format == .csv {
        #expect(pieces.count > 3)
      }
    }
  }

  @Test func writingStopsWhenTheReaderIsGone() {
    var buffer = RenderBuffer()
    var writes = 0
    OutputFormat.tsv.render(Self.builtTable, options: RenderOptions(), into: &buffer) { _ in
      writes += 1
      return writes < 2
    }
    #expect(writes == 2)
  }

  @Test func smallTablesAreOnePiece() {
    let table = ResultTable(columns: ["a"], rows: [["x"], ["y"]])
    #expect(Self.pieces(.tsv, table, headers: true) == [Array("a\nx\ny\n".utf8)])
    #expect(Self.pieces(.tsv, ResultTable(columns: [], rows: []), headers: true).isEmpty)
  }

  @Test func phrasesRememberedAreThePhrasesRead() {
    let phrases = ConfirmedPhrases()
    let read = Mutex<[[UInt32]]>([])
    func evens(_ texts: [UInt32]) -> [UInt32] {
      read.withLock { $0.append(texts) }
      return texts.filter { $0 % 2 == 0 }
    }
    let key = Array("third party".utf8)
    #expect(phrases.texts([1, 2, 3, 4, 8], holding: key, confirm: evens) == [2, 4, 8])
    #expect(phrases.texts([2, 3, 4, 5, 6, 10], holding: key, confirm: evens) == [2, 4, 6, 10])
    #expect(phrases.texts([3, 4, 6], holding: key, confirm: evens) == [4, 6])
    #expect(phrases.texts([], holding: key, confirm: evens) == [])
    // Another phrase is read for itself.
    #expect(phrases.texts([3, 4], holding: Array("party".utf8), confirm: evens) == [4])
    #expect(read.withLock { $0 } == [[1, 2, 3, 4, 8], [5, 6, 10], [3, 4]])
  }

  @Test func patternKeysTellPatternsApart() {
    #expect(TextPattern("Third-Party").key == TextPattern("third party").key)
    #expect(TextPattern("tariff*").key != TextPattern("tariff").key)
    #expect(TextPattern("tariff**").key == TextPattern("tariff*").key)
  }

  /// `articles mentioning` skips the sentences of the articles its entities are found in; the
  /// articles are still those of every sentence `who mentioned` finds, and the entities' own.
  @Test(arguments: ["Marsh", "Valdoria", "NMC", "Okafor", "Lisbury", "forum", "river*"])
  func articlesMentioningAreThoseOfTheSentences(name: String) throws {
    let corpus = QueryExampleCorpus.corpus
    let sentences = try QueryEngine.run("who mentioned \(name)", on: corpus)
    var expected = Set(sentences.rows.map { $0[0] })
    if !name.contains("*") {
      for entity in corpus.entities(named: name) {
        expected.formUnion(entity.articles.map { corpus.articleNames[$0.rawValue] })
      }
    }
    let articles = try QueryEngine.run("articles mentioning \(name)", on: corpus)
    #expect(Set(articles.rows.map { $0[0] }) == expected)
    #expect(articles.rows.count == expected.count)
  }

  /// Asked twice, a phrase search answers the same, from what it remembers the second time.
  @Test(arguments: [
    "who mentioned \"Northern Maritime\"", "who said \"shipping corridor\"",
    "who mentioned Valdoria", "articles mentioning \"grain route\"",
  ])
  func repeatedSearchesAnswerTheSame(query: String) throws {
    let corpus = QueryExampleCorpus.corpus
    let first = try QueryEngine.run(query, on: corpus)
    let second = try QueryEngine.run(query, on: corpus)
    #expect(first == second)
    #expect(!first.rows.isEmpty)
  }

  /// `count by` counts cells by their bytes: spellings `String` takes as equal stay apart
  /// before folding, the first met shown.
  @Test func countByKeepsTheFirstSpelling() throws {
    let corpus = QueryExampleCorpus.corpus
    let counted = try QueryEngine.run("who said * | count by cue", on: corpus)
    let listed = try QueryEngine.run("who said *", on: corpus)
    var counts: [String: Int] = [:]
    for row in listed.rows { counts[NameFolding.fold(row[1]), default: 0] += 1 }
    #expect(counted.rows.count == counts.count)
    for row in counted.rows {
      #expect(counts[NameFolding.fold(row[0])] == Int(row[1]))
    }
  }
}
