/// The 64-bit FNV-1a hash (Fowler, Noll, Vo), which export ids are made from.
///
/// For each byte: XOR it in, then multiply by the FNV prime. Not cryptographic; chosen because
/// it is tiny, fast and the same in every language, so other tools can recompute an id from the
/// text it was made from.
///
///     FNV1a.hash64("")     == 0xcbf29ce484222325   (the offset basis)
///     FNV1a.hash64("a")    == 0xaf63dc4c8601ec8c
///     FNV1a.hash64("foobar") == 0x85944171f73967e8
public enum FNV1a {
  public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
  public static let prime: UInt64 = 0x100_0000_01b3

  /// The hash of the bytes.
  public static func hash64(_ bytes: some Sequence<UInt8>) -> UInt64 {
    var hash = offsetBasis
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* prime
    }
    return hash
  }

  /// The hash of the text's UTF-8 bytes.
  public static func hash64(_ text: String) -> UInt64 {
    var text = text
    return text.withUTF8 { hash64($0) }
  }

  /// The hash as 16 lowercase hexadecimal digits, zeros in front: `af63dc4c8601ec8c`.
  public static func hex(_ hash: UInt64) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var out = [UInt8](repeating: UInt8(ascii: "0"), count: 16)
    var rest = hash
    for index in stride(from: 15, through: 0, by: -1) {
      out[index] = digits[Int(rest & 0xF)]
      rest >>= 4
    }
    return String(decoding: out, as: UTF8.self)
  }
}
