/// Decodes file bytes to text: UTF-8 (a leading byte-order mark dropped), UTF-16 when a
/// byte-order mark says so, or Windows-1252 when the bytes are not valid UTF-8.
enum TextDecoder {
  enum Encoding: Equatable {
    case utf8
    case utf16
    /// The fallback for bytes that are not valid UTF-8.
    case windows1252
  }

  struct Decoded {
    var text: String
    var encoding: Encoding

    /// True when the Windows-1252 fallback was used.
    var usedFallback: Bool { encoding == .windows1252 }
  }

  static func decode(_ bytes: [UInt8]) -> Decoded {
    if let utf16 = decodeUTF16(bytes) { return Decoded(text: utf16, encoding: .utf16) }
    var slice = bytes[...]
    if slice.starts(with: [0xEF, 0xBB, 0xBF]) { slice = slice.dropFirst(3) }
    if let text = String(validating: slice, as: UTF8.self) {
      return Decoded(text: text, encoding: .utf8)
    }
    var utf8: [UInt8] = []
    utf8.reserveCapacity(slice.count + slice.count / 8)
    for byte in slice {
      if byte < 0x80 {
        utf8.append(byte)
      } else {
        utf8 += String(windows1252(byte)).utf8
      }
    }
    return Decoded(text: String(decoding: utf8, as: UTF8.self), encoding: .windows1252)
  }

  /// Windows-1252 byte to scalar; the five undefined bytes map to their C1 code points.
  static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
    guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
    return Unicode.Scalar(windows1252High[Int(byte - 0x80)]) ?? Unicode.Scalar(byte)
  }

  private static let windows1252High: [UInt32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
  ]

  /// Whether the bytes look binary: a NUL byte in the first 8 KiB of a file that is not
  /// UTF-16 (whose ASCII characters carry NUL bytes).
  static func looksBinary(_ bytes: [UInt8]) -> Bool {
    utf16ByteOrder(bytes) == nil && hasZero(bytes.prefix(8192))
  }

  /// Whether a byte is 0, eight bytes at a time.
  private static func hasZero(_ bytes: ArraySlice<UInt8>) -> Bool {
    bytes.withUnsafeBufferPointer { b in
      var i = 0
      while i + 8 <= b.count {
        var word: UInt64 = 0
        for k in 0..<8 { word |= UInt64(b[i + k]) << UInt64(k * 8) }
        if ByteWords.hasZero(word) != 0 { return true }
        i += 8
      }
      while i < b.count {
        if b[i] == 0 { return true }
        i += 1
      }
      return false
    }
  }

  /// Little-endian (true) or big-endian (false) when the bytes start with a UTF-16 byte-order
  /// mark.
  private static func utf16ByteOrder(_ bytes: [UInt8]) -> Bool? {
    if bytes.starts(with: [0xFF, 0xFE]) { return true }
    if bytes.starts(with: [0xFE, 0xFF]) { return false }
    return nil
  }

  private static func decodeUTF16(_ bytes: [UInt8]) -> String? {
    guard let littleEndian = utf16ByteOrder(bytes) else { return nil }
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var i = 2
    while i + 1 < bytes.count {
      let (a, b) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
      units.append(littleEndian ? a | b << 8 : a << 8 | b)
      i += 2
    }
    return String(decoding: units, as: UTF16.self)
  }
}
