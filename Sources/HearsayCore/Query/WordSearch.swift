/// Finds the texts a pattern occurs in from a word index.
///
/// The words of the pattern narrow the candidates; the texts themselves are read only to confirm
/// phrases, and a pattern of one word needs no confirming.
///
///     "third party"  →  texts with third ∩ texts with party  →  those where the phrase occurs
///     tariff*        →  texts with any word from tariff to tariffs, straight from the index
struct WordSearch {
  let index: WordIndex
  /// Text number → the text, to confirm phrases.
  let text: (Int) -> String

  /// The texts the pattern matches, ascending.
  func texts(matching pattern: TextPattern) -> [UInt32] {
    if pattern.matchesEverything { return Array(0..<UInt32(clamping: index.count)) }
    let words = pattern.words.filter { $0.contains { $0 != "*" } }
    var candidates: [UInt32]?
    for word in words.sorted(by: { $0.contains("*") == false && $1.contains("*") }) {
      let found = texts(containingWord: word)
      candidates = candidates.map { IDSet.intersection($0, found) } ?? found
      if candidates?.isEmpty == true { return [] }
    }
    guard let candidates else {
      return (0..<index.count).filter { pattern.matches(text($0)) }.map { UInt32($0) }
    }
    if pattern.isOneWord { return candidates }
    return candidates.filter { pattern.matches(text(Int($0))) }
  }

  /// The texts holding a whole word that `word` (folded, perhaps with `*`) matches.
  private func texts(containingWord word: String) -> [UInt32] {
    guard let star = word.firstIndex(of: "*") else { return index.texts(containing: word) }
    let pattern = TextPattern(word)
    let prefix = String(word[..<star])
    let lists = index.words(startingWith: prefix)
      .filter { pattern.matches(folded: Array($0.utf8)) }
      .map { index.texts(containing: $0) }
    return IDSet.union(Array(lists))
  }
}
