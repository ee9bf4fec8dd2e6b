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
      then the script -f FILE; or else the lines of standard input when it is not a terminal; \
      or else an interactive shell (type .help there). Results are a table on a terminal and \
      tab-separated values with a header row otherwise.

      Before anything else the init file $XDG_CONFIG_HOME/hearsay/init.hsq \
      (~/.config/hearsay/init.hsq) runs, unless --no-init is given.

      `hearsay extract [--meetings|--entities] PATH...` prints what was extracted as JSON \
      lines instead (see `hearsay extract --help`), `hearsay export --to DIR PATH...` writes \
      CSV tables with a SQL schema, `hearsay eval --gold DIR` scores extraction. A path \
      named like a subcommand can be given as ./extract.

      Examples:
        hearsay news/                                   the interactive shell
        hearsay -c 'who said * about port' news/        one query, then exit
        hearsay -f report.hsq --param topic=port news/  a script, $topic set to port
        echo 'people limit 5' | hearsay news/ | head -1  queries piped in and out
        hearsay --generate-completion-script bash > /etc/bash_completion.d/hearsay

      Exit status: 0 on success, 1 when a query or script fails, 2 on a usage error.
      """,
    version: Session.version,
    subcommands: [ExtractSubcommand.self, ExportSubcommand.self, EvalSubcommand.self]
  )

  @Option(
    help: ArgumentHelp(
      "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).",
      discussion: "Default: table on a terminal, tsv otherwise. Example: --format json",
      valueName: "format"))
  var format: OutputFormat?

  @Flag(
    name: .customLong("no-headers"),
    help: ArgumentHelp(
      "Print results without a header row.", discussion: "Example: --no-headers -c people"))
  var noHeaders = false

  @Option(
    name: [.customShort("c"), .customLong("command")],
    help: ArgumentHelp(
      "Run a query or dot-command, then exit (repeatable).",
      discussion: "Example: -c '.mode csv' -c 'who said * about port'", valueName: "query"))
  var commands: [String] = []

  @Option(
    name: [.customShort("f"), .customLong("file")],
    help: ArgumentHelp(
      "Run the queries in a script file, then exit.",
      discussion: "Example: -f report.hsq (or a script starting #!/usr/bin/env -S hearsay -f)",
      valueName: "file"),
    completion: .file(extensions: ["hsq"]))
  var script: String?

  @Option(
    name: .customLong("param"),
    help: ArgumentHelp(
      "Set a parameter used as $NAME in queries (repeatable).",
      discussion: "Example: --param topic=port, then: who said * about $topic",
      valueName: "name=value"))
  var parameters: [String] = []

  @Flag(
    name: .customLong("keep-going"),
    help: ArgumentHelp(
      "Go on after a failing query in -c and -f (as .bail off); exit 1 at the end.",
      discussion: "Example: --keep-going -f checks.hsq"))
  var keepGoing = false

  @Flag(
    name: .customLong("no-init"),
    help: ArgumentHelp(
      "Do not run the init file.", discussion: "Example: --no-init -c people"))
  var noInit = false

  @Flag(name: .customLong("no-cache"), help: .noCache)
  var noCache = false

  @Flag(
    name: .customLong("no-color"),
    help: ArgumentHelp(
      "Never use colour or bold (also when NO_COLOR is set).",
      discussion: "Example: --no-color news/"))
  var noColor = false

  @Argument(
    help: ArgumentHelp("Article files or folders to load. Example: news/ 2025/*.txt", valueName: "path"),
    completion: .file())
  var paths: [String] = []

  func validate() throws {
    for parameter in parameters {
      guard let equals = parameter.firstIndex(of: "="),
        ParameterSubstitution.isValidName(String(parameter[..<equals]))
      else {
        throw ValidationError(
          "'--param \(parameter)' should be NAME=VALUE, NAME a letter or _ then letters, digits, _.")
      }
    }
  }

  mutating func run() throws {
    ProcessSignals.ignoreBrokenPipes()
    let batch = !commands.isEmpty || script != nil
    let interactive = !batch && Terminal.isTerminal(0)
    let output = FileDescriptorSink.standardOutput()
    let errors = FileDescriptorSink.standardError()
    let session = Session(
      format: Terminal.isTerminal(1) ? .table : .tsv, output: output, errors: errors,
      width: { Terminal.width(of: 1) },
      loader: CorpusLoader.forThisProgram(noCache: noCache))
    session.color = !noColor && Terminal.allowsColor(1)
    session.parameters = Dictionary(
      parameters.map { parameter in
        let equals = parameter.firstIndex(of: "=") ?? parameter.endIndex
        return (String(parameter[..<equals]), String(parameter[equals...].dropFirst()))
      }, uniquingKeysWith: { $1 })
    if Terminal.isTerminal(2) { session.progressOutput = errors }
    if interactive {
      InterruptSignal.install()
      session.cancellation = .interruptSignal
    }
    if !noInit, let initFile = InitFile.path(), InitFile.exists(initFile) {
      _ = session.runScript(at: initFile)
    }
    if let format { session.format = format }
    if noHeaders { session.headers = false }
    session.bail = batch && !keepGoing
    if !paths.isEmpty { session.load(paths) }

    var status: Int32
    if batch {
      status = runBatch(in: session)
    } else if !interactive {
      let loop = InputLoop(file: "<stdin>", mode: .batch)
      status = loop.run(StandardInputLineReader(), in: session)
    } else {
      status = InteractiveShell.run(session)
    }
    if !interactive, let skipped = session.skippedFilesSummary { errors.write(skipped) }
    if !session.finish() { status = 1 }
    if let failure = output.failure {
      errors.write("hearsay: cannot write standard output: \(failure)\n")
      status = 1
    }
    // The process ends here, with the session alive: freeing a large corpus object by object
    // would take longer than reading it back from the snapshot cache.
    withExtendedLifetime(session) {
      Self.exit(withError: status != 0 ? ExitCode(status) : nil)
    }
  }

  /// Runs each `-c` in order, then the `-f` script; stops at the first failure unless
  /// `--keep-going`.
  private func runBatch(in session: Session) -> Int32 {
    var failed = false
    for command in commands {
      switch session.execute(command) {
      case .success: if session.isOutputClosed { return 0 }
      case .failure:
        if session.bail { return 1 }
        failed = true
      case .quit: return failed ? 1 : 0
      }
    }
    if let script, ScriptRunner(path: script).run(in: session) != 0 || failed { return 1 }
    return failed ? 1 : 0
  }

  /// Runs `hearsay extract …`, `hearsay export …`, `hearsay eval …` or the shell, by the first
  /// argument.
  ///
  /// The subcommands are listed in the configuration for `--help` and the completion scripts,
  /// but only a first argument chooses one: `hearsay news/ extract` loads a folder named
  /// extract.
  static func main() {
    MemoryTuning.apply()
    let arguments = Array(CommandLine.arguments.dropFirst())
    switch arguments.first {
    case "extract": Extract.runExitingWithUsageStatus(Array(arguments.dropFirst()))
    case "export": Export.runExitingWithUsageStatus(Array(arguments.dropFirst()))
    case "eval": Eval.runExitingWithUsageStatus(Array(arguments.dropFirst()))
    default: runExitingWithUsageStatus(arguments)
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
