/// Finds the texts a pattern occurs in from a word index.
///
/// The words of the pattern narrow the candidates; the texts themselves are read only to confirm
/// phrases, and a pattern of one word needs no confirming.
///
///     "third party"  →  texts with third ∩ texts with party  →  those where the phrase occurs
///     tariff*        →  texts with any word from tariff to tariffs, straight from the index
struct WordSearch {
  /// The index, which also holds the texts folded, to confirm phrases.
  let index: WordIndex

  /// The texts the pattern matches, ascending.
  func texts(matching pattern: TextPattern) -> [UInt32] {
    texts(matching: pattern, within: nil)
  }

  /// The texts the pattern matches, ascending, of those in `within` (ascending) when given:
  /// the same as intersecting after, but phrases are confirmed in those texts only.
  func texts(matching pattern: TextPattern, within: [UInt32]?) -> [UInt32] {
    if pattern.matchesEverything {
      let all = Array(0..<UInt32(clamping: index.count))
      return within.map { IDSet.intersection(all, $0) } ?? all
    }
    let words = pattern.words.filter { $0.contains { $0 != "*" } }
    var candidates: [UInt32]? = within
    var narrowed = false
    for word in words.sorted(by: { $0.contains("*") == false && $1.contains("*") }) {
      let found = texts(containingWord: word)
      candidates = candidates.map { IDSet.intersection($0, found) } ?? found
      narrowed = true
      if candidates?.isEmpty == true { return [] }
    }
    func confirmed(_ number: Int) -> Bool {
      index.withFoldedText(number) { pattern.matches(folded: $0) }
    }
    guard let candidates else {
      return (0..<index.count).filter(confirmed).map { UInt32($0) }
    }
    if narrowed && pattern.isOneWord { return candidates }
    return candidates.filter { confirmed(Int($0)) }
  }

  /// The texts holding a whole word that `word` (folded, perhaps with `*`) matches.
  private func texts(containingWord word: String) -> [UInt32] {
    guard let star = word.firstIndex(of: "*") else { return index.texts(containing: word) }
    let pattern = TextPattern(word)
    let prefix = Array(word[..<star].utf8)
    let lists = index.words(startingWith: prefix)
      .filter { number in index.withWord(number) { pattern.matches(folded: $0) } }
      .map { index.texts(ofWord: $0) }
    return IDSet.union(lists)
  }
}
