import HearsayCore

/// The shell's state, and the one place input is executed: the interactive shell, `-c`, script
/// files and piped standard input all go through `execute(_:at:)`.
///
/// A session holds the loaded corpus and the paths it came from, the output format and whether
/// headers are printed. Results go to `output`; diagnostics and load problems go to `errors`.
///
/// ```swift
/// let session = Session(output: FileDescriptorSink.standardOutput(),
///                       errors: FileDescriptorSink.standardError())
/// session.load(["articles/"])
/// session.execute(".mode csv")
/// session.execute("who said * about harbor")
/// ```
package final class Session {
  /// What executing one input did.
  package enum Outcome: Equatable, Sendable {
    /// The input ran (or was blank, or a comment).
    case success
    /// The input failed; a diagnostic was written to `errors`.
    case failure
    /// The input asked to leave (`.quit`, `.exit`).
    case quit
  }

  /// The version shown in the banner and by `--version`.
  package static let version = "0.1"

  package private(set) var corpus: Corpus = .empty
  /// Every path loaded so far, in the order given, without repeats.
  package private(set) var paths: [String] = []
  package var format: OutputFormat
  package var headers: Bool
  /// Whether tables may use colour (a terminal, and `NO_COLOR` unset).
  package var color = false
  /// Whether `.load` says what it loaded; on in the interactive shell.
  package var reportsLoads = false
  package let output: any TextSink
  package let errors: any TextSink
  private let loader: CorpusLoader
  private let width: () -> Int?
  /// Load problems already printed, so a reload does not repeat them.
  private var reportedProblems: Set<String> = []
  private var lastLoad = (files: 0, bytes: 0)

  /// Makes a session with nothing loaded.
  ///
  /// - Parameters:
  ///   - format: how results are written until `.mode` changes it.
  ///   - headers: whether results have a header row until `.headers` changes it.
  ///   - output: where results go.
  ///   - errors: where diagnostics and load problems go.
  ///   - width: the terminal width for the `table` format, asked before each result.
  ///   - loader: what reads article files.
  package init(
    format: OutputFormat = .tsv, headers: Bool = true, output: any TextSink,
    errors: any TextSink, width: @escaping () -> Int? = { nil },
    loader: CorpusLoader = CorpusLoader()
  ) {
    self.format = format
    self.headers = headers
    self.output = output
    self.errors = errors
    self.width = width
    self.loader = loader
  }

  /// Whether results can no longer be written (a closed pipe): callers stop reading input.
  package var isOutputClosed: Bool { output.isClosed }

  /// Adds paths (files or folders) and reloads everything loaded so far with them.
  ///
  /// Each new load problem is written to `errors` as `hearsay: PATH: REASON`.
  package func load(_ newPaths: [String]) {
    for path in newPaths where !paths.contains(path) {
      paths.append(path)
    }
    let outcome = loader.load(paths: paths)
    corpus = outcome.corpus
    lastLoad = (outcome.filesRead, outcome.bytesRead)
    for problem in outcome.problems where reportedProblems.insert(problem.description).inserted {
      errors.write("hearsay: \(problem)\n")
    }
  }

  /// Runs one line of input: a query, a dot-command, a `#` comment or a blank line.
  ///
  /// - Parameters:
  ///   - input: the line, without its line terminator.
  ///   - location: where the line came from; when given, errors start with
  ///     `file:line:column:`. Its column is where `input` starts in that line.
  /// - Returns: whether the input ran, failed (a diagnostic went to `errors`) or asked to quit.
  @discardableResult
  package func execute(_ input: String, at location: InputLocation? = nil) -> Outcome {
    let leading = input.prefix(while: \.isWhitespace).count
    let source = String(input.dropFirst(leading).reversed().drop(while: \.isWhitespace).reversed())
    if source.isEmpty || source.hasPrefix("#") { return .success }
    do {
      if source.hasPrefix(".") {
        return run(try DotCommand.parse(source))
      }
      let table = try QueryEngine.run(source, on: corpus)
      output.write(format.render(table, options: renderOptions))
      return .success
    } catch {
      errors.write(
        DiagnosticRenderer.render(
          error, source: source, file: location?.file, line: location?.line ?? 1,
          column: (location?.column ?? 1) + leading))
      return .failure
    }
  }

  private var renderOptions: RenderOptions {
    RenderOptions(headers: headers, width: format == .table ? width() : nil, color: color)
  }

  private func run(_ command: DotCommand) -> Outcome {
    switch command {
    case .help:
      output.write(Self.helpText)
    case .quit:
      return .quit
    case .load(let newPaths):
      load(newPaths)
      if reportsLoads { output.write(loadSummary + "\n") }
    case .mode(nil):
      output.write("output mode: \(format.rawValue)\n")
    case .mode(let newFormat?):
      format = newFormat
    case .headers(nil):
      output.write("headers: \(headers ? "on" : "off")\n")
    case .headers(let on?):
      headers = on
    case .show:
      output.write(settingsText)
    }
    return .success
  }

  /// One line for the top of an interactive session:
  /// `hearsay 0.1 — 12 articles, 40 statements. .help for help`.
  package var banner: String {
    "hearsay \(Self.version) — \(corpusSummary). .help for help"
  }

  private var corpusSummary: String {
    "\(counted(corpus.articles.count, "article")), \(counted(corpus.statements.count, "statement"))"
  }

  private var loadSummary: String {
    "loaded \(counted(lastLoad.files, "file")): \(corpusSummary)"
  }

  private var settingsText: String {
    let shownPaths = paths.isEmpty ? "(none)" : paths.joined(separator: " ")
    return """
      output mode: \(format.rawValue)
      headers: \(headers ? "on" : "off")
      paths: \(shownPaths)
      \(counted(corpus.articles.count, "article")), \(counted(corpus.statements.count, "statement")), \
      \(counted(corpus.meetings.count, "meeting")), \(counted(corpus.entities.count, "entity", "entities"))

      """
  }
}

/// `1 article`, `2 articles`.
func counted(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
  "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
}
