extension String {
  /// `hasSuffix` by bytes, for a suffix whose characters have no canonical equivalents and do
  /// not join the character before them ("'s", "’s", "-based", "."); it asks `hasSuffix` only
  /// when a non-ASCII byte before the suffix could form one character with it.
  func hasPlainSuffix(_ suffix: StaticString) -> Bool {
    let byBytes: Bool?? = utf8.withContiguousStorageIfAvailable { bytes in
      let count = suffix.utf8CodeUnitCount
      guard bytes.count >= count else { return false }
      let start = bytes.count - count
      let tail = suffix.utf8Start
      // From the last byte back: most words differ there.
      var k = count
      while k > 0 {
        k -= 1
        if bytes[start + k] != tail[k] { return false }
      }
      return start == 0 || bytes[start - 1] < 0x80 ? true : nil
    }
    if let byBytes, let result = byBytes { return result }
    return hasSuffix(suffix.description)
  }
}
