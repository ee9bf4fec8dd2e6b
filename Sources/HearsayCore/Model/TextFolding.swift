/// Folds running text for searching, as UTF-8 bytes: lowercase, accents dropped, runs of
/// whitespace, hyphens and underscores made one space, `’` made `'`.
///
/// What `NameFolding` does to names, but quicker on the ASCII that makes up most text, and
/// without its possessive rule. Words are the runs of `isWord` bytes in the folded text:
///
///     "Third-party Ümlaut’s"  →  "third party umlaut's"  →  third · party · umlaut · s
enum TextFolding {
  static func fold(_ text: some StringProtocol) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      for byte in text.utf8 { foldASCII(byte, into: &out, pendingSpace: &pendingSpace) }
      return out
    }
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        foldASCII(UInt8(value), into: &out, pendingSpace: &pendingSpace)
      } else if scalar.properties.isWhitespace || value == 0x2010 {
        pendingSpace = true
      } else if (0x300...0x36F).contains(value) {
        continue
      } else if value == 0x2019 {
        put(UInt8(ascii: "'"), into: &out, pendingSpace: &pendingSpace)
      } else {
        for byte in NameFolding.fold(String(scalar)).utf8 {
          put(byte, into: &out, pendingSpace: &pendingSpace)
        }
      }
    }
    return out
  }

  @inline(__always)
  private static func foldASCII(_ byte: UInt8, into out: inout [UInt8], pendingSpace: inout Bool) {
    switch byte {
    case 0x09...0x0D, 0x20, UInt8(ascii: "-"), UInt8(ascii: "_"): pendingSpace = true
    case 0x41...0x5A: put(byte + 0x20, into: &out, pendingSpace: &pendingSpace)
    default: put(byte, into: &out, pendingSpace: &pendingSpace)
    }
  }

  @inline(__always)
  private static func put(_ byte: UInt8, into out: inout [UInt8], pendingSpace: inout Bool) {
    if pendingSpace && !out.isEmpty { out.append(0x20) }
    pendingSpace = false
    out.append(byte)
  }

  /// Letters, digits and anything outside ASCII (letters of other scripts, in UTF-8).
  static func isWord(_ byte: UInt8) -> Bool {
    byte >= 0x80 || (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte)
      || (0x41...0x5A).contains(byte)
  }

  /// Calls `body` with each word of folded text, in order, repeats included.
  static func forEachWord(in folded: [UInt8], _ body: (ArraySlice<UInt8>) -> Void) {
    var start = -1
    for index in folded.indices {
      if isWord(folded[index]) {
        if start < 0 { start = index }
      } else if start >= 0 {
        body(folded[start..<index])
        start = -1
      }
    }
    if start >= 0 { body(folded[start...]) }
  }
}
