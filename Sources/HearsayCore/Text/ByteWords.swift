/// Tests on eight bytes of text at once, packed in one 64-bit word: the scans that fold spaces,
/// fold names and check cells for bytes a format must change use them to skip plain runs.
enum ByteWords {
  /// Nonzero iff a byte of the word is 0 (its high bit marks at least the bytes that are).
  @inline(__always)
  static func hasZero(_ word: UInt64) -> UInt64 {
    (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
  }

  /// Nonzero iff a byte of the word is below `limit` (at most 0x80).
  @inline(__always)
  static func hasLess(_ word: UInt64, than limit: UInt64) -> UInt64 {
    (word &- limit &* 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
  }
}
