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
///
/// A line wider than `maximumWidth` columns (a 1 MB query) is cut to a window of that width
/// around the error, from a third of it before the caret, each cut end marked `…`; a range
/// running past the window ends under the `…`. The location prefix still gives the true
/// column (`<stdin>:2:20001: error: …`).
public enum DiagnosticRenderer {
  /// The widest source line shown, in terminal columns, `…` marks included.
  public static let maximumWidth = 100

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
    let shown = window(of: characters, line: lineStart..<lineEnd, error: lower)
    let cutBefore = shown.lowerBound > lineStart
    let cutAfter = shown.upperBound < lineEnd
    out += "  " + (cutBefore ? "…" : "") + TerminalSanitizer.clean(String(characters[shown]))
    out += (cutAfter ? "…" : "") + "\n"
    // Measured on the cleaned text, as shown: escape sequences take no columns.
    let before = TerminalSanitizer.clean(String(characters[shown.lowerBound..<lower]))
    let lead = (cutBefore ? [" "] : []) + before.map {
      $0 == "\t" ? "\t" : String(repeating: " ", count: DisplayWidth.of($0))
    }
    // A range running on past the cut end reaches under its `…` too.
    let span = DisplayWidth.of(
      TerminalSanitizer.clean(String(characters[lower..<min(upper, shown.upperBound)])))
      + (upper > shown.upperBound ? 1 : 0)
    out += "  " + lead.joined() + "^" + String(repeating: "~", count: max(0, span - 1)) + "\n"
    if let hint = error.hint { out += "hint: \(hint)\n" }
    return out
  }

  /// The characters of `line` to show: all of them when they fit in `maximumWidth` columns;
  /// otherwise a window starting at most a third of that width before `error` (or earlier, when
  /// the window reaches the end of the line), leaving a column for each `…` needed.
  private static func window(
    of characters: [Character], line: Range<Int>, error: Int
  ) -> Range<Int> {
    // Tabs count as 8 columns, the most they can take.
    func width(_ i: Int) -> Int { characters[i] == "\t" ? 8 : DisplayWidth.of(characters[i]) }
    var total = 0
    for i in line {
      total += width(i)
      if total > maximumWidth { break }
    }
    guard total > maximumWidth else { return line }
    var start = error
    var used = 0
    while start > line.lowerBound, used + width(start - 1) <= maximumWidth / 3 {
      start -= 1
      used += width(start)
    }
    if start > line.lowerBound { used += 1 }
    var end = error
    while end < line.upperBound {
      let mark = end + 1 < line.upperBound ? 1 : 0
      guard used + width(end) + mark <= maximumWidth else { break }
      used += width(end)
      end += 1
    }
    // The window reaches the end of the line: fill the spare columns with text before it.
    while end == line.upperBound, start > line.lowerBound, used + width(start - 1) <= maximumWidth {
      start -= 1
      used += width(start)
    }
    return start..<end
  }
}
