#if canImport(Glibc)
  import Glibc
#endif

/// A set of words, each numbered in the order added: their bytes end to end, and an
/// open-addressing hash table of their numbers.
///
/// Each slot of the table holds a word's first eight bytes and its length beside its number, so
/// that a word of eight bytes or fewer (most words) is found with one look at the table.
struct WordTable: Sendable {
  private var bytes: [UInt8] = []
  /// Word number → where its bytes start in `bytes`; one more entry, the end of the last.
  private var starts: [UInt32] = [0]
  private var slots = [Slot](repeating: Slot(), count: 1024)

  /// A slot of the table: empty (`number` 0), or a word's number + 1, first eight bytes
  /// (`digest`'s prefix) and `check`: 24 bits of its hash and its length up to 255.
  private struct Slot: Sendable {
    var prefix: UInt64 = 0
    var number: UInt32 = 0
    var check: UInt32 = 0
  }

  var count: Int { starts.count - 1 }

  /// `Slot.check` for a word of `count` bytes with that hash.
  @inline(__always)
  private static func check(_ hash: UInt64, count: Int) -> UInt32 {
    UInt32(truncatingIfNeeded: hash >> 40) << 8 | UInt32(min(count, 255))
  }

  /// The hash of a word (`digest`).
  static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
    guard let base = word.baseAddress else {
      return withUnsafePointer(to: UInt8(0)) { digest($0, count: 0, readable: 0).hash }
    }
    return digest(base, count: word.count, readable: word.count).hash
  }

  /// The word's hash, mixed from its bytes eight at a time (little-endian), and its first eight
  /// bytes, zero-padded. `readable` bytes from `word` may be read (at least `count`); when
  /// eight are, a short word is read in one load and its bytes past `count` masked off.
  @inline(__always)
  static func digest(_ word: UnsafePointer<UInt8>, count: Int, readable: Int)
    -> (hash: UInt64, prefix: UInt64)
  {
    var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: count)
    var prefix: UInt64 = 0
    var offset = 0
    repeat {
      let left = count - offset
      var chunk: UInt64 = 0
      if readable - offset >= 8 {
        chunk = UInt64(
          littleEndian: UnsafeRawPointer(word + offset).loadUnaligned(as: UInt64.self))
        if left < 8 { chunk &= (1 << (8 * UInt64(left))) &- 1 }
      } else {
        for index in 0..<min(left, 8) {
          chunk |= UInt64(word[offset + index]) << (8 * UInt64(index))
        }
      }
      if offset == 0 { prefix = chunk }
      hash = (hash ^ chunk) &* 0xBF58_476D_1CE4_E5B9
      hash ^= hash >> 31
      offset += 8
    } while offset < count
    hash = (hash ^ (hash >> 29)) &* 0x94D0_49BB_1331_11EB
    return (hash ^ (hash >> 32), prefix)
  }

  /// The first eight bytes of a word, zero-padded (`digest`'s prefix).
  @inline(__always)
  private static func prefix(of word: UnsafeBufferPointer<UInt8>) -> UInt64 {
    guard let base = word.baseAddress else { return 0 }
    return digest(base, count: min(word.count, 8), readable: min(word.count, 8)).prefix
  }

  /// The number of `word`, added if new (numbered `count`); `hash` is `hash(word)`.
  mutating func intern(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
    intern(word, hash: hash, prefix: Self.prefix(of: word))
  }

  /// The number of `word`, added if new (numbered `count`), given its `digest`.
  @inline(__always)
  mutating func intern(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64, prefix: UInt64) -> Int {
    let check = Self.check(hash, count: word.count)
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let entry = slots[slot]
      if entry.number == 0 { break }
      if entry.check == check && entry.prefix == prefix && equals(Int(entry.number) - 1, word) {
        return Int(entry.number) - 1
      }
      slot = (slot + 1) & mask
    }
    let number = count
    bytes.append(contentsOf: word)
    starts.append(UInt32(bytes.count))
    slots[slot] = Slot(prefix: prefix, number: UInt32(number + 1), check: check)
    if count * 4 > slots.count * 3 { grow() }
    return number
  }

  /// The number of `word`, if it is in the set.
  func find(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
    let hash = Self.hash(word)
    let prefix = Self.prefix(of: word)
    let check = Self.check(hash, count: word.count)
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let entry = slots[slot]
      if entry.number == 0 { return nil }
      if entry.check == check && entry.prefix == prefix && equals(Int(entry.number) - 1, word) {
        return Int(entry.number) - 1
      }
      slot = (slot + 1) & mask
    }
  }

  /// Calls `body` with the bytes and hash of word number `number`.
  func withWord<Result>(
    _ number: Int, _ body: (UnsafeBufferPointer<UInt8>, UInt64) -> Result
  ) -> Result {
    bytes.withUnsafeBufferPointer { all in
      let word = UnsafeBufferPointer(rebasing: all[Int(starts[number])..<Int(starts[number + 1])])
      return body(word, Self.hash(word))
    }
  }

  /// The numbers of the words starting with `prefix`, ascending.
  func numbers(startingWith prefix: [UInt8]) -> [Int] {
    guard !prefix.isEmpty else { return Array(0..<count) }
    var found: [Int] = []
    bytes.withUnsafeBufferPointer { all in
      prefix.withUnsafeBufferPointer { prefix in
        for number in 0..<count {
          let start = Int(starts[number])
          guard Int(starts[number + 1]) - start >= prefix.count else { continue }
          var index = 0
          while index < prefix.count && all[start + index] == prefix[index] { index += 1 }
          if index == prefix.count { found.append(number) }
        }
      }
    }
    return found
  }

  /// Whether word `number`, whose first eight bytes and length (up to 255) are known to equal
  /// the word's, is the word: the same length, and the same bytes past the eighth.
  @inline(__always)
  private func equals(_ number: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
    guard word.count > 8 else { return true }
    let start = Int(starts[number])
    guard Int(starts[number + 1]) - start == word.count else { return false }
    return bytes.withUnsafeBufferPointer { all in
      guard let base = all.baseAddress, let other = word.baseAddress else { return true }
      return memcmp(base + start + 8, other + 8, word.count - 8) == 0
    }
  }

  /// Doubles the table, placing every word again by its hash.
  private mutating func grow() {
    var slots = [Slot](repeating: Slot(), count: self.slots.count * 2)
    let mask = slots.count - 1
    for entry in self.slots where entry.number != 0 {
      let hash = withWord(Int(entry.number) - 1) { $1 }
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot].number != 0 { slot = (slot + 1) & mask }
      slots[slot] = entry
    }
    self.slots = slots
  }
}
