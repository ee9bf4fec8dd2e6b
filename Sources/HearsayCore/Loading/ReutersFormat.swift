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
      let text = element("BODY", in: record) ?? element("TEXT", in: record).flatMap { $0.contains("<") ? nil : $0 }
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

  private static func collapseSpace(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  /// Replaces SGML entities: `&lt;`, `&gt;`, `&amp;`, `&quot;`, `&apos;` and numeric ones
  /// (`&#38;`, `&#x26;`). Control characters (`&#3;` ends each body) are dropped; unknown
  /// entities are kept as written.
  static func unescape(_ s: String) -> String {
    guard s.contains("&") else { return s }
    var out = ""
    out.reserveCapacity(s.utf8.count)
    var rest = Substring(s)
    while let amp = rest.firstIndex(of: "&") {
      out += rest[..<amp]
      let after = rest[rest.index(after: amp)...]
      guard let semicolon = after.prefix(10).firstIndex(of: ";") else {
        out += "&"
        rest = after
        continue
      }
      let name = after[..<semicolon]
      if let scalar = entity(name) {
        if scalar.value >= 0x20 || scalar == "\n" || scalar == "\t" { out.unicodeScalars.append(scalar) }
      } else {
        out += "&" + name + ";"
      }
      rest = after[after.index(after: semicolon)...]
    }
    out += rest
    return out
  }

  private static func entity(_ name: Substring) -> Unicode.Scalar? {
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
