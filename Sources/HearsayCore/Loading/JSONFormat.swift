import Foundation

/// News-please style JSON articles: one object per file, an array of objects, or JSON lines,
/// with `title`, `maintext` or `text`, `date_publish` or `date`, `authors`, `source_domain`.
/// Each object becomes an article whose text is its title, a blank line, and its body.
enum JSONFormat {
  static func looksLike(_ text: String, path: String) -> Bool {
    let lower = path.lowercased()
    if lower.hasSuffix(".json") || lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") { return true }
    return text.first == "{" || text.first == "["
  }

  static func parse(path: String, text: String) -> (documents: [ParsedDocument], problems: [String]) {
    var documents: [ParsedDocument] = []
    var problems: [String] = []
    let trimmed = text.trimmingCharacters(inSet: .whitespacesAndCR)
    var objects: [(Int, Any)] = []
    if let whole = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8), options: [.fragmentsAllowed]) {
      if let array = whole as? [Any] {
        objects = array.enumerated().map { ($0.offset + 1, $0.element) }
      } else {
        objects = [(1, whole)]
      }
    } else {
      for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        let l = line.trimmingCharacters(inSet: .whitespacesAndCR)
        if l.isEmpty { continue }
        if let object = try? JSONSerialization.jsonObject(with: Data(l.utf8)) {
          objects.append((n + 1, object))
        } else {
          problems.append("line \(n + 1): malformed JSON; skipped")
        }
      }
      if objects.isEmpty && problems.isEmpty { problems.append("malformed JSON") }
    }
    for (n, object) in objects {
      guard let dict = object as? [String: Any] else {
        problems.append("item \(n): not a JSON object; skipped")
        continue
      }
      let title = (dict["title"] as? String) ?? ""
      let body = (dict["maintext"] as? String) ?? (dict["text"] as? String) ?? (dict["body"] as? String) ?? ""
      guard !body.isEmpty || !title.isEmpty else {
        problems.append("item \(n): no title or text; skipped")
        continue
      }
      let dateText = (dict["date_publish"] as? String) ?? (dict["date"] as? String)
      let articleText = title + "\n\n" + body + "\n"
      let suffix = objects.count > 1 ? "#\(n)" : ""
      documents.append(
        ParsedDocument(
          path: path + suffix, format: .json, date: dateText.flatMap { CalendarDate(iso: $0) }, title: title,
          source: (dict["source_domain"] as? String) ?? (dict["source"] as? String), text: articleText,
          bodyStart: title.utf8.count + 2, bodyEnd: articleText.utf8.count))
    }
    return (documents, problems)
  }
}
