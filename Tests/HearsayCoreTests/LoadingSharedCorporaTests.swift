import Foundation
@testable import HearsayCore
import Testing

/// Loads the read-only material beside the repository (`../shared`), when it is there.
@Suite struct LoadingSharedCorporaTests {
  /// `../shared` relative to the repository root.
  static let shared = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared").path

  static let seed = shared + "/seed"
  static let bbc = shared + "/corpora/bbc"

  static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

  @Test(.enabled(if: exists(seed), "../shared/seed is missing; the seed article cannot be checked"))
  func theSeedArticleLoads() throws {
    let outcome = CorpusLoader().load(paths: [Self.seed])
    #expect(outcome.problems == [])
    #expect(outcome.corpus.articles.count == 1)
    let article = try #require(outcome.corpus.articles.first)
    #expect(article.format == .datedText)
    #expect(article.date == CalendarDate(year: 2024, month: 10, day: 31))
    #expect(article.title == "Chinese FM meets with Russian deputy FM in Beijing")
    #expect(article.source == "Xinhua-Global Times")

    // The body is ten sentences glued together on one line: nine, then the credit line that
    // extraction takes as the source.
    let bytes = Array(article.text.utf8)
    let bodyStart = article.text.unicodeScalars.prefix(article.bodyStart).reduce(0) { $0 + UTF8.width($1) }
    let ranges = SentenceSplitter().split(bytes, from: bodyStart, to: bytes.count)
    #expect(ranges.count == 10)
    let last = try #require(ranges.last)
    #expect(String(decoding: bytes[last.start..<last.end], as: UTF8.self) == "Xinhua-Global Times")
    #expect(article.sentences.count == 9)
    for sentence in article.sentences {
      #expect(sentence.text.last == ".", "sentence \(sentence.index) does not end at a full stop")
      #expect(!Self.hasGluedBoundary(sentence.text), "sentence \(sentence.index) holds a glued boundary")
    }
  }

  /// Whether a lowercase letter, a full stop and a capital stand together: `Beijing.Wang`.
  static func hasGluedBoundary(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count >= 3 else { return false }
    for i in 1..<(bytes.count - 1) where bytes[i] == UInt8(ascii: ".") {
      if ByteClass.isLower(bytes[i - 1]) && ByteClass.isUpper(bytes[i + 1]) { return true }
    }
    return false
  }

  @Test(.enabled(if: exists(bbc), "../shared/corpora/bbc is missing; the BBC corpus cannot be checked"))
  func theBBCCorpusLoadsWithOneFallbackWarning() throws {
    let outcome = CorpusLoader().load(paths: [Self.bbc])
    #expect(outcome.corpus.articles.count == 2_225)
    #expect(outcome.filesRead == 2_225)
    #expect(
      outcome.problems == [
        LoadProblem(
          path: Self.bbc + "/sport/199.txt", reason: "not valid UTF-8; decoded as Windows-1252",
          severity: .warning)
      ])
    #expect(outcome.corpus.articles.allSatisfy { $0.format == .plainText && !$0.title.isEmpty })
    #expect(outcome.corpus.articles.allSatisfy { !$0.sentences.isEmpty })
    let pound = try #require(outcome.corpus.articles.first { $0.path.hasSuffix("sport/199.txt") })
    #expect(pound.text.contains("\u{00A3}"))
  }
}
