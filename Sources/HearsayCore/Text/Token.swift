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
  var isCapitalized: Bool {
    guard kind == .word, let first = text.unicodeScalars.first else { return false }
    return first.properties.isUppercase
  }

  /// All capitals, two letters or more: "SCO", "BRICS", "U.S.".
  var isAcronym: Bool {
    guard kind == .word else { return false }
    var letters = 0
    for s in text.unicodeScalars {
      if s.properties.isLowercase { return false }
      if s.properties.isAlphabetic { letters += 1 }
    }
    return letters >= 2
  }

  func isWord(_ lowercased: String) -> Bool { lower == lowercased }
  var isComma: Bool { kind == .punctuation && text == "," }
}
