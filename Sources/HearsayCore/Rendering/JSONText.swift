/// Minimal, fast JSON text building: string escaping and literals, for renderers and extract.
public enum JSONText {
  /// The string as a JSON string literal, quotes included; control characters escaped.
  public static func quoted(_ text: String) -> String {
    var out: [UInt8] = []
    var text = text
    out.reserveCapacity(text.utf8.count + 2)
    text.withUTF8 { appendQuoted($0, to: &out) }
    return String(decoding: out, as: UTF8.self)
  }

  private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

  /// Appends the UTF-8 text as a JSON string literal, quotes included, to `out`.
  static func appendQuoted(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
    func escape(_ value: UInt32) {
      out.append(UInt8(ascii: "\\"))
      out.append(UInt8(ascii: "u"))
      for shift in stride(from: 12, through: 0, by: -4) {
        out.append(hex[Int((value >> UInt32(shift)) & 0xF)])
      }
    }
    out.append(UInt8(ascii: "\""))
    var i = 0
    var plainFrom = 0
    while i < bytes.count {
      let b = bytes[i]
      // Most bytes are copied as they are, a run at a time.
      if b >= 0x20 && b != UInt8(ascii: "\"") && b != UInt8(ascii: "\\") && b != 0x7F
        && b != 0xC2 && b != 0xE2
      {
        i += 1
        continue
      }
      if plainFrom < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainFrom..<i])) }
      switch b {
      case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), b]
      case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), b]
      case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
      case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
      case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
      case 0x00..<0x20, 0x7F: escape(UInt32(b))
      case 0xC2 where i + 1 < bytes.count && (0x80...0x9F).contains(bytes[i + 1]):
        // C1 controls.
        escape(UInt32(bytes[i + 1]))
        i += 1
      case 0xE2
      where i + 2 < bytes.count && bytes[i + 1] == 0x80
        && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
        // Line and paragraph separators.
        escape(bytes[i + 2] == 0xA8 ? 0x2028 : 0x2029)
        i += 2
      default: out.append(b)
      }
      i += 1
      plainFrom = i
    }
    if plainFrom < bytes.count {
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainFrom..<bytes.count]))
    }
    out.append(UInt8(ascii: "\""))
  }

  /// `null` or the quoted string.
  public static func quoted(_ text: String?) -> String { text.map { quoted($0) } ?? "null" }

  /// A JSON array of strings.
  public static func array(_ items: [String]) -> String {
    "[" + items.map { quoted($0) }.joined(separator: ",") + "]"
  }

  /// `[start,end]` or `null`.
  public static func span(_ span: TextSpan?) -> String {
    guard let span else { return "null" }
    return "[\(span.start),\(span.end)]"
  }
}
