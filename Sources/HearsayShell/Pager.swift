#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Shows long results through a pager program on the terminal, as `git` and `psql` do.
///
/// The command comes from `$PAGER`, or `less -FRX` when it is unset (`-F` quits at once when
/// the text fits, `-R` keeps colours, `-X` leaves the text on the screen); an empty `$PAGER`
/// turns paging off.
package struct Pager: Sendable {
  /// The shell command run with the text on its standard input.
  package var command: String

  package init(command: String) {
    self.command = command
  }

  /// The pager from the environment, or nil when `$PAGER` is set but empty.
  package static func fromEnvironment(
    _ environment: (String) -> String? = { getenv($0).map { String(cString: $0) } }
  ) -> Pager? {
    guard let command = environment("PAGER") else { return Pager(command: "less -FRX") }
    let trimmed = command.trimmingWhitespace
    return trimmed.isEmpty ? nil : Pager(command: trimmed)
  }

  /// Whether a text is long enough to page on a screen of `rows` lines: it would scroll the
  /// first lines away (the prompt needs a line too).
  package static func needsPaging(_ text: String, rows: Int?) -> Bool {
    guard let rows, rows > 0 else { return false }
    var lines = 0
    for byte in text.utf8 where byte == UInt8(ascii: "\n") {
      lines += 1
      if lines >= rows { return true }
    }
    return false
  }

  /// Writes the text to the pager and waits for it to end.
  ///
  /// - Returns: false when the pager could not be started; the caller then writes the text
  ///   itself.
  package func show(_ text: String) -> Bool {
    guard let started = ExternalProgram.start(command, pipingInput: true),
      let input = started.input
    else { return false }
    // The pager may quit before reading everything (q in less): the write then fails quietly.
    FileDescriptorSink(descriptor: input).write(text)
    close(input)
    // 126 and 127: the shell could not run the command, and nothing was shown.
    let status = ExternalProgram.wait(for: started.pid)
    return status != 126 && status != 127
  }
}

extension String {
  /// The string without leading and trailing whitespace.
  var trimmingWhitespace: String {
    String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }
}
