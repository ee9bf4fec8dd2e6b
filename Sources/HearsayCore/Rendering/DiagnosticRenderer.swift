/// Renders a `QueryError` for people: `file:line:column: error: message`, the line, a caret.
public enum DiagnosticRenderer {
  /// - Parameters:
  ///   - source: the query text the error's range indexes into.
  ///   - file: the script path, or nil in the shell (then no location prefix is printed).
  ///   - line: the 1-based line in `file` where `source` starts.
  ///   - column: the 1-based column in that line where `source` starts.
  public static func render(
    _ error: QueryError, source: String, file: String? = nil, line: Int = 1, column: Int = 1
  ) -> String {
    let col = column + error.range.lowerBound
    let prefix = file.map { "\($0):\(line):\(col): " } ?? ""
    var out = "\(prefix)error: \(error.message)\n"
    out += "  \(source)\n"
    out += "  " + String(repeating: " ", count: error.range.lowerBound)
      + String(repeating: "^", count: max(1, error.range.count)) + "\n"
    if let hint = error.hint { out += "hint: \(hint)\n" }
    return out
  }
}
