import Foundation
@testable import HearsayCore
import Testing

/// Sentences keep slices of their article's text and fold its spaces when shown; the corpus
/// snapshot is read back in pieces, whatever their size.
@Suite struct SentenceTextTests {
  @Test(arguments: [
    ("  The plan\n  will\u{A0}fail. ", "The plan will fail."),
    ("It cost £5 million.", "It cost £5 million."),
    ("Two  spaces\tand a tab", "Two spaces and a tab"),
    ("line\r\nbreak ", "line break"),
    ("", ""),
    (" ", ""),
  ])
  func spacesAreFoldedAsSentencesShowThem(_ written: String, _ shown: String) {
    #expect(SpaceFolding.fold(written) == shown)
    #expect(SpaceFolding.fold(Substring(written)) == shown)
    let padded = "«" + written + "»"
    let slice = padded.dropFirst().dropLast()
    #expect(SpaceFolding.fold(slice) == shown)
  }

  @Test func aSliceAndAnOwnedCopyShowTheSameText() throws {
    let written = "She said  the port\nwould open."
    let text = "Header\n\n" + written + " Then he left."
    let offset = 8
    let length = written.utf8.count
    let slice = try #require(Sentence.slice(of: text, bytes: offset..<(offset + length)))
    #expect(slice == written)
    let span = TextSpan(start: offset, end: offset + length)
    let sliced = Sentence(index: 0, span: span, slice: slice)
    let owned = Sentence(index: 0, span: span, text: "She said the port would open.")
    #expect(sliced.text == "She said the port would open.")
    #expect(sliced == owned)
    #expect(sliced.hashValue == owned.hashValue)
    #expect(sliced.byteRange == offset..<(offset + length))
    #expect(owned.byteRange == nil)
  }

  @Test func aSliceMustNotSplitACodePoint() {
    let text = "Zürich"  // ü is two bytes: offsets 1 and 2
    #expect(Sentence.slice(of: text, bytes: 0..<1) == "Z")
    #expect(Sentence.slice(of: text, bytes: 0..<2) == nil)
    #expect(Sentence.slice(of: text, bytes: 2..<4) == nil)
    #expect(Sentence.slice(of: text, bytes: 3..<7) == "rich")
    #expect(Sentence.slice(of: text, bytes: 3..<8) == nil)
  }

  @Test func extractedSentencesShareTheirArticlesText() throws {
    let outcome = CorpusLoader().load(paths: [SnapshotCacheTests.examples])
    let sentences = outcome.corpus.articles.flatMap { article in
      article.sentences.map { (article, $0) }
    }
    #expect(sentences.count > 50)
    for (article, sentence) in sentences {
      let range = try #require(sentence.byteRange)
      let bytes = Array(article.text.utf8)[range]
      #expect(sentence.text == SpaceFolding.fold(String(decoding: bytes, as: UTF8.self)))
    }
  }

  @Test func theContentHashOfPiecesIsTheHashOfTheWhole() {
    let bytes = (0..<53).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
    let whole = ContentHash.hash(bytes)
    for first in 0...bytes.count {
      for second in first...bytes.count where (first + second) % 3 == 0 {
        var stream = ContentHash.Stream(length: bytes.count)
        stream.add(bytes[..<first])
        stream.add(bytes[first..<second])
        stream.add(bytes[second...])
        #expect(stream.hash == whole, "cut at \(first) and \(second)")
      }
    }
    var short = ContentHash.Stream(length: 52)
    short.add(bytes.prefix(52))
    #expect(short.hash != whole)
  }

  @Test(arguments: [1, 1000, CorpusSnapshot.readSize])
  func theCorpusSnapshotReadsBackInPiecesOfAnySize(readSize: Int) throws {
    let folder = try LoadingFolder()
    for number in 0..<40 {
      try folder.write(
        "articles/\(number).txt",
        "Harbour talks \(number)\n\nAnna Berg said the port\nwould open in \(number) days.\n"
          + "“We are  ready,” Tom Lake said.\n")
    }
    let corpus = CorpusLoader().load(paths: [folder.child("articles")]).corpus
    #expect(corpus.articles.count == 40)
    #expect(corpus.statements.count >= 40)
    let files = [CorpusSnapshot.File(path: "a", fingerprint: FileFingerprint(size: 1, modified: 2, hash: 3))]
    let chunks = CorpusSnapshot.encode(
      stamp: "s", key: "k", files: files, problems: [[]], corpus: corpus)
    let path = try folder.write("corpus", bytes: chunks.flatMap { $0 })
    let opened = try #require(SnapshotReader.open(path))
    let reader = try opened.get()
    guard case .valid(let decoded, let problems) = CorpusSnapshot.open(
      reader, stamp: "s", key: "k", files: files, readSize: readSize)
    else {
      Issue.record("the snapshot did not open")
      return
    }
    #expect(problems == [[]])
    let read = decoded.corpus()
    var expected = ""
    var actual = ""
    dump(corpus.articles, to: &expected)
    dump(corpus.entities, to: &expected)
    dump(corpus.statements, to: &expected)
    dump(corpus.meetings, to: &expected)
    dump(read.articles, to: &actual)
    dump(read.entities, to: &actual)
    dump(read.statements, to: &actual)
    dump(read.meetings, to: &actual)
    #expect(actual == expected)
    #expect(read.articles.map { $0.sentences.map(\.text) } == corpus.articles.map { $0.sentences.map(\.text) })
  }
}
