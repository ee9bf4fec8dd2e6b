/// Decodes file bytes to text: UTF-8 (a leading byte-order mark dropped), or Windows-1252 when the
/// bytes are not valid UTF-8.
enum TextDecoder {
  struct Decoded {
    var text: String
    /// True when the Windows-1252 fallback was used.
    var usedFallback: Bool
  }

  static func decode(_ bytes: [UInt8]) -> Decoded {
    var slice = bytes[...]
    if slice.starts(with: [0xEF, 0xBB, 0xBF]) { slice = slice.dropFirst(3) }
    if let text = String(validating: slice, as: UTF8.self) {
      return Decoded(text: text, usedFallback: false)
    }
    var scalars = String.UnicodeScalarView()
    scalars.reserveCapacity(slice.count)
    for byte in slice {
      scalars.append(windows1252(byte))
    }
    return Decoded(text: String(scalars), usedFallback: true)
  }

  /// Windows-1252 byte to scalar; the five undefined bytes map to their C1 code points.
  static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
    guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
    let table: [UInt32] = [
      0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
      0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
    return Unicode.Scalar(table[Int(byte - 0x80)]) ?? Unicode.Scalar(byte)
  }

  /// Whether the bytes look binary: a NUL byte in the first 8 KiB.
  static func looksBinary(_ bytes: [UInt8]) -> Bool {
    bytes.prefix(8192).contains(0)
  }
}
