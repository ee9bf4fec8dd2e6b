import Foundation
import HearsayCore
import Testing

/// The queries issue 4 is done by, on the seed article in `../shared/seed`.
///
/// Each row is a query and the rows it must give (first columns only). Skipped when the shared
/// folder is missing.
@Suite struct QuerySeedTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("shared/seed")
  static let corpus: Corpus? =
    FileManager.default.fileExists(atPath: folder.path)
    ? CorpusLoader(parallelism: 1).load(paths: [folder.path]).corpus : nil

  @Test(arguments: [
    ("who said * about SCO", [["Wang Yi"]]),
    ("what did Wang Yi say about BRICS", [["Wang Yi", "noted"]]),
    ("who said \"third party\"", [["Wang Yi"]]),
    ("who met Rudenko", [["Wang Yi", "2024-10-30", "Beijing"]]),
    ("count statements by speaker", [["Wang Yi", "6"], ["Andrey Rudenko", "2"]]),
    ("who said * about \"Shanghai Cooperation Organisation\"", [["Wang Yi"]]),
    ("who said * about Shanghai Cooperation Organisation", [["Wang Yi"]]),
    ("who said * about Atlantis", []),
    ("who said * about Global South", [["Wang Yi"]]),
    ("what did wang yi say about brics", [["Wang Yi", "noted"]]),
    ("top 1 speakers", [["Wang Yi", "6"]]),
    ("who said * about Russia | count by speaker", [["Wang Yi", "5"], ["Andrey Rudenko", "1"]]),
  ])
  func answers(query: String, rows: [[String]]) throws {
    let corpus = try #require(Self.corpus, "../shared/seed not found")
    let table = try QueryEngine.run(query, on: corpus)
    let width = rows.first?.count ?? 0
    #expect(table.rows.map { Array($0.prefix(width)) } == rows)
  }

  @Test func aMisspeltKeywordIsAnErrorNamingTheWord() throws {
    let corpus = try #require(Self.corpus, "../shared/seed not found")
    #expect(
      throws: QueryError(
        message: "expected 'said' after 'who'", range: 4..<7, hint: "did you mean 'said'?")
    ) { try QueryEngine.run("who sed * about SCO", on: corpus) }
  }

  @Test func whoMentionedFindsSentencesWithoutStatements() throws {
    let corpus = try #require(Self.corpus, "../shared/seed not found")
    let table = try QueryEngine.run("who mentioned Ukraine", on: corpus)
    #expect(table.rows.count == 1)
    #expect(table.rows.first?.last?.hasPrefix("They exchanged views on the Ukraine crisis") == true)
    #expect(try QueryEngine.run("who discussed Ukraine", on: corpus).rows.count == 1)
  }
}
