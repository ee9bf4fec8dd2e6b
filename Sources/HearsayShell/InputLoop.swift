/// Feeds input from a `LineReader` to a `Session`, a whole statement at a time, until the input
/// ends, `.quit` is given, an error stops it, or the output is closed; and tells the exit
/// status.
///
/// The same loop serves the interactive shell, piped standard input, script files, `.source`
/// and `.edit`. A query goes on over several lines while a quote or parenthesis is open
/// (`StatementBuffer`); in the interactive shell the next lines are read with the continuation
/// prompt and the whole statement becomes one history entry.
package struct InputLoop {
  /// What errors do, and whether there is a person at a terminal.
  package enum Mode: Sendable {
    /// A person types: errors never stop the loop and the status stays 0; statements go to the
    /// history; `.edit` on a continuation line opens the statement so far.
    case interactive
    /// Scripts, pipes, `.source`: errors stop the loop with status 1 when the session's `bail`
    /// is on; otherwise it goes on and the status is 1 at the end.
    case batch
  }

  /// The prompt for a statement's first line.
  package var prompt: String
  /// The prompt for the next lines of a statement.
  package var continuationPrompt: String
  /// The name errors are located in (`script.hsq`, `<stdin>`), or nil for no location prefix.
  package var file: String?
  package var mode: Mode

  package init(
    prompt: String = "", continuationPrompt: String = "", file: String? = nil, mode: Mode
  ) {
    self.prompt = prompt
    self.continuationPrompt = continuationPrompt
    self.file = file
    self.mode = mode
  }

  /// Runs the loop and returns the exit status: 0, or 1 after an error (see `Mode`).
  package func run(_ reader: any LineReader, in session: Session) -> Int32 {
    var lineNumber = 0
    var startLine = 1
    var failed = false
    var statement = StatementBuffer()
    while !session.isOutputClosed {
      let text: String
      switch reader.readLine(prompt: statement.isEmpty ? prompt : continuationPrompt) {
      case .end:
        // An unfinished statement still runs, to report what is left open.
        if !statement.isEmpty, execute(statement.text, at: startLine, reader, session) == .failure {
          failed = true
        }
        return failed && mode == .batch ? 1 : 0
      case .interrupted:
        lineNumber += 1
        statement.reset()
        continue
      case .line(let line):
        text = line
      }
      lineNumber += 1
      if statement.isEmpty {
        startLine = lineNumber
      } else if mode == .interactive && text.trimmingWhitespace == ".edit" {
        let pending = statement.text
        statement.reset()
        if session.edit(pending) == .quit { return 0 }
        continue
      }
      statement.append(text)
      guard statement.isComplete else { continue }
      let complete = statement.text
      statement.reset()
      switch execute(complete, at: startLine, reader, session) {
      case .success: continue
      case .quit: return failed && mode == .batch ? 1 : 0
      case .failure:
        guard mode == .batch else { continue }
        if session.bail { return 1 }
        failed = true
      }
    }
    // The reader of our output went away: end quietly, as `head` expects.
    return 0
  }

  private func execute(
    _ statement: String, at line: Int, _ reader: any LineReader, _ session: Session
  ) -> Session.Outcome {
    if mode == .interactive { reader.remember(statement.trimmingWhitespace) }
    return session.execute(statement, at: file.map { InputLocation(file: $0, line: line) })
  }
}
