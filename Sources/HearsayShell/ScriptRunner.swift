/// Runs a script file of queries and dot-commands in a session.
///
/// Blank lines and lines starting with `#` are skipped (so is a first line `#!…`, which makes
/// the file executable); a query goes on over several lines while a quote or parenthesis is
/// open. An error is printed as `script.hsq:3:5: error: …` with the line and a caret, and stops
/// the script with status 1 unless the session's `bail` is off.
///
/// ```
/// #!/usr/bin/env -S hearsay -f
/// .mode csv
/// who said * about (harbor
///   or port)
/// ```
package struct ScriptRunner {
  /// The path as the user gave it; diagnostics name the file this way.
  package var path: String

  package init(path: String) {
    self.path = path
  }

  /// Runs the script and returns the exit status: 0, or 1 when the file cannot be read or a line
  /// failed.
  package func run(in session: Session) -> Int32 {
    session.runScript(at: path) == .failure ? 1 : 0
  }
}
