extension StringProtocol {
  /// Lowercased, with a fast path for ASCII text (the common case in names and lexicons).
  var fastLowercased: String {
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
