import HearsayCore

/// The shell's state, and the one place input is executed: the interactive shell, `-c`, script
/// files and piped standard input all go through `execute(_:at:)`.
///
/// A session holds the loaded corpus and the paths it came from, the output settings
/// (`.mode`, `.headers`, `.output`, `.pager`), the script settings (`.bail`, `.timer`) and the
/// parameters (`.set`). Results go to `output` (or the file `.output` names); diagnostics, load
/// problems and status lines go to `errors`.
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
    /// The input failed, or was cancelled; a diagnostic was written to `errors`.
    case failure
    /// The input asked to leave (`.quit`, `.exit`).
    case quit
  }

  /// The version shown in the banner and by `--version`.
  package static let version = "0.1"

  package internal(set) var corpus: Corpus = .empty
  /// Every path loaded so far, in the order given, without repeats.
  package internal(set) var paths: [String] = []
  package var format: OutputFormat
  package var headers: Bool
  /// Whether tables may use colour (a terminal, and `NO_COLOR` unset).
  package var color = false
  /// Whether loads print a summary line; on in the interactive shell.
  package var reportsLoads = false
  /// Whether each query's run time is printed (`.timer`).
  package var timer = false
  /// Whether batch input stops at the first error (`.bail`).
  package var bail = false
  /// Whether long results go through `pager` (`.pager`).
  package var pagerEnabled = true
  /// `$NAME` values (`.set`, `--param`).
  package var parameters: [String: String] = [:]
  /// Where results go when no `.output` file is open.
  package let output: any TextSink
  package let errors: any TextSink
  /// How a load or query learns of Ctrl-C.
  package var cancellation: Cancellation = .never
  /// The pager for long results on the terminal; nil pages nothing.
  package var pager: Pager?
  /// The terminal height, asked before paging.
  package var rows: () -> Int? = { nil }
  /// Where a load's progress bar is drawn (a terminal), or nil for none.
  package var progressOutput: (any TextSink)?
  /// Opens text in the user's editor and returns what was saved (`.edit`).
  package var editText: (String) throws(ExternalEditor.Failure) -> String = {
    text throws(ExternalEditor.Failure) in try ExternalEditor.fromEnvironment().edit(text)
  }
  /// Called with each input run from `.edit`, to add it to the history.
  package var remember: ((String) -> Void)?
  /// Set once `.quit` has run, so scripts sourcing one another all stop.
  package internal(set) var hasQuit = false
  /// The last query run, as typed, for `.edit`.
  package internal(set) var lastQuery: String?
  /// How the last load went, for `.stats`; nil before any load.
  package internal(set) var lastLoad: LoadReport?
  /// How the snapshot cache served the last load, for `.stats`; nil without a cache.
  package internal(set) var lastCacheUsage: CacheUsage?

  let loader: CorpusLoader
  let width: () -> Int?
  /// Load problems already printed, so a reload does not repeat them.
  var reportedProblems: Set<String> = []
  /// The file `.output` or `.once` opened, and whether it takes one result only.
  var redirect: (file: OutputFile, once: Bool)?
  /// The buffer results are rendered into (the last piece of a large tsv or csv result, or a
  /// whole smaller one), kept so that the next result is rendered into memory already in use
  /// rather than into pages mapped anew.
  var rendered = RenderBuffer()
  /// The real paths of the scripts being run, outermost first, to catch include cycles.
  var scriptStack: [(path: String, shownAs: String)] = []
  /// Names offered by completion, gathered once per load.
  var completionNames: [String]?

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
  package var isOutputClosed: Bool { redirect == nil && output.isClosed }

  /// Runs one input: a query (possibly of several lines), a dot-command, a `#` comment or a
  /// blank line.
  ///
  /// - Parameters:
  ///   - input: the text, without its final line terminator.
  ///   - location: where the input came from; when given, errors start with
  ///     `file:line:column:`. Its column is where `input` starts in that line.
  /// - Returns: whether the input ran, failed (a diagnostic went to `errors`) or asked to quit.
  @discardableResult
  package func execute(_ input: String, at location: InputLocation? = nil) -> Outcome {
    let leading = input.prefix(while: \.isWhitespace).count
    let source = String(input.dropFirst(leading)).trimmingWhitespace
    if source.isEmpty || source.hasPrefix("#") { return .success }
    let context = InputContext(source: source, location: location, leading: leading)
    let substitution: ParameterSubstitution
    do {
      substitution = try ParameterSubstitution(source, parameters: parameters)
    } catch {
      report(error, in: context)
      return .failure
    }
    do throws(QueryError) {
      if substitution.text.hasPrefix(".") {
        return try run(try DotCommand.parse(substitution.text), in: context)
      }
      lastQuery = source
      return try runQuery(substitution.text, in: context)
    } catch {
      let range = substitution.originalRange(of: error.range)
      report(QueryError(message: error.message, range: range, hint: error.hint), in: context)
      return .failure
    }
  }

  /// Where an input came from, to locate its errors.
  struct InputContext {
    /// The input without leading and trailing whitespace.
    var source: String
    var location: InputLocation?
    /// How many Characters of whitespace preceded `source`.
    var leading: Int

    /// The folder relative paths in the input are taken from: the script's, or nil for the
    /// current folder.
    var folder: String? {
      guard let file = location?.file, file != "<stdin>", let slash = file.lastIndex(of: "/")
      else { return nil }
      return String(file[..<slash]).isEmpty ? "/" : String(file[..<slash])
    }

    /// The range of everything after the command word, for errors about a command's arguments.
    var argumentsRange: Range<Int> {
      let characters = Array(source)
      var start = characters.firstIndex(where: \.isWhitespace) ?? characters.count
      while start < characters.count, characters[start].isWhitespace { start += 1 }
      return start..<characters.count
    }
  }

  /// Writes a diagnostic for an error in the input.
  func report(_ error: QueryError, in context: InputContext) {
    errors.write(
      DiagnosticRenderer.render(
        error, source: context.source, file: context.location?.file,
        line: context.location?.line ?? 1,
        column: (context.location?.column ?? 1) + context.leading))
  }

  /// Writes a one-line diagnostic, `file:line:column: error: message`, for failures that are
  /// not about the input's text (a full disk).
  func reportFailure(_ message: String, in context: InputContext?) {
    var prefix = ""
    if let context, let location = context.location {
      prefix = "\(location.file):\(location.line):\(location.column + context.leading): "
    }
    errors.write(prefix + "error: " + TerminalSanitizer.clean(message) + "\n")
  }

  /// Parses and answers a query, then writes the result.
  private func runQuery(_ text: String, in context: InputContext) throws(QueryError) -> Outcome {
    let corpus = self.corpus
    let clock = ContinuousClock()
    let start = clock.now
    let result: Result<ResultTable, QueryError>?
    if cancellation.isNever {
      result = Result { () throws(QueryError) in try QueryEngine.run(text, on: corpus) }
    } else {
      cancellation.reset()
      result = BackgroundWork.run(
        { Result { () throws(QueryError) in try QueryEngine.run(text, on: corpus) } },
        cancellation: cancellation)
    }
    guard let result else {
      errors.write("query cancelled\n")
      return .failure
    }
    let table = try result.get()
    let outcome = emit(table, in: context)
    if timer { errors.write("run time: \(Self.seconds(clock.now - start))\n") }
    return outcome
  }

  /// `0.012 s`.
  static func seconds(_ duration: Duration) -> String {
    let milliseconds = duration.components.seconds * 1000
      + duration.components.attoseconds / 1_000_000_000_000_000
    let whole = milliseconds / 1000
    let fraction = String(milliseconds % 1000)
    return "\(whole).\(String(repeating: "0", count: 3 - fraction.count))\(fraction) s"
  }
}

/// `1 article`, `2 articles`.
func counted(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
  "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
}
