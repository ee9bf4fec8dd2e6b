/// Runs a script file of queries and dot-commands, one per line, in a session.
///
/// Blank lines and lines starting with `#` are skipped. An error is printed as
/// `script.hsq:3:5: error: …` with the line and a caret, and stops the script with status 1.
///
/// ```
/// # report.hsq
/// .mode csv
/// who said * about harbor
/// ```
package struct ScriptRunner {
  /// The path as the user gave it; diagnostics name the file this way.
  package var path: String

  package init(path: String) {
    self.path = path
  }

  /// Runs the script and returns the exit status: 0, or 1 when the file cannot be read or a line
  /// fails.
  package func run(in session: Session) -> Int32 {
    let text: String
    do {
      text = try TextFile.contents(of: path)
    } catch {
      session.errors.write("hearsay: \(path): \(error.reason)\n")
      return 1
    }
    let loop = InputLoop(file: path, errorPolicy: .stop)
    return loop.run(ScriptedLineReader(text: text), in: session)
  }
}
