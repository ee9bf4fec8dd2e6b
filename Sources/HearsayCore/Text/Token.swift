/// A word, number or punctuation mark of a sentence, with its byte range in the article text.
struct Token: Sendable {
  enum Kind: UInt8, Sendable {
    case word, number, punctuation, quote, dash
  }

  var start: Int
  var end: Int
  var kind: Kind
  /// The token's text as in the article.
  var text: String
  /// Lowercased text, possessive `'s` kept ("russia's").
  var lower: String

  /// Capitalised word: "Wang", "SCO", "Andrés".
  let isCapitalized: Bool
  /// All capitals, two letters or more: "SCO", "BRICS", "U.S.".
  let isAcronym: Bool

  /// A token whose capitalisation was read off its bytes by the tokenizer.
  init(start: Int, end: Int, kind: Kind, text: String, lower: String, isCapitalized: Bool, isAcronym: Bool) {
    self.start = start
    self.end = end
    self.kind = kind
    self.text = text
    self.lower = lower
    self.isCapitalized = isCapitalized
    self.isAcronym = isAcronym
  }

  init(start: Int, end: Int, kind: Kind, text: String, lower: String) {
    self.start = start
    self.end = end
    self.kind = kind
    self.text = text
    self.lower = lower
    guard kind == .word else {
      isCapitalized = false
      isAcronym = false
      return
    }
    var capitalized = false
    var acronym = true
    var letters = 0
    var first = true
    for b in text.utf8 where b < 0x80 {
      if ByteClass.isUpper(b) {
        if first { capitalized = true }
        letters += 1
      } else if ByteClass.isLower(b) {
        acronym = false
      }
      first = false
    }
    if text.utf8.contains(where: { $0 >= 0x80 }) {
      // Non-ASCII letters: ask Unicode.
      let scalars = text.unicodeScalars
      capitalized = scalars.first?.properties.isUppercase ?? false
      letters = 0
      acronym = true
      for s in scalars {
        if s.properties.isLowercase { acronym = false }
        if s.properties.isAlphabetic { letters += 1 }
      }
    }
    isCapitalized = capitalized
    isAcronym = acronym && letters >= 2
  }

  func isWord(_ lowercased: String) -> Bool { lower == lowercased }
  var isComma: Bool { kind == .punctuation && text == "," }
}
