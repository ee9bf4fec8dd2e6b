/// Reads lines from standard input when it is not a terminal (a pipe or a file): no prompt, no
/// editing.
package final class StandardInputLineReader: LineReader {
  package init() {}

  package func readLine(prompt: String) -> LineInput {
    guard var line = Swift.readLine(strippingNewline: true) else { return .end }
    if line.hasSuffix("\r") { line.removeLast() }
    return .line(line)
  }
}
