/// A source of input lines for the shell: the line editor, standard input, or a test script.
///
/// The loop asks for one line at a time; a reader shows the prompt if it has a place to show it.
package protocol LineReader: AnyObject {
  /// Reads the next line, without its line terminator.
  func readLine(prompt: String) -> LineInput
  /// Keeps a whole statement (perhaps of several lines) in the history, if the reader has one.
  func remember(_ entry: String)
}

extension LineReader {
  package func remember(_ entry: String) {}
}

/// What a `LineReader` produced.
package enum LineInput: Equatable, Sendable {
  /// A line of input, without its line terminator.
  case line(String)
  /// The user pressed Ctrl-C: the statement being typed is dropped and the shell goes on.
  case interrupted
  /// No more input: end of file, or Ctrl-D on an empty line.
  case end
}
