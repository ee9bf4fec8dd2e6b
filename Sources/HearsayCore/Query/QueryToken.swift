/// A word, quoted phrase or parenthesis of a query, with the Characters it covers.
package struct QueryToken: Sendable, Equatable {
  package enum Kind: Sendable, Equatable {
    /// A run of characters up to whitespace, a parenthesis or a double quote: `said`, `tariff*`.
    case word
    /// Text between quotes, without them: `"third party"` gives `third party`.
    case phrase
    case leftParen
    case rightParen
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

  /// How the token reads in a message: `'said'`, `"third party"`, `')'` or `the end of the query`.
  var quoted: String {
    switch kind {
    case .word, .leftParen, .rightParen: return "'\(text)'"
    case .phrase: return "\"\(text)\""
    case .end: return "the end of the query"
    }
  }
}
