/// Byte-level character classes for the UTF-8 hot paths (splitting, tokenizing).
enum ByteClass {
  static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C }
  static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
  static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
  static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
  static func isASCIILetter(_ b: UInt8) -> Bool { isUpper(b) || isLower(b) }
  static func isContinuation(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }

  /// The scalar starting at `i` and its length in bytes (malformed input yields U+FFFD, 1).
  static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
    let b0 = bytes[i]
    if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
    var value: UInt32
    var length: Int
    if b0 & 0xE0 == 0xC0 {
      value = UInt32(b0 & 0x1F); length = 2
    } else if b0 & 0xF0 == 0xE0 {
      value = UInt32(b0 & 0x0F); length = 3
    } else if b0 & 0xF8 == 0xF0 {
      value = UInt32(b0 & 0x07); length = 4
    } else {
      return ("\u{FFFD}", 1)
    }
    guard i + length <= bytes.count else { return ("\u{FFFD}", 1) }
    for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }

  /// Opening quotation marks (straight quotes are decided by context).
  static func isOpeningQuote(_ s: Unicode.Scalar) -> Bool {
    s == "\u{201C}" || s == "\u{2018}" || s == "\u{00AB}" || s == "\u{201E}"
  }

  static func isClosingQuote(_ s: Unicode.Scalar) -> Bool {
    s == "\u{201D}" || s == "\u{2019}" || s == "\u{00BB}"
  }

  static func isDoubleQuote(_ s: Unicode.Scalar) -> Bool {
    s == "\"" || s == "\u{201C}" || s == "\u{201D}" || s == "\u{00AB}" || s == "\u{00BB}"
      || s == "\u{201E}"
  }

  /// The ASCII bytes `[start, end)` as a string with capitals lowercased.
  static func lowercasedASCII(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
    String(unsafeUninitializedCapacity: end - start) { out in
      for k in start..<end { out[k - start] = isUpper(b[k]) ? b[k] + 32 : b[k] }
      return end - start
    }
  }

  /// Letters of any script, for word boundaries on non-ASCII text.
  static func isLetter(_ s: Unicode.Scalar) -> Bool {
    if s.value < 0x80 { return isASCIILetter(UInt8(s.value)) }
    return s.properties.isAlphabetic
  }
}
