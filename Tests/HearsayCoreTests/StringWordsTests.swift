import Testing

@testable import HearsayCore

/// The byte-level word helpers against the standard library's answers, on ASCII, non-ASCII
/// and combining text, where the fast paths must hand over to the slow ones.
@Suite struct StringWordsTests {
  static let samples = [
    "", " ", "Wang", "Wang Yi", "  Wang  Yi ", "Mr Wang", "ANDRÉS López", "Zoë  Ruiz", "e\u{301}lan vital",
    "the minister's", "Russia’s", "state-based", "U.S.", "a b c d", "北京 市", "Ines Moreau ", "x\u{301}'s",
  ]

  @Test(arguments: samples)
  func lowercasedWordsMatchSplitAndLowercase(_ text: String) {
    let expected: [String] = text.split(separator: " ").map { $0.lowercased() }
    #expect(text.lowercasedWords == expected)
  }

  @Test(arguments: samples)
  func wordCountAndLastWordMatchSplit(_ text: String) {
    let words: [Substring] = text.split(separator: " ")
    #expect(text.spaceSeparatedCount == words.count)
    let last: String? = text.lastSpaceSeparatedWord.map { String($0) }
    #expect(last == words.last.map { String($0) })
  }

  @Test(arguments: samples)
  func plainSuffixMatchesHasSuffix(_ text: String) {
    #expect(text.hasPlainSuffix("'s") == text.hasSuffix("'s"))
    #expect(text.hasPlainSuffix("’s") == text.hasSuffix("’s"))
    #expect(text.hasPlainSuffix("-based") == text.hasSuffix("-based"))
    #expect(text.hasPlainSuffix(".") == text.hasSuffix("."))
  }

  @Test func wordFilterNeverRejectsAnInsertedWord() {
    let words = ["said", "told", "added", "according", "Wang", "Москва", "", "x"]
    let filter = WordFilter(words)
    for word in words { #expect(filter.mayContain(word)) }
    // Most other words are screened out: of these, which share no first byte and length with
    // the inserted ones, none gets through.
    #expect(!WordFilter(["said"]).mayContain("the"))
    #expect(!WordFilter().mayContain("said"))
  }
}
