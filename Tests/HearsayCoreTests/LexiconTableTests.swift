@testable import HearsayCore
import Testing

@Suite struct LexiconTableTests {
  static let dictionary: [String: Int] = [
    "said": 1, "told": 2, "mr.": 3, "gov't": 4, "co-founder": 5, "don\u{2019}t": 6, "caf\u{E9}": 7, "": 8,
  ]

  /// Each row: a word looked up, and what `Dictionary` answers for it.
  @Test(arguments: [
    "said", "told", "mr.", "gov't", "co-founder", "don\u{2019}t", "caf\u{E9}", "",
    // Decomposed é: a different byte sequence, the same string.
    "cafe\u{301}",
    "say", "saidx", "Said", "tol", "mr", "cafe", "don't", "unknown-word-longer-than-fifteen-bytes",
  ])
  func answersAsTheDictionary(word: String) {
    let table = LexiconTable(Self.dictionary)
    #expect(table[word] == Self.dictionary[word])
    #expect(table.contains(word) == (Self.dictionary[word] != nil))
  }

  @Test func aKeyEquivalentToAnASCIIWordIsFoundByThatWord() {
    // KELVIN SIGN is canonically equivalent to "K": byte look-ups would miss it.
    let table = LexiconTable(["\u{212A}m": 1, "said": 2])
    #expect(table["Km"] == 1)
    #expect(table["said"] == 2)
    #expect(table["told"] == nil)
  }

  @Test func manyKeysAreAllFound() {
    var dictionary: [String: Int] = [:]
    for n in 0..<2000 { dictionary["w\(n)"] = n }
    let table = LexiconTable(dictionary)
    for n in 0..<2000 { #expect(table["w\(n)"] == n) }
    #expect(table["w2000"] == nil)
  }

  @Test func aSetAnswersAsSetOfString() {
    let set: LexiconSet = ["of", "for", "de", "of", "\u{E9}t\u{E9}"]
    #expect(set.contains("of"))
    #expect(set.contains("de"))
    #expect(!set.contains("on"))
    #expect(set.contains("e\u{301}te\u{301}"))
    #expect(set.words == ["of", "for", "de", "\u{E9}t\u{E9}"])
  }
}
