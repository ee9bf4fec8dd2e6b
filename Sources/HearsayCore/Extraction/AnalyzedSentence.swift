/// A sentence during extraction: its bytes, tokens, names, and which tokens are quoted.
struct AnalyzedSentence: Sendable {
  var index: Int
  var start: Int
  var end: Int
  var paragraph: Int
  var tokens: [Token]
  var mentions: [Mention] = []
  /// For each token, the quote region it lies in, if any (index into the article's quotes).
  var quoteOf: [Int?] = []

  private static let finalMarks: Set<String> = [".", "!", "?", ";", ":"]

  /// The mention whose name ends just before token `k` (exclusive end), if any.
  func mention(endingAt k: Int) -> Mention? {
    mentions.last(where: { $0.last == k })
  }

  /// The mention whose role or name starts at token `k`, if any.
  func mention(startingAt k: Int) -> Mention? {
    mentions.first(where: { $0.roleFirst == k || $0.first == k })
  }

  /// Byte end of the sentence's last token that is not final punctuation.
  var contentEnd: Int {
    var k = tokens.count - 1
    while k >= 0, tokens[k].kind == .punctuation, AnalyzedSentence.finalMarks.contains(tokens[k].text) { k -= 1 }
    return k >= 0 ? tokens[k].end : start
  }
}

/// A stretch of quoted words: from its opening mark to its closing mark (or the paragraph end).
struct QuoteRegion: Sendable {
  /// Byte offset of the opening mark.
  var open: Int
  /// Byte offset just past the closing mark, or the paragraph end when unclosed.
  var close: Int
  /// The quoted words, marks excluded.
  var contentStart: Int
  var contentEnd: Int
  var closed: Bool
  var paragraph: Int
  /// Sentence index of the opening and closing marks.
  var firstSentence: Int
  var lastSentence: Int
  /// Number of word tokens inside.
  var words: Int
}
