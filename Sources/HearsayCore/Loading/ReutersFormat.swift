/// Reuters-21578 SGML: `<REUTERS …>` records with `<DATE>`, `<TITLE>`, `<DATELINE>` and `<BODY>`.
/// Each record becomes an article whose text is its title, a blank line, and its body, without
/// the closing "Reuter" sign-off.
enum ReutersFormat {
  static func looksLike(_ text: String) -> Bool {
    text.hasPrefix("<!DOCTYPE lewis") || text.hasPrefix("<REUTERS")
  }

  static func parse(path: String, text: String) -> (documents: [ParsedDocument], problems: [String]) {
    let bytes = Array(text.utf8)
    var documents: [ParsedDocument] = []
    var problems: [String] = []
    var position = 0
    var index = 0
    while let open = find("<REUTERS", in: bytes, from: position) {
      index += 1
      let nextOpen = find("<REUTERS", in: bytes, from: open + 8)
      guard let close = find("</REUTERS>", in: bytes, from: open), close < nextOpen ?? close + 1 else {
        problems.append("record \(index) is not closed by </REUTERS> (truncated file?); skipped")
        guard let nextOpen else { break }
        position = nextOpen
        continue
      }
      let record = bytes[open..<close]
      position = close + 10
      let id = attribute("NEWID", in: record) ?? String(index)
      let title = collapseSpace(unescape(element("TITLE", in: record) ?? ""))
      // Unprocessed records keep their text in <TEXT> without a <BODY>.
      let text = element("BODY", in: record) ?? element("TEXT", in: record).flatMap { $0.utf8.contains(UInt8(ascii: "<")) ? nil : $0 }
      let body = withoutSignOff(unescape(text ?? ""))
      if body.isEmpty && title.isEmpty { continue }
      let articleText = title + "\n\n" + body + "\n"
      let dateText = element("DATE", in: record)
      let date = dateText.flatMap(self.date)
      if let dateText, date == nil {
        problems.append("record \(id): invalid date '\(dateText)'; article has no date")
      }
      documents.append(
        ParsedDocument(
          path: "\(path)#\(id)", format: .reutersSGML, date: date, title: title, source: "Reuters",
          text: articleText, bodyStart: title.utf8.count + 2, bodyEnd: articleText.utf8.count))
    }
    if documents.isEmpty && problems.isEmpty {
      problems.append("no <REUTERS> records found; skipped")
    }
    return (documents, problems)
  }

  /// The offset of the first `needle` at or after `start`.
  private static func find(_ needle: String, in bytes: [UInt8], from start: Int) -> Int? {
    let pattern = Array(needle.utf8)
    guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
    var i = start
    let last = bytes.count - pattern.count
    while i <= last {
      if bytes[i] == first && bytes[i..<i + pattern.count].elementsEqual(pattern) { return i }
      i += 1
    }
    return nil
  }

  /// The content of the first `<NAME …>…</NAME>` in the record.
  private static func element(_ name: String, in record: ArraySlice<UInt8>) -> String? {
    let bytes = Array(record)
    guard let open = find("<\(name)", in: bytes, from: 0),
      let tagEnd = bytes[open...].firstIndex(of: UInt8(ascii: ">")),
      let close = find("</\(name)>", in: bytes, from: tagEnd)
    else { return nil }
    return String(decoding: bytes[(tagEnd + 1)..<close], as: UTF8.self)
  }

  private static func attribute(_ name: String, in record: ArraySlice<UInt8>) -> String? {
    let bytes = Array(record.prefix(while: { $0 != UInt8(ascii: ">") }))
    guard let start = find("\(name)=\"", in: bytes, from: 0) else { return nil }
    let value = bytes[(start + name.utf8.count + 2)...].prefix(while: { $0 != UInt8(ascii: "\"") })
    return String(decoding: value, as: UTF8.self)
  }

  /// `26-FEB-1987 15:01:01.79`, ` 5-MAR-1987 09:12:44.10` → the day; the time is dropped.
  static func date(_ text: String) -> CalendarDate? {
    guard let day = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).first else { return nil }
    let parts = day.split(separator: "-")
    let months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
    guard parts.count == 3, let d = Int(parts[0]), let m = months.firstIndex(of: parts[1].uppercased()),
      parts[2].count == 4, let y = Int(parts[2])
    else { return nil }
    return CalendarDate(year: y, month: m + 1, day: d)
  }

  /// The body trimmed, without a last line that only signs it off ("Reuter", "REUTER").
  private static func withoutSignOff(_ body: String) -> String {
    var text = body.trimmingCharacters(inSet: .whitespacesAndCR)
    if let newline = text.lastIndex(where: { $0 == "\n" || $0 == "\r\n" }) {
      let last = text[text.index(after: newline)...].trimmingCharacters(inSet: .whitespacesAndCR)
      let word = last.lowercased().prefix(while: { $0 != "." })
      if word == "reuter" || word == "reuters" {
        text = String(text[..<newline]).trimmingCharacters(inSet: .whitespacesAndCR)
      }
    }
    return text
  }

  /// Runs of ASCII white space made one space, none at either end.
  private static func collapseSpace(_ text: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    var space = false
    for byte in text.utf8 {
      if ByteClass.isSpace(byte) {
        space = !out.isEmpty
      } else {
        if space { out.append(0x20) }
        space = false
        out.append(byte)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Replaces SGML entities: `&lt;`, `&gt;`, `&amp;`, `&quot;`, `&apos;` and numeric ones
  /// (`&#38;`, `&#x26;`). Control characters (`&#3;` ends each body) are dropped; unknown
  /// entities are kept as written.
  static func unescape(_ s: String) -> String {
    let bytes = Array(s.utf8)
    guard bytes.contains(UInt8(ascii: "&")) else { return s }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var i = 0
    while i < bytes.count {
      let c = bytes[i]
      guard c == UInt8(ascii: "&"),
        let semicolon = bytes[(i + 1)..<min(bytes.count, i + 12)].firstIndex(of: UInt8(ascii: ";")),
        let scalar = entity(String(decoding: bytes[(i + 1)..<semicolon], as: UTF8.self))
      else {
        out.append(c)
        i += 1
        continue
      }
      if scalar.value >= 0x20 || scalar == "\n" || scalar == "\t" { out += Array(String(scalar).utf8) }
      i = semicolon + 1
    }
    return String(decoding: out, as: UTF8.self)
  }

  private static func entity(_ name: String) -> Unicode.Scalar? {
    switch name {
    case "lt": return "<"
    case "gt": return ">"
    case "amp": return "&"
    case "quot": return "\""
    case "apos": return "'"
    default:
      guard name.hasPrefix("#") else { return nil }
      let digits = name.dropFirst()
      let value =
        digits.hasPrefix("x") || digits.hasPrefix("X")
        ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
      return value.flatMap(Unicode.Scalar.init)
    }
  }
}
