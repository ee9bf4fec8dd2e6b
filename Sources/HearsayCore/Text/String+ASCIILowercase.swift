extension StringProtocol {
  /// Lowercased, with a fast path for ASCII text (the common case in names and lexicons).
  var fastLowercased: String {
    let ascii: String?? = utf8.withContiguousStorageIfAvailable { bytes in
      var hasUpper = false
      for b in bytes {
        if b >= 0x80 { return nil }
        if b >= 0x41 && b <= 0x5A { hasUpper = true }
      }
      guard hasUpper else { return String(self) }
      return String(unsafeUninitializedCapacity: bytes.count) { out in
        for i in bytes.indices { out[i] = bytes[i] >= 0x41 && bytes[i] <= 0x5A ? bytes[i] + 32 : bytes[i] }
        return bytes.count
      }
    }
    if let ascii {
      return ascii ?? lowercased()
    }
    var hasUpper = false
    for b in utf8 {
      if b >= 0x80 { return lowercased() }
      if b >= 0x41 && b <= 0x5A { hasUpper = true }
    }
    guard hasUpper else { return String(self) }
    let count = utf8.count
    return String(unsafeUninitializedCapacity: count) { out in
      var i = 0
      for b in utf8 {
        out[i] = b >= 0x41 && b <= 0x5A ? b + 32 : b
        i += 1
      }
      return count
    }
  }
}
