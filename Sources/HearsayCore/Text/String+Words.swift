extension String {
  /// The words between spaces, lowercased: `split(separator: " ").map(\.fastLowercased)`, with
  /// a byte loop for ASCII text (the common case in names).
  var lowercasedWords: [String] {
    let fast: [String]?? = utf8.withContiguousStorageIfAvailable { b in
      var words: [String] = []
      var start = 0
      var i = 0
      while i <= b.count {
        if i == b.count || b[i] == 0x20 {
          if i > start {
            words.append(
              String(unsafeUninitializedCapacity: i - start) { out in
                for k in start..<i { out[k - start] = ByteClass.isUpper(b[k]) ? b[k] + 32 : b[k] }
                return i - start
              })
          }
          start = i + 1
        } else if b[i] >= 0x80 {
          return nil
        }
        i += 1
      }
      return words
    }
    if let fast, let words = fast { return words }
    return split(separator: " ").map { $0.fastLowercased }
  }

  /// The number of words between spaces: `split(separator: " ").count`.
  var spaceSeparatedCount: Int {
    let fast: Int?? = utf8.withContiguousStorageIfAvailable { b in
      var count = 0
      var inWord = false
      for c in b {
        if c >= 0x80 { return nil }
        if c == 0x20 {
          inWord = false
        } else if !inWord {
          inWord = true
          count += 1
        }
      }
      return count
    }
    if let fast, let count = fast { return count }
    return split(separator: " ").count
  }

  /// The last word between spaces: `split(separator: " ").last`.
  var lastSpaceSeparatedWord: Substring? {
    let fast: Range<Int>??? = utf8.withContiguousStorageIfAvailable { b in
      var end = b.count
      while end > 0, b[end - 1] == 0x20 { end -= 1 }
      guard end > 0 else { return .some(nil) }
      var start = end
      while start > 0, b[start - 1] != 0x20 {
        if b[start - 1] >= 0x80 { return nil }
        start -= 1
      }
      for k in 0..<start where b[k] >= 0x80 { return nil }
      return .some(start..<end)
    }
    if let fast, let range = fast {
      guard let range else { return nil }
      return self[utf8.index(startIndex, offsetBy: range.lowerBound)..<utf8.index(startIndex, offsetBy: range.upperBound)]
    }
    return split(separator: " ").last
  }
}
