/// A word, quoted phrase or parenthesis of a query, with the Characters it covers.
package struct QueryToken: Sendable, Equatable {
  package enum Kind: Sendable, Equatable {
    /// A run of characters up to whitespace, a parenthesis or a double quote: `said`, `tariff*`.
    case word
    /// Text between quotes, without them: `"third party"` gives `third party`.
    case phrase
    case leftParen
    case rightParen
    /// `|`, between a query and a pipeline stage.
    case pipe
    /// `=` and `!=` in `where COLUMN = VALUE`.
    case equals
    case notEquals
    /// After the last token; its range is empty, at the end of the query.
    case end
  }

  package let kind: Kind
  /// The word as typed, or the phrase without its quotes.
  package let text: String
  /// Where the token stands in the query, in Characters from 0, quotes included.
  package let range: Range<Int>
  /// The keyword the word spells, in any case; nil for phrases and other words.
  package let keyword: QueryKeyword?

  package init(kind: Kind, text: String, range: Range<Int>) {
    self.kind = kind
    self.text = text
    self.range = range
    self.keyword = kind == .word ? QueryKeyword(rawValue: text.lowercased()) : nil
  }

  /// How the token reads in a message: `'said'`, `"third party"`, `')'` or `the end of the query`;
  /// control characters are written as `\u{1B}`, so messages are safe to print.
  var quoted: String {
    switch kind {
    case .word, .leftParen, .rightParen, .pipe, .equals, .notEquals: return "'\(visibleText)'"
    case .phrase: return "\"\(visibleText)\""
    case .end: return "the end of the query"
    }
  }

  /// The text with control characters written out.
  private var visibleText: String {
    guard text.unicodeScalars.contains(where: Self.isControl) else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
      if Self.isControl(scalar) {
        out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// The first control character, not counting line breaks and tabs inside a quoted phrase
  /// (a phrase may run over the lines of a multi-line query).
  var firstControlCharacter: Unicode.Scalar? {
    text.unicodeScalars.first {
      Self.isControl($0) && !(kind == .phrase && ($0 == "\n" || $0 == "\r" || $0 == "\t"))
    }
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }
}
