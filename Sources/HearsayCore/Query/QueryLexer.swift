/// Splits a query into words, quoted phrases, parentheses and the pipeline's symbols.
///
/// Whitespace separates words; `(`, `)`, `|`, `=` and `!=` stand alone; a phrase runs from a
/// double quote (`"`, `“` or `”`) to the next one, or from a single quote (`'`, `‘`) at the start
/// of a word to a closing one (`'`, `’`) at the end of a word, so `O'Brien` stays one word.
/// Offsets are Characters.
///
///     who said "third party"      →  who · said · "third party" · end
///     0   4    9               22
enum QueryLexer {
  static func tokens(in query: String) throws(QueryError) -> [QueryToken] {
    let chars = Array(query)
    var tokens: [QueryToken] = []
    var i = 0
    while i < chars.count {
      let c = chars[i]
      if c.isWhitespace {
        i += 1
      } else if let kind = symbols[c] {
        tokens.append(QueryToken(kind: kind, text: String(c), range: i..<i + 1))
        i += 1
      } else if startsNotEquals(chars, at: i) {
        tokens.append(QueryToken(kind: .notEquals, text: "!=", range: i..<i + 2))
        i += 2
      } else if doubleQuotes.contains(c) {
        guard let close = chars[(i + 1)...].firstIndex(where: doubleQuotes.contains) else {
          throw QueryError.unterminatedPhrase(at: i..<chars.count, quote: c)
        }
        tokens.append(
          QueryToken(kind: .phrase, text: String(chars[(i + 1)..<close]), range: i..<close + 1))
        i = close + 1
      } else if singleOpeningQuotes.contains(c) {
        guard let close = closingSingleQuote(in: chars, after: i) else {
          throw QueryError.unterminatedPhrase(at: i..<chars.count, quote: c)
        }
        tokens.append(
          QueryToken(kind: .phrase, text: String(chars[(i + 1)..<close]), range: i..<close + 1))
        i = close + 1
      } else {
        let start = i
        while i < chars.count, !endsWord(chars[i]), !startsNotEquals(chars, at: i) { i += 1 }
        tokens.append(QueryToken(kind: .word, text: String(chars[start..<i]), range: start..<i))
      }
    }
    tokens.append(QueryToken(kind: .end, text: "", range: chars.count..<chars.count))
    return tokens
  }

  private static let doubleQuotes: Set<Character> = ["\"", "\u{201C}", "\u{201D}"]
  private static let singleOpeningQuotes: Set<Character> = ["'", "\u{2018}"]
  private static let singleClosingQuotes: Set<Character> = ["'", "\u{2019}"]

  private static let symbols: [Character: QueryToken.Kind] = [
    "(": .leftParen, ")": .rightParen, "|": .pipe, "=": .equals,
  ]

  private static func endsWord(_ c: Character) -> Bool {
    c.isWhitespace || symbols[c] != nil || doubleQuotes.contains(c)
  }

  private static func startsNotEquals(_ chars: [Character], at i: Int) -> Bool {
    chars[i] == "!" && i + 1 < chars.count && chars[i + 1] == "="
  }

  /// The first single quote after `open` that ends a word (followed by a space, a parenthesis or
  /// the end), so `'Marsh's plan'` closes at the last quote.
  private static func closingSingleQuote(in chars: [Character], after open: Int) -> Int? {
    var j = open + 1
    while j < chars.count {
      if singleClosingQuotes.contains(chars[j]), j + 1 == chars.count || endsWord(chars[j + 1]) {
        return j
      }
      j += 1
    }
    return nil
  }
}
