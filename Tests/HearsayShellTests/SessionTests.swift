import HearsayCore
import HearsayShell
import Testing

/// A session writing to string sinks, as the shell's tests drive it.
private func makeSession(format: OutputFormat = .tsv) -> (Session, StringSink, StringSink) {
  let output = StringSink()
  let errors = StringSink()
  return (Session(format: format, output: output, errors: errors), output, errors)
}

@Suite struct SessionTests {
  @Test func modeSetsAndShowsTheFormat() {
    let (session, output, errors) = makeSession()
    #expect(session.execute(".mode csv") == .success)
    #expect(session.format == .csv)
    #expect(session.execute(".mode") == .success)
    #expect(output.text == "output mode: csv\n")
    #expect(session.execute("  .mode   JSON  ") == .success)
    #expect(session.format == .json)
    #expect(errors.text.isEmpty)
  }

  @Test func modeRejectsAnUnknownFormatWithACaret() {
    let (session, _, errors) = makeSession()
    #expect(session.execute(".mode xml") == .failure)
    #expect(session.format == .tsv)
    #expect(errors.text.hasPrefix("error: unknown output format 'xml'\n  .mode xml\n        ^"))
    #expect(errors.text.hasSuffix("hint: formats: table, tsv, csv, json, jsonl, markdown\n"))
  }

  @Test func headersTurnOnAndOff() {
    let (session, output, _) = makeSession()
    #expect(session.execute(".headers off") == .success)
    #expect(!session.headers)
    #expect(session.execute(".headers") == .success)
    #expect(session.execute(".headers on") == .success)
    #expect(session.headers)
    #expect(output.text == "headers: off\n")
    #expect(session.execute(".headers maybe") == .failure)
  }

  @Test func helpListsTheCommands() {
    let (session, output, _) = makeSession()
    #expect(session.execute(".help") == .success)
    for command in [".help", ".load PATH...", ".mode", ".headers", ".quit", "who said"] {
      #expect(output.text.contains(command), "help should mention \(command)")
    }
  }

  @Test(arguments: [".quit", ".exit", "  .quit  "])
  func quitEndsTheSession(line: String) {
    let (session, _, _) = makeSession()
    #expect(session.execute(line) == .quit)
  }

  @Test func unknownCommandSuggestsTheNearest() {
    let (session, _, errors) = makeSession()
    #expect(session.execute(".lod x") == .failure)
    #expect(errors.text.hasPrefix("error: unknown command '.lod'\n  .lod x\n  ^"))
    #expect(errors.text.contains("hint: did you mean '.load'?"))
  }

  @Test func commentsAndBlankLinesDoNothing() {
    let (session, output, errors) = makeSession()
    for line in ["", "   ", "# a comment", "  # indented comment"] {
      #expect(session.execute(line) == .success)
    }
    #expect(output.text.isEmpty && errors.text.isEmpty)
  }

  @Test func queryErrorsAreRenderedWithoutALocationInTheShell() {
    let (session, output, errors) = makeSession()
    #expect(session.execute("who sed * about X") == .failure)
    #expect(output.text.isEmpty)
    #expect(errors.text.hasPrefix("error: "))
    #expect(errors.text.contains("\n  who sed * about X\n"))
  }

  @Test func queryErrorsCarryTheLocationGiven() {
    let (session, _, errors) = makeSession()
    let location = InputLocation(file: "q.hsq", line: 7)
    #expect(session.execute("  .nope", at: location) == .failure)
    #expect(errors.text.hasPrefix("q.hsq:7:3: error: unknown command '.nope'\n"))
  }

  @Test func loadReportsMissingPathsOnTheErrorSink() throws {
    let folder = try TemporaryDirectory()
    let (session, _, errors) = makeSession()
    let missing = folder.child("missing.txt")
    #expect(session.execute(".load \(missing)") == .success)
    #expect(session.paths == [missing])
    #expect(errors.text.hasPrefix("hearsay: \(missing): "))
    #expect(errors.text.split(separator: "\n").count == 1)
    // A reload does not repeat a problem already reported.
    #expect(session.execute(".load \(missing)") == .success)
    #expect(errors.text.split(separator: "\n").count == 1)
  }

  @Test func loadAddsPathsAndTheBannerCountsArticles() throws {
    let folder = try TemporaryDirectory()
    let first = try folder.write(
      "one.txt", " date 2025-01-02 Port talks\n\nAnna Berg said the port would open in May.\n")
    let second = try folder.write(
      "my two.txt", " date 2025-01-03 Rail plan\n\nTom Dale said the line was late.\n")
    let (session, output, errors) = makeSession()
    session.reportsLoads = true
    #expect(session.execute(".load \(first)") == .success)
    #expect(session.execute(".load \"\(second)\"") == .success)
    #expect(session.paths == [first, second])
    #expect(output.text.isEmpty)
    #expect(errors.text.hasPrefix("loaded 1 file (0.0 MB) in "))
    #expect(errors.text.contains("\nloaded 2 files (0.0 MB) in "))
    #expect(errors.text.contains(": 2 articles, "))
    #expect(session.banner.hasPrefix("hearsay 0.1 — 2 articles, "))
    #expect(session.banner.hasSuffix(". .help for help"))
  }

  @Test func loadNeedsAPath() {
    let (session, _, errors) = makeSession()
    #expect(session.execute(".load") == .failure)
    #expect(errors.text.contains("'.load' needs at least one file or folder"))
  }

  @Test func showListsTheSettings() {
    let (session, output, _) = makeSession(format: .markdown)
    session.execute(".headers off")
    #expect(session.execute(".show") == .success)
    #expect(output.text.contains("output mode: markdown\nheaders: off\noutput: screen\n"))
    #expect(output.text.contains("paths: (none)\n"))
  }

  @Test(arguments: [OutputFormat.tsv, .csv, .json, .markdown])
  func resultsAreRenderedInTheChosenMode(format: OutputFormat) throws {
    let folder = try TemporaryDirectory()
    let article = try folder.write(
      "one.txt", " date 2025-01-02 Port talks\n\nAnna Berg said the port would open in May.\n")
    let (session, output, errors) = makeSession()
    session.load([article])
    session.execute(".headers off")
    session.execute(".mode \(format.rawValue)")
    #expect(session.execute("people") == .success)
    #expect(errors.text.isEmpty)
    let table = try QueryEngine.run("people", on: session.corpus)
    #expect(output.text == format.render(table, options: RenderOptions(headers: false)))
  }
}
