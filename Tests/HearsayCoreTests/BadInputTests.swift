import Foundation
import Testing

@testable import HearsayCore

/// Bad input that `LoadingProblemTests`, `LoadingTests` and `LoadingRecordFormatTests` do not
/// already cover.
///
/// Every file gets one `LoadProblem` naming it and saying why (or loads cleanly), and everything
/// else still loads. Queries that are too big or hold control characters are errors, never
/// crashes.
@Suite struct BadInputTests {
  // MARK: Encodings and line ends

  /// Each row: a file name, its text (written after a UTF-8 byte-order mark), and its title.
  @Test(arguments: [
    (
      "dated.txt", " date 2024-10-31 Harbour talks\n\nAnna Berg said the port would open.\n",
      "Harbour talks"
    ),
    ("plain.txt", "Harbour talks\n\nAnna Berg said the port would open.\n", "Harbour talks"),
    (
      "one.json",
      "{\"title\": \"Harbour talks\", \"text\": \"Anna Berg said the port would open.\"}",
      "Harbour talks"
    ),
    (
      "one.sgm",
      "<REUTERS NEWID=\"1\">\n<TITLE>HARBOUR TALKS</TITLE><BODY>Anna Berg said the port would open.\n</BODY>\n</REUTERS>\n",
      "HARBOUR TALKS"
    ),
  ])
  func aByteOrderMarkIsDroppedInEveryFormat(name: String, text: String, title: String) throws {
    let folder = try LoadingFolder()
    try folder.write(name, bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
    let outcome = folder.load(name)
    #expect(outcome.problems == [])
    let article = try #require(outcome.corpus.articles.first)
    #expect(article.title == title)
    #expect(article.sentences.map(\.text).last == "Anna Berg said the port would open.")
    #expect(!article.text.unicodeScalars.contains("\u{FEFF}"))
  }

  /// Each row: a file name and its text with Windows line ends; the title and last sentence
  /// carry no carriage return.
  @Test(arguments: [
    (
      "dated.txt",
      " date 2024-10-31 Harbour talks\r\n\r\nAnna Berg said the port\r\nwould open.\r\n"
    ),
    ("plain.txt", "Harbour talks\r\n\r\nAnna Berg said the port\r\nwould open.\r\n"),
    (
      "one.sgm",
      "<REUTERS NEWID=\"1\">\r\n<TITLE>Harbour talks</TITLE>\r\n<BODY>Anna Berg said the port\r\nwould open.\r\n Reuter\r\n</BODY>\r\n</REUTERS>\r\n"
    ),
  ])
  func windowsLineEndsLoadInEveryFormat(name: String, text: String) throws {
    let folder = try LoadingFolder()
    try folder.write(name, text)
    let outcome = folder.load(name)
    #expect(outcome.problems == [])
    let article = try #require(outcome.corpus.articles.first)
    #expect(article.title == "Harbour talks")
    #expect(article.sentences.map(\.text).last == "Anna Berg said the port would open.")
  }

  // MARK: Headers and dates

  /// Each row: a file whose header is all there is, and the problem reported (nil: it loads as
  /// an article with a title and no body).
  @Test(
    arguments: [
      ("dated.txt", " date 2024-10-31 Harbour talks\n", nil),
      ("front.md", "---\ntitle: Harbour talks\ndate: 2024-10-31\n---\n", nil),
      ("title.json", "{\"title\": \"Harbour talks\", \"date\": \"2024-10-31\"}", nil),
      ("bare.txt", " date 2024-10-31\n", "no text, only white space; skipped"),
      ("bare.md", "---\ndate: 2024-10-31\n---\n\n", "no text, only white space; skipped"),
    ] as [(String, String, String?)])
  func aHeaderWithNoBody(name: String, text: String, problem: String?) throws {
    let folder = try LoadingFolder()
    let file = try folder.write(name, text)
    let outcome = folder.load(name)
    if let problem {
      #expect(outcome.problems == [LoadProblem(path: file, reason: problem, severity: .skipped)])
      #expect(outcome.corpus.articles.isEmpty)
    } else {
      #expect(outcome.problems == [])
      let article = try #require(outcome.corpus.articles.first)
      #expect(article.title == "Harbour talks")
      #expect(article.date == CalendarDate(year: 2024, month: 10, day: 31))
      #expect(outcome.corpus.statements.isEmpty)
    }
  }

  /// Each row: a file with the impossible date 2024-13-45 (month 13, day 45) where its format
  /// keeps dates, and the warning; the article loads without a date.
  @Test(arguments: [
    (
      "dated.txt", " date 2024-13-45 Harbour talks\n\nThe port opened.\n",
      "invalid date '2024-13-45' in header; article has no date"
    ),
    (
      "one.json",
      "{\"title\": \"Harbour talks\", \"text\": \"The port opened.\", \"date_publish\": \"2024-13-45\"}",
      "invalid date '2024-13-45'; article has no date"
    ),
    (
      "one.sgm",
      "<REUTERS NEWID=\"4\">\n<DATE>45-XIII-2024 10:00:00.00</DATE>\n<TITLE>Harbour talks</TITLE><BODY>The port opened.</BODY>\n</REUTERS>\n",
      "record 4: invalid date '45-XIII-2024 10:00:00.00'; article has no date"
    ),
  ])
  func aMalformedDateWarnsAndTheArticleLoads(name: String, text: String, warning: String) throws {
    let folder = try LoadingFolder()
    let file = try folder.write(name, text)
    let outcome = folder.load(name)
    #expect(outcome.problems == [LoadProblem(path: file, reason: warning, severity: .warning)])
    let article = try #require(outcome.corpus.articles.first)
    #expect(article.date == nil)
    #expect(article.title.lowercased() == "harbour talks")
  }

  @Test func brokenFrontMatterWarnsPerLineAndTheArticleLoads() throws {
    let folder = try LoadingFolder()
    let file = try folder.write(
      "broken.md",
      "---\ntitle: \"Harbour talks\ndate: 2024-10-31\nno colon here\n---\nThe body stays.\n")
    let outcome = folder.load("broken.md")
    #expect(
      outcome.problems == [
        LoadProblem(
          path: file, reason: "front matter field 'title' has an unterminated quoted string",
          severity: .warning),
        LoadProblem(
          path: file, reason: "front matter line 4 is not 'key: value'", severity: .warning),
      ])
    let article = try #require(outcome.corpus.articles.first)
    #expect(article.date == CalendarDate(year: 2024, month: 10, day: 31))
    #expect(article.sentences.map(\.text) == ["The body stays."])
  }

