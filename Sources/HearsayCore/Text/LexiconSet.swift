/// A fixed set of lexicon words, written as an array literal like a `Set<String>`, whose
/// `contains` looks an ASCII word up by its bytes (`LexiconTable`) instead of hashing the string.
///
/// A class, so that reading one kept in a static property costs one reference count.
final class LexiconSet: Sendable, ExpressibleByArrayLiteral {
  private let table: LexiconTable<Bool>

  init(_ words: some Sequence<String>) {
    table = LexiconTable(Dictionary(words.map { ($0, true) }, uniquingKeysWith: { first, _ in first }))
  }

  /// The words, for set algebra while other lexicons are built (made anew on each call).
  var words: Set<String> { Set(table.dictionary.keys) }

  convenience init(arrayLiteral words: String...) {
    self.init(words)
  }

  /// Whether the set has the word, as `words.contains(word)`.
  func contains(_ word: String) -> Bool {
    table.contains(word)
  }
}
