/// Renders a `QueryError` for people: where, what, the line with a caret under the range, a hint.
///
///     report.hsq:3:14: error: expected 'said' after 'who'
///       who sed * about SCO
///           ^~~
///     hint: did you mean 'said'?
///
/// Without a file (the shell), the first line is just `error: …`. The source line and caret are
/// indented two spaces; the caret is as wide as the range (one `^` for an empty range), measured
/// in terminal columns, with tabs copied so it stays under the text.
public enum DiagnosticRenderer {
  /// The diagnostic as lines of text, the last ending in a newline.
  ///
  /// - Parameters:
  ///   - error: the error to show.
  ///   - source: the query text the error's range indexes into.
  ///   - file: the script path, or nil in the shell (then no location prefix is printed).
  ///   - line: the 1-based line in `file` where `source` starts.
  ///   - column: the 1-based column in that line where `source` starts.
  /// - Returns: `file:line:column: error: message`, the source line, the caret and the hint.
  public static func render(
    _ error: QueryError, source: String, file: String? = nil, line: Int = 1, column: Int = 1
  ) -> String {
    let characters = Array(source)
    let lower = min(max(0, error.range.lowerBound), characters.count)
    let upper = min(max(lower, error.range.upperBound), characters.count)
    let lineStart = characters[..<lower].lastIndex(where: \.isNewline).map { $0 + 1 } ?? 0
    let lineEnd = characters[lineStart...].firstIndex(where: \.isNewline) ?? characters.count
    let location = SourceLocation(
      offset: lower, in: source, start: SourceLocation(line: line, column: column))

    var out = file.map { "\($0):\(location): " } ?? ""
    out += "error: \(error.message)\n"
    out += "  " + TerminalSanitizer.clean(String(characters[lineStart..<lineEnd])) + "\n"
    let lead = characters[lineStart..<lower].map {
      $0 == "\t" ? "\t" : String(repeating: " ", count: DisplayWidth.of($0))
    }
    let span = DisplayWidth.of(String(characters[lower..<min(upper, lineEnd)]))
    out += "  " + lead.joined() + "^" + String(repeating: "~", count: max(0, span - 1)) + "\n"
    if let hint = error.hint { out += "hint: \(hint)\n" }
    return out
  }
}
