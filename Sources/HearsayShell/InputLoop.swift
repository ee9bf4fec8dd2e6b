/// Feeds lines from a `LineReader` to a `Session` until the input ends, `.quit` is given, an
/// error stops it, or the output is closed; and tells the exit status.
///
/// The same loop serves the interactive shell, piped standard input and script files; they
/// differ only in the prompt, in how errors are located and in what an error does
/// (`ErrorPolicy`).
package struct InputLoop {
  /// What a failing line does to the run.
  package enum ErrorPolicy: Sendable {
    /// Go on; the exit status stays 0 (the interactive shell).
    case ignore
    /// Go on, and exit with status 1 at the end (piped standard input, as sqlite3 does).
    case remember
    /// Stop at the first error with status 1 (script files).
    case stop
  }

  package var prompt: String
  /// The name errors are located in (`script.hsq`, `<stdin>`), or nil for no location prefix.
  package var file: String?
  package var errorPolicy: ErrorPolicy

  package init(prompt: String = "", file: String? = nil, errorPolicy: ErrorPolicy) {
    self.prompt = prompt
    self.file = file
    self.errorPolicy = errorPolicy
  }

  /// Runs the loop and returns the exit status: 0, or 1 after an error (see `ErrorPolicy`).
  package func run(_ reader: any LineReader, in session: Session) -> Int32 {
    var lineNumber = 0
    var failed = false
    while !session.isOutputClosed {
      let line: String
      switch reader.readLine(prompt: prompt) {
      case .end: return failed ? 1 : 0
      case .interrupted:
        lineNumber += 1
        continue
      case .line(let text): line = text
      }
      lineNumber += 1
      let location = file.map { InputLocation(file: $0, line: lineNumber) }
      switch session.execute(line, at: location) {
      case .success: continue
      case .quit: return failed ? 1 : 0
      case .failure:
        switch errorPolicy {
        case .ignore: continue
        case .remember: failed = true
        case .stop: return 1
        }
      }
    }
    // The reader of our output went away: end quietly, as `head` expects.
    return 0
  }
}
