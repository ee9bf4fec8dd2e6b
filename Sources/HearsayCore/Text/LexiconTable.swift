/// A fixed table from lexicon words to values that looks an ASCII word up by its bytes, with a
/// cheap multiplicative hash, instead of hashing the `String` (SipHash) as `Dictionary` does:
/// lexicon look-ups run for most tokens of every article.
///
/// Answers exactly as `dictionary[word]` would: an ASCII word can equal only the key with the
/// same bytes, so words with other bytes (and every word, should a key be canonically equivalent
/// to an ASCII word, as "\u{212A}" is to "K") are looked up in `dictionary` itself.
///
/// A class, so that reading a lexicon kept in a static property costs one reference count, not
/// one for each of its arrays.
final class LexiconTable<Value: Sendable>: Sendable {
  /// Every entry, for iteration and for words that are not ASCII.
  let dictionary: [String: Value]
  /// Open addressing, a power of two in size: 0 for an empty slot, else the entry's hash in the
  /// high 32 bits and its index + 1 in the low ones (one load per probe).
  private let slots: [UInt64]
  /// The ASCII keys' bytes, one after another; key `e` is `keyBytes[keyStarts[e]..<keyStarts[e + 1]]`.
  private let keyBytes: [UInt8]
  private let keyStarts: [Int32]
  /// Each entry's value.
  private let values: [Value]
  /// False when some key equals an ASCII word without being ASCII: then every look-up asks
  /// `dictionary`.
  private let byBytes: Bool

  init(_ dictionary: [String: Value]) {
    self.dictionary = dictionary
    var keyBytes: [UInt8] = []
    var keyStarts: [Int32] = [0]
    var keyHashes: [UInt32] = []
    var values: [Value] = []
    var byBytes = true
    for (key, value) in dictionary {
      guard key.utf8.allSatisfy({ $0 < 0x80 }) else {
        // U+037E, U+1FEF and U+212A decompose to ASCII (";", "`", "K").
        if key.unicodeScalars.contains(where: { [0x037E, 0x1FEF, 0x212A].contains($0.value) }) { byBytes = false }
        continue
      }
      keyBytes.append(contentsOf: key.utf8)
      keyStarts.append(Int32(keyBytes.count))
      keyHashes.append(Self.hash(Array(key.utf8)))
      values.append(value)
    }
    var size = 16
    while size < values.count * 2 { size *= 2 }
    var slots = [UInt64](repeating: 0, count: size)
    for entry in values.indices {
      var slot = Int(keyHashes[entry]) & (size - 1)
      while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
      slots[slot] = UInt64(keyHashes[entry]) << 32 | UInt64(entry + 1)
    }
    self.slots = slots
    self.keyBytes = keyBytes
    self.keyStarts = keyStarts
    self.values = values
    self.byBytes = byBytes
  }

  /// The value for a word, as `dictionary[word]`.
  subscript(word: String) -> Value? {
    if byBytes, let entry = word.utf8.withContiguousStorageIfAvailable({ entry(for: $0) }) {
      if entry >= 0 { return values[entry] }
      if entry == Self.absent { return nil }
    }
    return dictionary[word]
  }

  /// Whether the table has the word, as `dictionary[word] != nil`.
  func contains(_ word: String) -> Bool {
    if byBytes, let entry = word.utf8.withContiguousStorageIfAvailable({ entry(for: $0) }) {
      if entry >= 0 { return true }
      if entry == Self.absent { return false }
    }
    return dictionary[word] != nil
  }

  private static var absent: Int { -1 }
  private static var notASCII: Int { -2 }

  /// The entry whose key has these bytes; `absent` for an ASCII word no key has, `notASCII`
  /// for a word with other bytes.
  private func entry(for word: UnsafeBufferPointer<UInt8>) -> Int {
    var h: UInt32 = 2_166_136_261
    var any: UInt8 = 0
    for b in word {
      any |= b
      h = (h ^ UInt32(b)) &* 16_777_619
    }
    guard any < 0x80 else { return Self.notASCII }
    return slots.withUnsafeBufferPointer { slots in
      keyStarts.withUnsafeBufferPointer { starts in
        keyBytes.withUnsafeBufferPointer { bytes in
          let mask = slots.count - 1
          var slot = Int(h) & mask
          while true {
            let stored = slots[slot]
            if stored == 0 { return Self.absent }
            if UInt32(truncatingIfNeeded: stored >> 32) == h {
              let entry = Int(truncatingIfNeeded: stored & 0xFFFF_FFFF) - 1
              let start = Int(starts[entry])
              if Int(starts[entry + 1]) - start == word.count {
                var k = 0
                while k < word.count, bytes[start + k] == word[k] { k += 1 }
                if k == word.count { return entry }
              }
            }
            slot = (slot + 1) & mask
          }
        }
      }
    }
  }

  /// FNV-1a over the bytes, as `entry(for:)` computes it.
  private static func hash(_ bytes: [UInt8]) -> UInt32 {
    var h: UInt32 = 2_166_136_261
    for b in bytes { h = (h ^ UInt32(b)) &* 16_777_619 }
    return h
  }
}
