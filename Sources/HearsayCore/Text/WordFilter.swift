/// A 128-bit Bloom filter over words by first byte and length: `mayContain` is false for most
/// words not inserted, and never for one that was, so it can guard a costlier lookup.
struct WordFilter: Sendable {
  private var low: UInt64 = 0
  private var high: UInt64 = 0

  init() {}

  init(_ words: some Sequence<String>) {
    for word in words { insert(word) }
  }

  mutating func insert(_ word: String) {
    let bit = WordFilter.bit(word)
    if bit < 64 { low |= 1 << bit } else { high |= 1 << (bit - 64) }
  }

  func mayContain(_ word: String) -> Bool {
    let bit = WordFilter.bit(word)
    return bit < 64 ? low & (1 << bit) != 0 : high & (1 << (bit - 64)) != 0
  }

  private static func bit(_ word: String) -> UInt64 {
    let utf8 = word.utf8
    // The first byte read from contiguous storage: `utf8.first` goes through string indices.
    let first = utf8.withContiguousStorageIfAvailable { $0.isEmpty ? 0 : $0[0] } ?? utf8.first ?? 0
    return (UInt64(first) &* 5 &+ UInt64(utf8.count)) & 127
  }
}
