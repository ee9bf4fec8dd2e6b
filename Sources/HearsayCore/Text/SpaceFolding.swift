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
      var n = 0
      var pendingSpace = false
      var i = 0
      while i < bytes.count {
        let b = bytes[i]
        // No-break space (C2 A0) counts as space.
        let nbsp = b == 0xC2 && i + 1 < bytes.count && bytes[i + 1] == 0xA0
        if ByteClass.isSpace(b) || nbsp {
          pendingSpace = n > 0
          i += nbsp ? 2 : 1
          continue
        }
        if pendingSpace {
          out[n] = 0x20
          n += 1
          pendingSpace = false
        }
        out[n] = b
        n += 1
        i += 1
      }
      return n
    }
  }
}
