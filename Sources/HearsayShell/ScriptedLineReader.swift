/// A reader that plays back prepared input, for tests and for script files.
///
/// ```swift
/// let reader = ScriptedLineReader([.line(".mode csv"), .interrupted, .line("people")])
/// ```
/// After the last item it reports `.end`. The prompts it was asked to show are kept in `prompts`.
package final class ScriptedLineReader: LineReader {
  private var inputs: [LineInput]
  private var next = 0
  /// Every prompt passed to `readLine`, in order.
  package private(set) var prompts: [String] = []

  package init(_ inputs: [LineInput]) {
    self.inputs = inputs
  }

  /// A reader over plain lines.
  package convenience init(lines: [String]) {
    self.init(lines.map(LineInput.line))
  }

  /// A reader over the lines of a text (`\n` or `\r\n` separated; a final newline ends the last
  /// line rather than starting an empty one).
  package convenience init(text: String) {
    // "\r\n" is a single Character, so it is matched as a separator of its own.
    var lines = text.split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }
    ).map(String.init)
    if lines.last == "" { lines.removeLast() }
    self.init(lines: lines)
  }

  package func readLine(prompt: String) -> LineInput {
    prompts.append(prompt)
    guard next < inputs.count else { return .end }
    defer { next += 1 }
    return inputs[next]
  }
}
