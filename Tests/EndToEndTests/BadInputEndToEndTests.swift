import Foundation
import Testing

/// Bad input given to the binary.
///
/// One `hearsay: PATH: REASON` line on stderr for each file that is skipped or loads with a
/// caveat, everything else loaded, and queries too big or too strange to answer rejected with an
/// error, never a crash. `docs/reliability.md` shows the same runs.
@Suite struct BadInputEndToEndTests {
  /// A corpus folder with two good articles among every kind of bad input; returns the lines
  /// hearsay should print for it on stderr, in path order.
  static func writeBadCorpus(in workspace: Workspace) throws -> [String] {
    let corpus = workspace.child("corpus")
    func write(_ name: String, _ bytes: [UInt8]) throws {
      try FileManager.default.createDirectory(
        atPath: (corpus + "/" + name as NSString).deletingLastPathComponent,
        withIntermediateDirectories: true)
      try Data(bytes).write(to: URL(fileURLWithPath: corpus + "/" + name))
    }
    try write(
      "01_good.txt",
      Array(" date 2025-01-02 Port talks open\n\nAnna Berg said the port would open in May.\n".utf8)
    )
    try write(
      "bad-date.txt", Array(" date 2024-13-45 Bad date\n\nTom Dale said the ferry was late.\n".utf8)
    )
    try write(
      "binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
    try write(
      "bom.txt", [0xEF, 0xBB, 0xBF] + Array("Byte order mark\n\nThe mark is dropped.\n".utf8))
    try write(
      "broken-front.md",
      Array("---\ntitle: \"Broken\ndate: 2024-10-31\nno colon here\n---\nThe body stays.\n".utf8))
    try write("crlf.txt", Array("Windows line ends\r\n\r\nThe ends are read.\r\n".utf8))
    try write("empty.txt", [])
    try write("foo.txt/inner.txt", Array("Folder named like a file\n\nIt is walked.\n".utf8))
    try write("header-only.txt", Array(" date 2024-10-31 Header only\n".utf8))
    try write(
      "latin1.txt", Array("Windows-1252\n\nFees rose to ".utf8) + [0xA3] + Array("5.\n".utf8))
    try write("malformed.json", Array("{\"title\": \"Unclosed\"".utf8))
    try write(
      "truncated.sgm",
      Array(
        "<REUTERS NEWID=\"9\">\n<DATE>27-FEB-1987 10:00:00.00</DATE>\n<TEXT><TITLE>CUT OFF".utf8))
    try write("whitespace.txt", Array("\n   \n\t\n".utf8))
    guard mkfifo(corpus + "/fifo.txt", 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) }
    try FileManager.default.createSymbolicLink(
      atPath: corpus + "/loop", withDestinationPath: "loop")
    try FileManager.default.createSymbolicLink(
      atPath: corpus + "/zero.txt", withDestinationPath: "/dev/zero")
    let lines: [(String, String)] = [
      ("bad-date.txt", "invalid date '2024-13-45' in header; article has no date"),
      ("binary.txt", "binary file (NUL bytes), not text; skipped"),
      ("broken-front.md", "front matter field 'title' has an unterminated quoted string"),
      ("broken-front.md", "front matter line 4 is not 'key: value'"),
      ("empty.txt", "empty file; skipped"),
      ("fifo.txt", "a FIFO (named pipe), not an article file; skipped"),
      ("latin1.txt", "not valid UTF-8; decoded as Windows-1252"),
      ("loop", "Too many levels of symbolic links"),
      ("malformed.json", "not valid JSON or JSON lines; skipped"),
      ("truncated.sgm", "record 1 is not closed by </REUTERS> (truncated file?); skipped"),
      ("whitespace.txt", "no text, only white space; skipped"),
      ("zero.txt", "a character device, not an article file; skipped"),
    ]
    return lines.map { "hearsay: \(corpus)/\($0.0): \($0.1)" }
  }

  /// The titles of the articles that load from `writeBadCorpus`, in path order (the broken
  /// front matter's title is the field that could not be read).
  static let goodTitles = [
    "Port talks open", "Bad date", "Byte order mark", "", "Windows line ends",
    "Folder named like a file", "Header only", "Windows-1252",
  ]

