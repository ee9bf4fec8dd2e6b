@testable import HearsayCore
import Testing

/// Files holding several articles: Reuters SGML records, JSON arrays and JSON lines.
@Suite struct LoadingRecordFormatTests {
  static let firstRecord = """
    <REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="100" NEWID="7">
    <DATE>26-FEB-1987 15:01:01.79</DATE>
    <TOPICS></TOPICS>
    <TEXT>&#2;
    <TITLE>HARBOUR BOARD &lt;HBX> RAISES FEES</TITLE>
    <DATELINE>    PORT AVALON, Feb 26 - </DATELINE><BODY>The harbour board said it would raise
    berth fees by five pct from April.
        Chairman Tom Reed said the rise was needed &amp; overdue.
     Reuter
    &#3;</BODY></TEXT>
    </REUTERS>

    """

  static let secondRecord = """
    <REUTERS TOPICS="NO" NEWID="8">
    <DATE> 5-MAR-1987 09:12:44.10&#9;&#9;&#9;F</DATE>
    <TEXT>&#2;
    <TITLE>SECOND RECORD</TITLE>
    <BODY>Traders said volumes fell.
     REUTER
    &#3;</BODY></TEXT>
    </REUTERS>

    """

  @Test func reutersRecordsBecomeArticles() throws {
    let folder = try LoadingFolder()
    let file = try folder.write(
      "wire.sgm", "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n" + Self.firstRecord + Self.secondRecord)
    let outcome = folder.load("wire.sgm")
    #expect(outcome.problems == [])
    let articles = outcome.corpus.articles
    #expect(articles.map(\.path) == [file + "#7", file + "#8"])
    #expect(articles.map(\.format) == [.reutersSGML, .reutersSGML])
    #expect(
      articles.map(\.date) == [
        CalendarDate(year: 1987, month: 2, day: 26), CalendarDate(year: 1987, month: 3, day: 5),
      ])
    #expect(articles.map(\.title) == ["HARBOUR BOARD <HBX> RAISES FEES", "SECOND RECORD"])
    #expect(articles.map(\.source) == ["Reuters", "Reuters"])
    let first = try #require(articles.first)
    #expect(
      first.text == """
        HARBOUR BOARD <HBX> RAISES FEES

        The harbour board said it would raise
        berth fees by five pct from April.
            Chairman Tom Reed said the rise was needed & overdue.

        """)
    #expect(first.bodyStart == 33)
    #expect(
      first.sentences.map(\.text) == [
        "The harbour board said it would raise berth fees by five pct from April.",
        "Chairman Tom Reed said the rise was needed & overdue.",
      ])
  }

  @Test func aTruncatedLastRecordIsReportedAndTheOthersLoad() throws {
    let folder = try LoadingFolder()
    let cut = "<REUTERS NEWID=\"9\">\n<DATE>27-FEB-1987 10:00:00.00</DATE>\n<TEXT><TITLE>CUT OFF"
    let file = try folder.write("reut2-cut.sgm", Self.firstRecord + cut)
    let outcome = folder.load("reut2-cut.sgm")
    #expect(
      outcome.problems == [
        LoadProblem(
          path: file, reason: "record 2 is not closed by </REUTERS> (truncated file?); skipped",
          severity: .warning)
      ])
    #expect(outcome.corpus.articles.map(\.path) == [file + "#7"])
  }

  @Test func anUnclosedRecordInTheMiddleIsReportedAndTheNextLoads() throws {
    let folder = try LoadingFolder()
    let broken = "<REUTERS NEWID=\"5\">\n<TEXT><TITLE>NEVER CLOSED</TITLE><BODY>Lost.</BODY></TEXT>\n"
    let file = try folder.write("mid.sgm", broken + Self.secondRecord)
    let outcome = folder.load("mid.sgm")
    #expect(
      outcome.problems == [
        LoadProblem(
          path: file, reason: "record 1 is not closed by </REUTERS> (truncated file?); skipped",
          severity: .warning)
      ])
    #expect(outcome.corpus.articles.map(\.path) == [file + "#8"])
  }

  @Test func anSGMLFileWithoutRecordsIsSkipped() throws {
    let folder = try LoadingFolder()
    let file = try folder.write("empty.sgm", "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n")
    #expect(
      folder.load("empty.sgm").problems == [
        LoadProblem(path: file, reason: "no <REUTERS> records found; skipped", severity: .skipped)
      ])
  }

  /// Each row: a Reuters `<DATE>` and the day it names, or nil.
  @Test(arguments: [
    ("26-FEB-1987 15:01:01.79", "1987-02-26"),
    (" 5-MAR-1987 09:12:44.10", "1987-03-05"),
    ("19-OCT-1987 15:48:52.00&#9;&#9;&#9;RM", "1987-10-19"),
    ("9-APR-1987 01:53:20.18    # date added by hand", "1987-04-09"),
    ("31-JUN-1987 10:00:00.00", nil),
    ("26-XYZ-1987 15:01:01.79", nil),
    ("", nil),
  ])
  func reutersDates(text: String, expected: String?) {
    #expect(ReutersFormat.date(text)?.description == expected)
  }

  /// Each row: SGML text and what it reads as.
  @Test(arguments: [
    ("A &lt;B&gt; &amp; C", "A <B> & C"),
    ("&quot;yes&quot; &#38; &#x26;", "\"yes\" & &"),
    ("end&#3;", "end"),
    ("AT&T and &unknown; stay", "AT&T and &unknown; stay"),
  ])
  func sgmlEntities(text: String, expected: String) {
    #expect(ReutersFormat.unescape(text) == expected)
  }

  @Test func aJSONObjectIsOneArticle() throws {
    let folder = try LoadingFolder()
    let file = try folder.write(
      "story.json",
      """
      {"title": "Café owners meet", "maintext": "Owners met on Monday. They agreed.",
       "date_publish": "2024-05-01 10:00:00", "source_domain": "gazette.example",
       "authors": ["A. Writer"]}
      """)
    let outcome = folder.load("story.json")
    #expect(outcome.problems == [])
    let article = try #require(outcome.corpus.articles.first)
    #expect(outcome.corpus.articles.count == 1)
    #expect(article.path == file)
    #expect(article.format == .json)
    #expect(article.date == CalendarDate(year: 2024, month: 5, day: 1))
    #expect(article.title == "Café owners meet")
    #expect(article.source == "gazette.example")
    #expect(article.text == "Café owners meet\n\nOwners met on Monday. They agreed.\n")
    #expect(article.bodyStart == 18)
    #expect(article.sentences.map(\.text).suffix(2) == ["Owners met on Monday.", "They agreed."])
  }

  @Test func aJSONArrayIsOneArticlePerObject() throws {
    let folder = try LoadingFolder()
    let file = try folder.write(
      "feed.json",
      """
      [
        {"title": "First", "text": "The first story.", "date": "2024-05-02"},
        {"title": "Second", "maintext": null, "text": "The second story.", "date": "2024-05-03T08:00:00"}
      ]
      """)
    let outcome = folder.load("feed.json")
    #expect(outcome.problems == [])
    let articles = outcome.corpus.articles
    #expect(articles.map(\.path) == [file + "#1", file + "#2"])
    #expect(articles.map(\.title) == ["First", "Second"])
    #expect(
      articles.map(\.date) == [
        CalendarDate(year: 2024, month: 5, day: 2), CalendarDate(year: 2024, month: 5, day: 3),
      ])
    #expect(articles.map { $0.sentences.last?.text } == ["The first story.", "The second story."])
  }

  @Test func jsonLinesSkipAMalformedLineAndLoadTheRest() throws {
    let folder = try LoadingFolder()
    let file = try folder.write(
      "feed.jsonl",
      """
      {"title": "One", "maintext": "Story one.", "date_publish": "2024-07-01"}
      {"title": "Two", "maintext": "Story two
      {"title": "Three", "maintext": "Story three.", "date_publish": "not a date"}

      """)
    let outcome = folder.load("feed.jsonl")
    #expect(
      outcome.problems == [
        LoadProblem(path: file, reason: "malformed JSON on line 2; skipped", severity: .warning),
        LoadProblem(path: file, reason: "line 3: invalid date 'not a date'; article has no date", severity: .warning),
      ])
    let articles = outcome.corpus.articles
    #expect(articles.map(\.path) == [file + "#1", file + "#3"])
    #expect(articles.map(\.date) == [CalendarDate(year: 2024, month: 7, day: 1), nil])
  }

  @Test func jsonLinesWithWindowsLineEndsLoad() throws {
    let folder = try LoadingFolder()
    let file = try folder.write(
      "crlf.jsonl",
      "{\"title\": \"One\", \"text\": \"Story one.\"}\r\n{\"title\": \"Two\", \"text\": \"Story two.\"}\r\n")
    let outcome = folder.load("crlf.jsonl")
    #expect(outcome.problems == [])
    #expect(outcome.corpus.articles.map(\.path) == [file + "#1", file + "#2"])
    #expect(outcome.corpus.articles.map(\.title) == ["One", "Two"])
  }

  /// Each row: a JSON file that gives no article, and the one reason reported.
  @Test(arguments: [
    ("{\"title\": \"Unclosed\"", "not valid JSON or JSON lines; skipped"),
    ("{\"url\": \"https://example.org\"}", "no title or text; skipped"),
    ("[1, 2]", "item 1: not a JSON object; skipped"),
  ])
  func jsonWithoutArticlesIsSkipped(text: String, reason: String) throws {
    let folder = try LoadingFolder()
    let file = try folder.write("bad.json", text)
    let outcome = folder.load("bad.json")
    #expect(outcome.problems.first == LoadProblem(path: file, reason: reason, severity: .skipped))
    #expect(outcome.corpus.articles.isEmpty)
  }
}
