/// Text as hearsay shows sentences and statement contents: runs of whitespace (a no-break
/// space included) folded to one space, the ends trimmed; works on UTF-8 bytes.
///
///     "  The plan\n  will\u{A0}fail. "  →  "The plan will fail."
enum SpaceFolding {
  /// The text folded; the text itself when it needs no folding.
  static func fold(_ text: String) -> String {
    var utf8 = text
    return utf8.withUTF8 { folded($0) } ?? text
  }

  /// The slice's text folded.
  static func fold(_ text: Substring) -> String {
    var utf8 = text
    return utf8.withUTF8 { folded($0) } ?? String(text)
  }

  /// The bytes folded, or nil when they are folded already.
  private static func folded(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    var clean = true
    var previousSpace = true
    for b in bytes {
      if b > 0x20 && b != 0xC2 {
        previousSpace = false
        continue
      }
      let space = ByteClass.isSpace(b)
      if (space && (previousSpace || b != 0x20)) || b == 0xC2 {
        clean = false
        break
      }
      previousSpace = space
    }
    if clean, let last = bytes.last, !ByteClass.isSpace(last) { return nil }
    // Written straight into the new string's storage: no byte array between.
    return String(unsafeUninitializedCapacity: bytes.count) { out in
      guard let base = out.baseAddress else { return 0 }
      return fold(bytes, into: base)
    }
  }

  /// Appends the slice's text folded (the bytes of `fold(text)`) to `out`, without making a
  /// `String` of it.
  static func append(_ text: Substring, to out: inout [UInt8]) {
    let count = text.utf8.count
    let start = out.count
    out.append(contentsOf: repeatElement(0, count: count))
    let written = out.withUnsafeMutableBufferPointer { all in
      text.utf8.withContiguousStorageIfAvailable { bytes in
        all.baseAddress.map { fold(bytes, into: $0 + start) } ?? 0
      }
    }
    if let written {
      out.removeLast(count - written)
    } else {
      out.removeLast(count)
      out.append(contentsOf: fold(text).utf8)
    }
  }

  /// Writes the bytes folded to `out`, which has room for all of them (folding never lengthens
  /// text); returns how many it wrote.
  ///
  /// Eight bytes are copied at once while they hold nothing to fold: no control byte, no lead
  /// byte of a no-break space, and no ASCII space but single ones after other text. Anything
  /// else is taken a byte, or a run of spaces, at a time. A space between words is written as
  /// soon as it is met; when only spaces follow it, it is taken back.
  static func fold(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>)
    -> Int
  {
    guard let source = bytes.baseAddress else { return 0 }
    let count = bytes.count
    let ones: UInt64 = 0x0101_0101_0101_0101
    var i = 0
    var n = 0
    while i < count {
      while i + 8 <= count {
        let word = UnsafeRawPointer(source + i).loadUnaligned(as: UInt64.self)
        let unusual = ByteWords.hasLess(word, than: 0x20) | ByteWords.hasZero(word ^ (0xC2 &* ones))
        let spaces = zeroBytes(word ^ (0x20 &* ones))
        let afterSpace: UInt64 = n == 0 || out[n - 1] == 0x20 ? 0x80 : 0
        if unusual != 0 || spaces & (spaces << 8 | afterSpace) != 0 { break }
        UnsafeMutableRawPointer(out + n).storeBytes(of: word, as: UInt64.self)
        i += 8
        n += 8
      }
      guard i < count else { break }
      let b = source[i]
      if ByteClass.isSpace(b) || isNoBreakSpace(source, at: i, count: count) {
        var end = i
        while end < count {
          if ByteClass.isSpace(source[end]) {
            end += 1
          } else if isNoBreakSpace(source, at: end, count: count) {
            end += 2
          } else {
            break
          }
        }
        if end < count, n > 0, out[n - 1] != 0x20 {
          out[n] = 0x20
          n += 1
        }
        i = end
      } else {
        out[n] = b
        n += 1
        i += 1
      }
    }
    // A space written ahead of text that turned out to be only spaces.
    if n > 0, out[n - 1] == 0x20 { n -= 1 }
    return n
  }

  /// Whether a no-break space (C2 A0) starts at `i`.
  @inline(__always)
  private static func isNoBreakSpace(_ bytes: UnsafePointer<UInt8>, at i: Int, count: Int)
    -> Bool
  {
    bytes[i] == 0xC2 && i + 1 < count && bytes[i + 1] == 0xA0
  }

  /// 0x80 in each byte of the word that is 0, and 0 in every other: exact, byte by byte.
  @inline(__always)
  private static func zeroBytes(_ word: UInt64) -> UInt64 {
    let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    return ~(((word & low) &+ low) | word | low)
  }
}