  @Test(.timeLimit(.minutes(2)))
  func eachBadFileGetsOneLineAndTheRestLoads() throws {
    let workspace = try Workspace()
    let expected = try Self.writeBadCorpus(in: workspace)
    let run = try HearsayRun.run(
      ["--no-headers", "-c", "articles", "-c", ".stats", workspace.child("corpus")], in: workspace)
    #expect(run.status == 0)
    let summary =
      "hearsay: 8 files skipped: 1 binary file (NUL bytes), not text; 1 empty file;"
      + " 1 a FIFO (named pipe), not an article file; 5 for other reasons (.stats lists them)"
    #expect(
      run.errors.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        == expected + [summary, ""])
    let titles = run.output.split(separator: "\n").compactMap { line -> String? in
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      return fields.count > 2 ? String(fields[2]) : nil
    }
    #expect(titles == Self.goodTitles, "\(run.output)")
    // Files read counts every regular file listed; FIFOs, devices and loops are not among them.
    #expect(run.output.contains(" 13 read (0.0 MB), 8 skipped, 4 warnings\n"), "\(run.output)")
    #expect(run.output.contains("skipped files:\n"))
  }

  /// Whether the binary can be run as `nobody` here: as root, through `setpriv`, with every
  /// folder above the binary open to others.
  static var canRunAsNobody: Bool {
    guard geteuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
      let binary = try? HearsayExecutable.path()
    else { return false }
    var folder = URL(fileURLWithPath: binary)
    while folder.path != "/" {
      var st = stat()
      guard stat(folder.path, &st) == 0, st.st_mode & 0o001 != 0 else { return false }
      folder.deleteLastPathComponent()
    }
    return true
  }

  /// A file without read permission, loaded by a user who cannot read it: root reads anything,
  /// so as root the binary is run as `nobody` through `setpriv`.
  @Test(
    .enabled(if: getuid() != 0 || canRunAsNobody, "needs a non-root user, or root with setpriv"))
  func aFileWithoutReadPermissionIsReported() throws {
    let workspace = try Workspace()
    let good = try workspace.write(
      "corpus/good.txt", " date 2025-01-02 Readable\n\nAnna Berg said it was fine.\n")
    let locked = try workspace.write(
      "corpus/locked.txt", " date 2025-01-03 Locked\n\nNobody reads this.\n")
    chmod(workspace.path, 0o755)
    chmod(workspace.child("corpus"), 0o755)
    chmod(good, 0o644)
    chmod(locked, 0)
    // `nobody` cannot write the workspace's cache folder either; that notice is tested apart.
    let arguments = ["--no-cache", "--no-headers", "-c", "articles", workspace.child("corpus")]
    let run: HearsayRun
    if getuid() == 0 {
      let binary = try HearsayExecutable.path()
      run = try HearsayRun.run(
        ["-c", "exec setpriv --reuid=65534 --regid=65534 --clear-groups \"$@\"", "setpriv", binary]
          + arguments, shell: true, in: workspace)
    } else {
      run = try HearsayRun.run(arguments, in: workspace)
    }
    #expect(run.status == 0)
    #expect(run.errors == "hearsay: \(locked): Permission denied\n")
    #expect(run.output.contains("\tReadable\t"), "\(run.output)")
    #expect(!run.output.contains("Locked"))
  }

  // MARK: The skipped-files summary

  /// Two good articles in `articles/` with two binary files and a malformed JSON file beside
  /// them; returns the folder.
  static func writeSomeBadFiles(in workspace: Workspace) throws -> String {
    let folder = try workspace.writeArticles()
    try Data([0x89, 0x50, 0x4E, 0x47, 0x00]).write(to: URL(fileURLWithPath: folder + "/logo.txt"))
    try Data([0x25, 0x50, 0x44, 0x46, 0x00]).write(to: URL(fileURLWithPath: folder + "/scan.txt"))
    try workspace.write("articles/broken.json", "{\"title\": \"Unclosed\"")
    return folder
  }

  /// The summary line for `writeSomeBadFiles`, before the shell's `(.stats lists them)`.
  static let someBadFilesSummary =
    "hearsay: 3 files skipped: 2 binary file (NUL bytes), not text; 1 not valid JSON or JSON lines"

  /// Each row: how the queries come (`-c`, `-f` or piped standard input).
  ///
  /// stderr holds the three files' lines and, at the end, the summary; stdout only the result.
  @Test(arguments: ["-c", "-f", "stdin"])
  func batchRunsSayHowManyFilesWereSkippedAndWhy(mode: String) throws {
    let workspace = try Workspace()
    let folder = try Self.writeSomeBadFiles(in: workspace)
    let script = try workspace.write("people.hsq", "people\n")
    let run: HearsayRun
    switch mode {
    case "-c": run = try HearsayRun.run(["-c", "people", folder], in: workspace)
    case "-f": run = try HearsayRun.run(["-f", script, folder], in: workspace)
    default: run = try HearsayRun.run([folder], input: "people\n", in: workspace)
    }
    #expect(run.status == 0)
    let lines = run.errors.split(separator: "\n").map(String.init)
    #expect(lines.count == 4, "\(run.errors)")
    #expect(lines.last == Self.someBadFilesSummary + " (.stats lists them)")
    #expect(run.output.hasPrefix("name\taliases\t"), "\(run.output)")
    #expect(!run.output.contains("skipped"))
  }

  /// Each row: a subcommand, with the options it needs before the paths.
  @Test(arguments: [["extract"], ["export", "--to", "out"], ["eval", "--gold", "gold"]])
  func subcommandsSayHowManyFilesWereSkippedAndWhy(arguments: [String]) throws {
    let workspace = try Workspace()
    let folder = try Self.writeSomeBadFiles(in: workspace)
    for empty in ["gold/text", "gold/attributions"] {
      try FileManager.default.createDirectory(
        atPath: workspace.child(empty), withIntermediateDirectories: true)
    }
    let run = try HearsayRun.run(
      arguments.map { $0 == "out" || $0 == "gold" ? workspace.child($0) : $0 } + [folder],
      in: workspace)
    #expect(run.status == 0, "\(run.errors)")
    let lines = run.errors.split(separator: "\n").map(String.init)
    #expect(lines.count == 4, "\(run.errors)")
    #expect(lines.last == Self.someBadFilesSummary)
    #expect(!run.output.contains("skipped"))
  }

  /// Each row: a run on two good articles, which prints nothing on stderr.
  @Test(arguments: [["-c", "people"], [], ["extract"]])
  func aCleanLoadPrintsNoSummary(arguments: [String]) throws {
    let workspace = try Workspace()
    let articles = try workspace.writeArticles()
    let run = try HearsayRun.run(arguments + [articles], input: "people\n", in: workspace)
    #expect(run.status == 0)
    #expect(run.errors.isEmpty, "\(run.errors)")
  }

  /// Loads in a script do not repeat the summary: it comes once, last, with the final counts.
  @Test func theSummaryComesOnceAtTheEndWithTheFinalCounts() throws {
    let workspace = try Workspace()
    let folder = try Self.writeSomeBadFiles(in: workspace)
    try workspace.write("more/good.txt", " date 2025-01-05 More\n\nLea Novak said it was fine.\n")
    try workspace.write("worse/empty.txt", "")
    let run = try HearsayRun.run(
      ["-c", ".load " + workspace.child("more"), "-c", ".load " + workspace.child("worse"), folder],
      in: workspace)
    #expect(run.status == 0)
    let lines = run.errors.split(separator: "\n").map(String.init)
    #expect(lines.filter { $0.contains(" skipped: ") }.count == 1, "\(run.errors)")
    #expect(
      lines.last
        == "hearsay: 4 files skipped: 2 binary file (NUL bytes), not text;"
        + " 1 not valid JSON or JSON lines; 1 empty file (.stats lists them)")
  }

  // MARK: Queries

  /// Each row: a `-c` query too big to answer, and the error hearsay prints for it.
  @Test(arguments: [
    (
      "statements limit 99999999999999999999",
      "error: '99999999999999999999' is too large a number\n"
    ),
    (
      "statements about " + String(repeating: "(", count: 10_000) + "x",
      "error: the topic is nested too deeply\n"
    ),
  ])
  func anOversizedCommandLineQueryIsAnError(query: String, error: String) throws {
    let workspace = try Workspace()
    let articles = try workspace.writeArticles()
    let run = try HearsayRun.run(["-c", query, articles], in: workspace)
    #expect(run.status == 1)
    #expect(run.errors.hasPrefix(error), "\(run.errors.prefix(200))")
    #expect(run.output.isEmpty)
  }

  /// Each row: a `-c` query with control characters.
  ///
  /// It is answered (status 0) or an error (status 1), and no control character reaches
  /// stderr.
  @Test(arguments: [
    "statements limit \u{1}5",
    "who said * about \u{1B}[2J\u{7}",
    "who said * about \u{1B}]0;owned\u{7}port",
  ])
  func controlCharactersInACommandLineQueryStayOffTheTerminal(query: String) throws {
    let workspace = try Workspace()
    let articles = try workspace.writeArticles()
    let run = try HearsayRun.run(["-c", query, articles], in: workspace)
    #expect(run.status == 0 || run.status == 1)
    #expect(!run.output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
    #expect(!run.errors.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(run.errors)")
  }

  /// Piped queries too long or holding NUL bytes are errors; the good ones still run.
  ///
  /// Standard input carries what `-c` cannot: a one-megabyte line (an argument may hold
  /// 128 KiB) and NUL bytes.
  @Test func pipedQueriesTooLongOrWithNULBytesAreErrors() throws {
    let workspace = try Workspace()
    let articles = try workspace.writeArticles()
    let huge = String(repeating: "who said * about ", count: 62_000)
    let input = ".headers off\n" + huge + "\nstatements \u{0} about port\nwho said * about port\n"
    let run = try HearsayRun.run([articles], input: input, in: workspace)
    #expect(run.status == 1)
    // The line reader drops the line's trailing space.
    #expect(
      run.errors.hasPrefix(
        "<stdin>:2:20001: error: the query is too long: 1053999 characters, at most 20000\n"))
    // The echoed line is a window of 100 columns around the caret, not the whole megabyte.
    #expect(run.errors.utf8.count < 1_000, "\(run.errors.utf8.count) bytes on stderr")
    #expect(run.errors.contains("<stdin>:3:12: error: unexpected '\\u{0}'\n"))
    #expect(!run.errors.unicodeScalars.contains("\u{0}"))
    #expect(run.output.contains("Anna Berg\t"), "\(run.output)")
  }

  // MARK: A 200 MB line

  /// A 200 MB article on one line (sentences but no line break) loads without a crash.
  ///
  /// Slow: runs only with `HEARSAY_SLOW_TESTS=1`. `docs/reliability.md` records its time and
  /// memory.
  @Test(.enabled(if: ProcessInfo.processInfo.environment["HEARSAY_SLOW_TESTS"] == "1"))
  func aTwoHundredMegabyteLineLoads() throws {
    let workspace = try Workspace()
    let sentence = Array(
      "Anna Berg said the port would open in May and the ferry would run daily. ".utf8)
    let path = workspace.child("big/one-line.txt")
    try FileManager.default.createDirectory(
      atPath: workspace.child("big"), withIntermediateDirectories: true)
    guard let file = fopen(path, "w") else { throw CocoaError(.fileWriteUnknown) }
    let block = Array([[UInt8]](repeating: sentence, count: 1_000).joined())
    var written = 0
    while written < 200_000_000 {
      written += fwrite(block, 1, block.count, file)
    }
    fclose(file)
    try workspace.write("big/good.txt", " date 2025-01-02 Small\n\nTom Dale said it was small.\n")
    let binary = try HearsayExecutable.path()
    let errors = workspace.child("errors")
    ChildProcess.lock.lock()
    let input = ChildProcess.open("/dev/null", O_RDONLY)
    let output = ChildProcess.open(workspace.child("output"), O_WRONLY | O_CREAT | O_TRUNC)
    let errorFile = ChildProcess.open(errors, O_WRONLY | O_CREAT | O_TRUNC)
    let pid = Result {
      try ChildProcess.spawn(
        binary, arguments: ["-c", ".stats", workspace.child("big")],
        environment: workspace.environment,
        streams: .descriptors(input: input, output: output, error: errorFile))
    }
    [input, output, errorFile].forEach { _ = close($0) }
    ChildProcess.lock.unlock()
    let status = ChildProcess.wait(for: try pid.get(), timeout: .seconds(1_800))
    let stats = (try? String(contentsOfFile: workspace.child("output"), encoding: .utf8)) ?? ""
    #expect(status == 0, "\((try? String(contentsOfFile: errors, encoding: .utf8)) ?? "")")
    // `.stats` rows with their padding folded: every sentence of the big line is a statement.
    let rows = stats.split(separator: "\n").map {
      $0.split(separator: " ").joined(separator: " ")
    }
    #expect(rows.contains("articles 2"), "\(stats)")
    #expect(rows.contains("statements 2740001"), "\(stats)")
    #expect(rows.contains("files 2 read (200.0 MB), 0 skipped"), "\(stats)")
  }
}
