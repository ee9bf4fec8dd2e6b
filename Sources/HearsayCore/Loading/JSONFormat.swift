import Foundation

/// News-please style JSON articles: one object per file, an array of objects, or JSON lines,
/// with `title`, `maintext` or `text`, `date_publish` or `date`, `source_domain`.
/// Each object becomes an article whose text is its title, a blank line, and its body.
///
/// Objects of an array or of JSON lines get paths with their position: `feed.jsonl#3` is the
/// object on line 3, `feed.json#2` the second object of the array.
enum JSONFormat {
  static func looksLike(_ text: String, path: String) -> Bool {
    let lower = path.lowercased()
    if lower.hasSuffix(".json") || lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") { return true }
    return text.first == "{" || text.first == "["
  }

  static func parse(path: String, text: String) -> (documents: [ParsedDocument], problems: [String]) {
    var problems: [String] = []
    // (position, object): the array index or line number from 1, and what was there.
    var objects: [(Int, Any)] = []
    let trimmed = text.trimmingCharacters(inSet: .whitespacesAndCR)
    var multiple = false
    var lineMode = false
    if let whole = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8), options: [.fragmentsAllowed]) {
      if let array = whole as? [Any] {
        objects = array.enumerated().map { ($0.offset + 1, $0.element) }
        multiple = true
      } else {
        objects = [(1, whole)]
      }
    } else {
      var malformed: [Int] = []
      for (n, line) in LineScanner.texts(of: text).enumerated() {
        let l = line.trimmingCharacters(inSet: .whitespacesAndCR)
        if l.isEmpty { continue }
        if let object = try? JSONSerialization.jsonObject(with: Data(l.utf8)) {
          objects.append((n + 1, object))
        } else {
          malformed.append(n + 1)
        }
      }
      if objects.isEmpty {
        return ([], ["not valid JSON or JSON lines; skipped"])
      }
      multiple = objects.count + malformed.count > 1
      lineMode = true
      if !malformed.isEmpty { problems.append(malformedLines(malformed)) }
    }
    var documents: [ParsedDocument] = []
    for (n, object) in objects {
      let name = multiple ? "\(path)#\(n)" : path
      let place = multiple ? "\(lineMode ? "line" : "item") \(n): " : ""
      guard let fields = object as? [String: Any] else {
        problems.append("\(place)not a JSON object; skipped")
        continue
      }
      let title = string(fields, "title") ?? ""
      let body = string(fields, "maintext") ?? string(fields, "text") ?? string(fields, "body") ?? ""
      guard !body.isEmpty || !title.isEmpty else {
        problems.append("\(place)no title or text; skipped")
        continue
      }
      var date: CalendarDate?
      if let dateText = string(fields, "date_publish") ?? string(fields, "date") {
        date = CalendarDate(iso: dateText)
        if date == nil { problems.append("\(place)invalid date '\(dateText)'; article has no date") }
      }
      let articleText = title + "\n\n" + body + "\n"
      documents.append(
        ParsedDocument(
          path: name, format: .json, date: date, title: title,
          source: string(fields, "source_domain") ?? string(fields, "source"), text: articleText,
          bodyStart: title.utf8.count + 2, bodyEnd: articleText.utf8.count))
    }
    return (documents, problems)
  }

  /// A non-empty string field, or nil for a missing, null, empty or non-string one.
  private static func string(_ fields: [String: Any], _ key: String) -> String? {
    guard let value = fields[key] as? String else { return nil }
    return value.trimmingCharacters(inSet: .whitespacesAndCR).isEmpty ? nil : value
  }

  /// "malformed JSON on line 2; skipped", "malformed JSON on lines 2, 5 and 9; skipped".
  private static func malformedLines(_ lines: [Int]) -> String {
    let shown = lines.prefix(5).map(String.init)
    var list = shown.count == 1 ? shown[0] : shown.dropLast().joined(separator: ", ") + " and " + shown[shown.count - 1]
    if lines.count > shown.count { list = shown.joined(separator: ", ") + " and \(lines.count - shown.count) more" }
    return "malformed JSON on line\(lines.count == 1 ? "" : "s") \(list); skipped"
  }
}
