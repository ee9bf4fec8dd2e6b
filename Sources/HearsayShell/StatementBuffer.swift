/// Gathers input lines into whole statements: a query goes on over several lines while a quoted
/// phrase or a parenthesis is open, following the query lexer's quoting rules.
///
/// ```
/// hearsay> who said * about (port
///    ...> or "rail
///    ...> line")
/// ```
/// is one statement of three lines. Dot-commands, `#` comments and blank lines are always one
/// line. A line starting with `#` inside a query (outside a phrase) is a comment: it is kept as
/// a blank line, so the statement's line numbers still match the input's.
package struct StatementBuffer {
  /// The lines gathered so far, joined with line feeds.
  package private(set) var text = ""
  /// How many lines were gathered.
  package private(set) var lineCount = 0
  private var scan = Scan()

  package init() {}

  /// Whether nothing has been gathered.
  package var isEmpty: Bool { lineCount == 0 }

  /// Whether the statement is complete: no phrase or parenthesis left open.
  package var isComplete: Bool { !isEmpty && !scan.isOpen }

  /// Adds a line (without its terminator).
  package mutating func append(_ line: String) {
    if isEmpty {
      lineCount = 1
      text = line
      let trimmed = line.drop(while: \.isWhitespace)
      if trimmed.hasPrefix(".") || trimmed.hasPrefix("#") { return }
      scan.read(line)
      return
    }
    lineCount += 1
    let isComment = !scan.isInPhrase && line.drop(while: \.isWhitespace).hasPrefix("#")
    text += "\n" + (isComment ? "" : line)
    if !isComment { scan.read("\n" + line) }
  }

  /// Empties the buffer.
  package mutating func reset() { self = StatementBuffer() }

  /// Quote and parenthesis state across lines, by the query lexer's rules: any of `"`, `“`, `”`
  /// opens and closes a double-quoted phrase; `'` or `‘` at the start of a word opens a single
  /// quoted one, closed by `'` or `’` at the end of a word.
  private struct Scan {
    var doubleQuoted = false
    var singleQuoted = false
    var depth = 0
    /// The character before the next one read, to tell where words start.
    var previous: Character = " "
    /// A single quote seen inside a single-quoted phrase, closing it if a word end follows.
    var pendingClose = false

    var isInPhrase: Bool { doubleQuoted || (singleQuoted && !pendingClose) }
    var isOpen: Bool { isInPhrase || depth > 0 }

    mutating func read(_ text: String) {
      for character in text {
        if pendingClose {
          pendingClose = false
          if Self.endsWord(character) {
            singleQuoted = false
          }
        }
        if doubleQuoted {
          if Self.doubleQuotes.contains(character) { doubleQuoted = false }
        } else if singleQuoted {
          if character == "'" || character == "\u{2019}" { pendingClose = true }
        } else if Self.doubleQuotes.contains(character) {
          doubleQuoted = true
        } else if (character == "'" || character == "\u{2018}") && Self.startsWord(after: previous)
        {
          singleQuoted = true
        } else if character == "(" {
          depth += 1
        } else if character == ")" {
          depth = max(0, depth - 1)
        }
        previous = character
      }
      // The end of the text ends a word, so a trailing quote closes; but more text may follow
      // on the next line, which starts with a line feed, so the pending close is kept.
    }

    private static let doubleQuotes: Set<Character> = ["\"", "\u{201C}", "\u{201D}"]

    private static func endsWord(_ character: Character) -> Bool {
      character.isWhitespace || character == "(" || character == ")"
        || doubleQuotes.contains(character)
    }

    private static func startsWord(after previous: Character) -> Bool {
      endsWord(previous)
    }
  }
}
