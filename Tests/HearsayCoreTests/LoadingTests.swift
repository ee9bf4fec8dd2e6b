import Foundation
@testable import HearsayCore
import Testing

/// A fresh folder under the system's temporary folder for loader fixtures, removed when the
/// value is released.
final class LoadingFolder {
  let path: String

  init() throws {
    var template = Array((NSTemporaryDirectory() + "hearsay-load-XXXXXX").utf8CString)
    guard let made = mkdtemp(&template) else { throw CocoaError(.fileWriteUnknown) }
    path = String(cString: made)
  }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }

  /// The path of a name inside the folder.
  func child(_ name: String) -> String { path + "/" + name }

  /// Writes text as UTF-8 and returns the file's path.
  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    try write(name, bytes: Array(text.utf8))
  }

  /// Writes bytes as they are and returns the file's path.
  @discardableResult
  func write(_ name: String, bytes: [UInt8]) throws -> String {
    let file = child(name)
    try FileManager.default.createDirectory(
      atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data(bytes).write(to: URL(fileURLWithPath: file))
    return file
  }

  @discardableResult
  func makeFolder(_ name: String) throws -> String {
    try FileManager.default.createDirectory(atPath: child(name), withIntermediateDirectories: true)
    return child(name)
  }

  /// Makes `name` a symbolic link whose target is `target`, as written (relative or absolute).
  func link(_ name: String, to target: String) throws {
    try FileManager.default.createSymbolicLink(atPath: child(name), withDestinationPath: target)
  }

  func makeFIFO(_ name: String) throws {
    guard mkfifo(child(name), 0o600) == 0 else { throw CocoaError(.fileWriteUnknown) }
  }

  /// Loads names inside the folder (the folder itself when none are given).
  func load(_ names: String..., parallelism: Int = 0) -> LoadOutcome {
    CorpusLoader(parallelism: parallelism).load(paths: names.isEmpty ? [path] : names.map(child))
  }
}

/// The code-point offset where `needle` first starts in `text`.
func codePointOffset(of needle: String, in text: String) -> Int? {
  guard let range = text.range(of: needle) else { return nil }
  return text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound)
}

