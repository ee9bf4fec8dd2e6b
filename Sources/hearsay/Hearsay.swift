import ArgumentParser
import HearsayCore
import HearsayShell

/// `hearsay`: loads articles and answers queries from `-c`, a script file, piped standard input
/// or the interactive shell.
@main
struct Hearsay: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "hearsay",
    abstract: "Ask who said what about what across news articles.",
    discussion: """
      Loads the article files and folders given, then answers queries: each -c QUERY in turn, \
      then the lines of -f FILE; or else the lines of standard input when it is not a terminal; \
      or else an interactive shell (type .help there).

      `hearsay extract [--meetings|--entities] PATH...` prints what was extracted as JSON \
      lines instead (see `hearsay extract --help`); a path named extract can be given as \
      ./extract.

      Exit status: 0 on success, 1 when a query or script fails, 2 on a usage error.
      """,
    version: Session.version
  )

  @Option(
    help: ArgumentHelp(
      "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).",
      discussion: "Default: table when standard output is a terminal, tsv otherwise.",
      valueName: "format"))
  var format: OutputFormat?

  @Flag(name: .customLong("no-headers"), help: "Print results without a header row.")
  var noHeaders = false

  @Option(
    name: [.customShort("c"), .customLong("command")],
    help: ArgumentHelp("Run a query or dot-command, then exit (repeatable).", valueName: "query"))
  var commands: [String] = []

  @Option(
    name: [.customShort("f"), .customLong("file")],
    help: ArgumentHelp("Run the queries in a script file, then exit.", valueName: "file"))
  var script: String?

  @Argument(help: ArgumentHelp("Article files or folders to load.", valueName: "path"))
  var paths: [String] = []

  mutating func run() throws {
    ProcessSignals.ignoreBrokenPipes()
    let session = Session(
      format: format ?? (Terminal.isTerminal(1) ? .table : .tsv), headers: !noHeaders,
      output: FileDescriptorSink.standardOutput(), errors: FileDescriptorSink.standardError(),
      width: { Terminal.width(of: 1) })
    session.color = Terminal.allowsColor(1)
    if !paths.isEmpty { session.load(paths) }
    let status: Int32
    if !commands.isEmpty || script != nil {
      status = runBatch(in: session)
    } else if !Terminal.isTerminal(0) {
      let loop = InputLoop(file: "<stdin>", errorPolicy: .remember)
      status = loop.run(StandardInputLineReader(), in: session)
    } else {
      status = InteractiveShell.run(session)
    }
    if status != 0 { throw ExitCode(status) }
  }

  /// Runs each `-c` in order, then the `-f` script; stops at the first failure.
  private func runBatch(in session: Session) -> Int32 {
    for command in commands {
      switch session.execute(command) {
      case .success: if session.isOutputClosed { return 0 }
      case .failure: return 1
      case .quit: return 0
      }
    }
    guard let script else { return 0 }
    return ScriptRunner(path: script).run(in: session)
  }

  /// Runs `hearsay extract …` or the shell, by the first argument.
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    if arguments.first == "extract" {
      Extract.runExitingWithUsageStatus(Array(arguments.dropFirst()))
    } else if arguments.first == "eval" {
      Eval.runExitingWithUsageStatus(Array(arguments.dropFirst()))
    } else {
      runExitingWithUsageStatus(arguments)
    }
  }
}

extension ParsableCommand {
  /// Parses the arguments and runs the command, then exits; usage errors exit with status 2
  /// (not ArgumentParser's 64), as most Unix tools do.
  static func runExitingWithUsageStatus(_ arguments: [String]) -> Never {
    do {
      var command = try parseAsRoot(arguments)
      try command.run()
      exit()
    } catch {
      if exitCode(for: error) == .validationFailure {
        FileDescriptorSink.standardError().write(fullMessage(for: error) + "\n")
        exit(withError: ExitCode(2))
      }
      exit(withError: error)
    }
  }
}