  // MARK: Paths that are not article files

  @Test func aFolderNamedLikeAFileIsWalked() throws {
    let folder = try LoadingFolder()
    try folder.write("corpus/foo.txt/inner.txt", "Inner\n\nThe inner story.\n")
    try folder.makeFolder("corpus/empty.md")
    let walked = folder.load("corpus")
    #expect(walked.problems == [])
    #expect(walked.corpus.articles.map(\.path) == [folder.child("corpus/foo.txt/inner.txt")])
    let named = folder.load("corpus/foo.txt", "corpus/empty.md")
    #expect(named.problems == [])
    #expect(named.corpus.articles.map(\.title) == ["Inner"])
  }

  @Test(.timeLimit(.minutes(1)))
  func devicesAreSkippedAndNeverRead() throws {
    let folder = try LoadingFolder()
    try folder.write("corpus/a.txt", "Ay\n\nThe first story.\n")
    try folder.link("corpus/zero.txt", to: "/dev/zero")
    try folder.link("corpus/random.txt", to: "/dev/urandom")
    let device = "a character device, not an article file; skipped"
    let walked = folder.load("corpus")
    #expect(
      walked.problems == [
        LoadProblem(path: folder.child("corpus/random.txt"), reason: device, severity: .skipped),
        LoadProblem(path: folder.child("corpus/zero.txt"), reason: device, severity: .skipped),
      ])
    #expect(walked.corpus.articles.map(\.title) == ["Ay"])
    let named = CorpusLoader().load(paths: ["/dev/null", "/dev/zero"])
    #expect(
      named.problems == [
        LoadProblem(path: "/dev/null", reason: device, severity: .skipped),
        LoadProblem(path: "/dev/zero", reason: device, severity: .skipped),
      ])
    #expect(named.filesRead == 0)
  }

  @Test(.timeLimit(.minutes(1)))
  func aSymlinkLoopNamedOutrightIsReported() throws {
    let folder = try LoadingFolder()
    try folder.link("loop.txt", to: "loop.txt")
    try folder.link("ping", to: "pong")
    try folder.link("pong", to: "ping")
    try folder.write("good.txt", "Good\n\nThe good story.\n")
    let outcome = folder.load("loop.txt", "ping", "good.txt")
    let reason = "Too many levels of symbolic links"
    #expect(
      outcome.problems == [
        LoadProblem(path: folder.child("loop.txt"), reason: reason, severity: .skipped),
        LoadProblem(path: folder.child("ping"), reason: reason, severity: .skipped),
      ])
    #expect(outcome.corpus.articles.map(\.title) == ["Good"])
  }

  // MARK: Files that change while loading

  /// The walk lists the files first and reads them after; between the two, `b.txt` is deleted
  /// and `c.txt` emptied (from the progress callback of the serial load, which runs after
  /// `a.txt` is read and before `b.txt` is opened).
  @Test func filesDeletedOrEmptiedAfterTheWalkAreReported() throws {
    let folder = try LoadingFolder()
    try folder.write("corpus/a.txt", "Ay\n\nThe first story.\n")
    let b = try folder.write("corpus/b.txt", "Bee\n\nThe second story.\n")
    let c = try folder.write("corpus/c.txt", "Sea\n\nThe third story.\n")
    let control = LoadControl(progress: { progress in
      if progress.filesDone == 1 {
        unlink(b)
        truncate(c, 0)
      }
    })
    let outcome = CorpusLoader(parallelism: 1).load(
      paths: [folder.child("corpus")], control: control)
    #expect(
      outcome.problems == [
        LoadProblem(path: b, reason: "No such file or directory", severity: .skipped),
        LoadProblem(path: c, reason: "empty file; skipped", severity: .skipped),
      ])
    #expect(outcome.corpus.articles.map(\.title) == ["Ay"])
  }

  /// A file that holds fewer bytes than its size says (as a file truncated between `fstat`
  /// and `read` does) is read up to where its bytes end: sysfs files report 4096 bytes and hold
  /// a line.
  @Test(
    .enabled(
      if: FileManager.default.fileExists(atPath: "/sys/kernel/mm/transparent_hugepage/enabled")))
  func aFileShorterThanItsSizeIsReadToItsEnd() throws {
    let path = "/sys/kernel/mm/transparent_hugepage/enabled"
    var st = stat()
    try #require(stat(path, &st) == 0)
    let bytes = try FileReader.read(path).get()
    #expect(!bytes.isEmpty)
    #expect(bytes.count < Int(st.st_size))
    #expect(bytes.last == 0x0A)
  }

  // MARK: Many files

  @Test(.timeLimit(.minutes(2)))
  func tenThousandSmallFilesLoad() throws {
    let folder = try LoadingFolder()
    let corpus = try folder.makeFolder("corpus")
    for n in 0..<10_000 {
      let text =
        " date 2024-05-0\(n % 9 + 1) Story \(n)\n\nOfficial \(n) said item \(n) was ready.\n"
      guard FileManager.default.createFile(atPath: corpus + "/\(n).txt", contents: Data(text.utf8))
      else {
        throw CocoaError(.fileWriteUnknown)
      }
    }
    let empty = try folder.write("corpus/empty.txt", "")
    let outcome = folder.load("corpus")
    #expect(
      outcome.problems == [
        LoadProblem(path: empty, reason: "empty file; skipped", severity: .skipped)
      ])
    #expect(outcome.filesRead == 10_001)
    #expect(outcome.corpus.articles.count == 10_000)
    #expect(Set(outcome.corpus.articles.map(\.title)).count == 10_000)
  }

  // MARK: Queries

  /// Each row: a query too big to answer, and its error message.
  @Test(arguments: [
    ("statements limit 99999999999999999999", "'99999999999999999999' is too large a number"),
    ("top 99999999999999999999 speakers", "'99999999999999999999' is too large a number"),
    (
      "statements about " + String(repeating: "(", count: 10_000) + "x",
      "the topic is nested too deeply"
    ),
    (
      String(repeating: "who said * about ", count: 62_000),
      "the query is too long: 1054000 characters, at most 20000"
    ),
  ])
  func oversizedQueriesAreErrors(query: String, message: String) {
    #expect {
      try QueryEngine.run(query, on: QueryTestCorpus.corpus)
    } throws: { error in
      (error as? QueryError)?.message == message
    }
  }

  /// Each row: a query holding control characters.
  ///
  /// It is answered or rejected, never a crash, and what is shown for it carries no control
  /// character to the terminal.
  @Test(arguments: [
    "statements \u{0} about x",
    "\u{0}",
    "statements limit \u{0}5",
    "statements limit \u{1}5",
    "who said * about \u{1B}[2J\u{7}",
    "who said * about Marsh\u{8}\u{8}\u{8}\u{8}\u{8}Varga",
  ])
  func controlCharactersInQueriesAreErrorsOrAnswers(query: String) {
    do {
      let table = try QueryEngine.run(query, on: QueryTestCorpus.corpus)
      _ = OutputFormat.table.render(table)
    } catch {
      #expect(error.range.lowerBound >= 0 && error.range.upperBound <= query.count)
      let shown = DiagnosticRenderer.render(error, source: query)
      #expect(
        !shown.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }, "\(shown)")
    }
  }
}
