/// Reuters-21578 SGML: `<REUTERS …>` records with `<DATE>`, `<TITLE>`, `<DATELINE>` and `<BODY>`.
/// Each record becomes an article whose text is its title, a blank line, and its body.
enum ReutersFormat {
  static func looksLike(_ text: String) -> Bool {
    text.hasPrefix("<!DOCTYPE lewis") || text.hasPrefix("<REUTERS")
  }

  static func parse(path: String, text: String) -> (documents: [ParsedDocument], problems: [String]) {
    var documents: [ParsedDocument] = []
    var problems: [String] = []
    var rest = Substring(text)
    var index = 0
    while let open = rest.range(of: "<REUTERS") {
      index += 1
      guard let close = rest[open.upperBound...].range(of: "</REUTERS>") else {
        problems.append("record \(index) is not closed by </REUTERS> (truncated file); skipped")
        break
      }
      let record = rest[open.lowerBound..<close.upperBound]
      rest = rest[close.upperBound...]
      let id = attribute("NEWID", in: record) ?? String(index)
      let title = unescape(element("TITLE", in: record) ?? "")
      let body = unescape(element("BODY", in: record) ?? element("TEXT", in: record) ?? "")
      let trimmedBody = body.replacingAll("\u{3}", with: "").trimmingCharacters(inSet: .whitespacesAndCR)
      if trimmedBody.isEmpty && title.isEmpty { continue }
      let articleText = title + "\n\n" + trimmedBody + "\n"
      documents.append(
        ParsedDocument(
          path: "\(path)#\(id)", format: .reutersSGML, date: date(element("DATE", in: record)),
          title: title, source: "Reuters", text: articleText, bodyStart: title.utf8.count + 2,
          bodyEnd: articleText.utf8.count))
    }
    return (documents, problems)
  }

  private static func element(_ name: String, in record: Substring) -> String? {
    guard let open = record.range(of: "<\(name)"),
      let tagEnd = record[open.upperBound...].firstIndex(of: ">"),
      let close = record[tagEnd...].range(of: "</\(name)>")
    else { return nil }
    return String(record[record.index(after: tagEnd)..<close.lowerBound])
  }

  private static func attribute(_ name: String, in record: Substring) -> String? {
    guard let r = record.range(of: "\(name)=\"") else { return nil }
    let value = record[r.upperBound...].prefix(while: { $0 != "\"" })
    return String(value)
  }

  /// `26-FEB-1987 15:01:01.79` → 1987-02-26.
  private static func date(_ text: String?) -> CalendarDate? {
    guard let text else { return nil }
    let parts = text.trimmingCharacters(inSet: .whitespacesAndCR).prefix(11).split(separator: "-")
    let months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
    guard parts.count == 3, let d = Int(parts[0]), let m = months.firstIndex(of: parts[1].uppercased()),
      let y = Int(parts[2].prefix(4))
    else { return nil }
    return CalendarDate(year: y, month: m + 1, day: d)
  }

  static func unescape(_ s: String) -> String {
    guard s.contains("&") else { return s }
    return s.replacingAll("&lt;", with: "<").replacingAll("&gt;", with: ">").replacingAll("&quot;", with: "\"")
      .replacingAll("&#3;", with: "").replacingAll("&amp;", with: "&")
  }
}