@Suite struct LoadingTests {
  @Test func datedTextHasItsDateTitleAndBody() throws {
    let folder = try LoadingFolder()
    let header = " date 2024-10-31 Café owners meet in Zürich"
    let text = header + "\n\nThe owners met on Monday.Mayor Elena Marsh said rents would rise.\n"
    try folder.write("000_cafe.txt", text)
    let outcome = folder.load("000_cafe.txt")
    #expect(outcome.problems == [])
    let article = try #require(outcome.corpus.articles.first)
    #expect(outcome.corpus.articles.count == 1)
    #expect(article.path == folder.child("000_cafe.txt"))
    #expect(article.format == .datedText)
    #expect(article.date == CalendarDate(year: 2024, month: 10, day: 31))
    #expect(article.title == "Café owners meet in Zürich")
    #expect(article.text == text)
    #expect(article.bodyStart == header.unicodeScalars.count + 2)
    #expect(article.bodyStart == codePointOffset(of: "The owners", in: text))
    #expect(
      article.sentences.map(\.text) == [
        "The owners met on Monday.", "Mayor Elena Marsh said rents would rise.",
      ])
    let first = try #require(article.sentences.first)
    #expect(first.span == TextSpan(start: article.bodyStart, end: article.bodyStart + 25))
  }

  @Test func aDatedHeaderWithABadDateWarnsAndKeepsTheTitle() throws {
    let folder = try LoadingFolder()
    try folder.write("bad.txt", " date 2024-02-30 Leap day talks\n\nThey talked.\n")
    let outcome = folder.load("bad.txt")
    #expect(
      outcome.problems == [
        LoadProblem(
          path: folder.child("bad.txt"), reason: "invalid date '2024-02-30' in header; article has no date",
          severity: .warning)
      ])
    let article = try #require(outcome.corpus.articles.first)
    #expect(article.date == nil)
    #expect(article.title == "Leap day talks")
  }

  @Test func plainTextTakesItsFirstLineAsTitle() throws {
    let folder = try LoadingFolder()
    let text = "Port fees rise\n\nThe board approved the rise on Friday. Traders objected.\n"
    try folder.write("fees.txt", text)
    let outcome = folder.load("fees.txt")
    #expect(outcome.problems == [])
    let article = try #require(outcome.corpus.articles.first)
    #expect(article.format == .plainText)
    #expect(article.date == nil)
    #expect(article.title == "Port fees rise")
    #expect(article.source == nil)
    #expect(article.bodyStart == 16)
    #expect(
      article.sentences.map(\.text).suffix(2) == [
        "The board approved the rise on Friday.", "Traders objected.",
      ])
  }

  /// Each row: a text with no title line, which is all body.
  @Test(arguments: [
    "The board approved the rise on Friday. Traders objected.\n",
    "The board approved the rise on Friday.\nTraders objected.\n",
    "One line without a newline.",
  ])
  func textWithoutATitleLineIsAllBody(text: String) throws {
    let folder = try LoadingFolder()
    try folder.write("body.txt", text)
    let outcome = folder.load("body.txt")
    #expect(outcome.problems == [])
    let article = try #require(outcome.corpus.articles.first)
    #expect(article.title == "")
    #expect(article.bodyStart == 0)
    #expect(article.sentences.first?.span.start == 0)
  }

  @Test func markdownFrontMatterGivesTitleDateAndSource() throws {
    let folder = try LoadingFolder()
    let text = """
      ---
      title: "Harbour council \\u2013 March\\_session"
      date: '2025-03-04'
      source: Harbour Gazette   # the weekly
      summary: >
        A folded
        summary.
      tags:
        - harbour
        - council
      ---

      The council met on Tuesday.
      Mayor Elena Marsh said the fees would rise
      by five percent.

      """
    try folder.write("2025-03-04-council.md", text)
    let outcome = folder.load("2025-03-04-council.md")
    #expect(outcome.problems == [])
    let article = try #require(outcome.corpus.articles.first)
    #expect(article.format == .markdown)
    #expect(article.title == "Harbour council \u{2013} March\u{00A0}session")
    #expect(article.date == CalendarDate(year: 2025, month: 3, day: 4))
    #expect(article.source == "Harbour Gazette")
    #expect(article.bodyStart == codePointOffset(of: "The council", in: text))
    #expect(
      article.sentences.map(\.text) == [
        "The council met on Tuesday.", "Mayor Elena Marsh said the fees would rise by five percent.",
      ])
  }

  @Test func markdownTitlesFoldOverLines() throws {
    let folder = try LoadingFolder()
    let text = """
      ---
      date: 2024-10-10 17:11:52-04:00
      title: "Statement on the Harbour Council and the U.S.\\
        \\ Coast Guard"
      ---
      The statement was brief.

      """
    try folder.write("folded.md", text)
    let article = try #require(folder.load("folded.md").corpus.articles.first)
    #expect(article.title == "Statement on the Harbour Council and the U.S. Coast Guard")
    #expect(article.date == CalendarDate(year: 2024, month: 10, day: 10))
  }

  @Test func unclosedFrontMatterWarnsAndReadsThePlainText() throws {
    let folder = try LoadingFolder()
    try folder.write("open.md", "---\ntitle: Unclosed\ndate: 2024-01-02\n\nThe body follows here.\n")
    let outcome = folder.load("open.md")
    #expect(
      outcome.problems == [
        LoadProblem(
          path: folder.child("open.md"),
          reason: "front matter opened by --- on line 1 is never closed; read as plain text",
          severity: .warning)
      ])
    let article = try #require(outcome.corpus.articles.first)
    #expect(article.format == .plainText)
    #expect(article.date == nil)
    #expect(article.sentences.map(\.text).last == "The body follows here.")
  }

  @Test func aMalformedFrontMatterDateWarnsAndLeavesNoDate() throws {
    let folder = try LoadingFolder()
    try folder.write("baddate.md", "---\ntitle: Bad date\ndate: 2024-13-45\n---\nThe body.\n")
    let outcome = folder.load("baddate.md")
    #expect(
      outcome.problems == [
        LoadProblem(
          path: folder.child("baddate.md"),
          reason: "invalid date '2024-13-45' in front matter; article has no date", severity: .warning)
      ])
    let article = try #require(outcome.corpus.articles.first)
    #expect(article.date == nil)
    #expect(article.title == "Bad date")
  }

  @Test func aMarkdownFileWithCRLFAndAByteOrderMarkLoads() throws {
    let folder = try LoadingFolder()
    let text = "---\r\ntitle: Windows notes\r\ndate: 2024-06-01\r\n---\r\nIt was written\r\non Windows. It loads.\r\n"
    try folder.write("crlf.md", bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
    let outcome = folder.load("crlf.md")
    #expect(outcome.problems == [])
    let article = try #require(outcome.corpus.articles.first)
    #expect(article.title == "Windows notes")
    #expect(article.date == CalendarDate(year: 2024, month: 6, day: 1))
    #expect(article.text == text)
    #expect(article.sentences.map(\.text) == ["It was written on Windows.", "It loads."])
  }
}
