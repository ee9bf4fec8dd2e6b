/// Minimal, fast JSON text building: string escaping and literals, for renderers and extract.
public enum JSONText {
  /// The string as a JSON string literal, quotes included; control characters escaped.
  public static func quoted(_ text: String) -> String {
    var out = "\""
    out.reserveCapacity(text.utf8.count + 2)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
          || scalar.value == 0x2028 || scalar.value == 0x2029
        {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
    return out
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
