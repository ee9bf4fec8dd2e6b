import HearsayCore

/// Splits a dot-command line into words, keeping each word's range for diagnostics.
///
/// `.load "my articles" news\ 2025` gives `.load`, `my articles` and `news 2025`. Ranges are in
/// Characters from the start of the line and cover the word as typed, quotes included.
enum CommandWords {
  /// One word of a command line.
  struct Word: Equatable {
    var text: String
    var range: Range<Int>
  }

  static func split(_ line: String) throws(QueryError) -> [Word] {
    var words: [Word] = []
    var current: String?
    var start = 0
    var quote: Character?
    var quoteStart = 0
    var escaped = false
    for (offset, character) in line.enumerated() {
      if escaped {
        current = (current ?? "") + String(character)
        escaped = false
        continue
      }
      if character == "\\" {
        if current == nil {
          current = ""
          start = offset
        }
        escaped = true
        continue
      }
      if let open = quote {
        if character == open {
          quote = nil
        } else {
          current = (current ?? "") + String(character)
        }
        continue
      }
      if character == "\"" || character == "'" {
        if current == nil {
          current = ""
          start = offset
        }
        quote = character
        quoteStart = offset
        continue
      }
      if character.isWhitespace {
        if let text = current {
          words.append(Word(text: text, range: start..<offset))
          current = nil
        }
        continue
      }
      if current == nil {
        current = ""
        start = offset
      }
      current = (current ?? "") + String(character)
    }
    let end = line.count
    if quote != nil {
      throw QueryError(
        message: "unterminated quoted argument", range: quoteStart..<end,
        hint: "close it with a matching quote")
    }
    if escaped { current = (current ?? "") + "\\" }
    if let text = current { words.append(Word(text: text, range: start..<end)) }
    return words
  }
}
