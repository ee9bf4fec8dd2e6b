/// Markdown with YAML front matter between `---` lines (`date`, `title`, optional `source`):
/// the White House layout.
enum MarkdownFormat {
  static func looksLike(_ text: String) -> Bool {
    text.hasPrefix("---\n") || text.hasPrefix("---\r\n")
  }

  static func parse(path: String, text: String) -> ParsedDocument {
    var doc = ParsedDocument(
      path: path, format: .markdown, date: nil, title: "", source: nil, text: text,
      bodyStart: 0, bodyEnd: text.utf8.count)
    let lines = LineScanner.lines(of: text)
    guard lines.count > 1, lines[0].text.trimmingCharacters(inSet: .whitespacesAndCR) == "---" else {
      doc.warnings.append("front matter does not start with ---; read as plain text")
      return doc
    }
    guard let close = lines.dropFirst().firstIndex(where: {
      let t = $0.text.trimmingCharacters(inSet: .whitespacesAndCR)
      return t == "---" || t == "..."
    }) else {
      doc.warnings.append("front matter is not closed by ---; read as plain text")
      doc.format = .plainText
      return doc
    }
    let yamlText = lines[1..<close].map(\.text).joined(separator: "\n")
    let (fields, problems) = FrontMatter.parse(yamlText)
    doc.warnings += problems
    doc.bodyStart = lines[close].end
    if let title = fields["title"] { doc.title = title }
    if let source = fields["source"] ?? fields["publisher"] { doc.source = source }
    if let dateText = fields["date"] {
      if let date = CalendarDate(iso: dateText) {
        doc.date = date
      } else {
        doc.warnings.append("invalid date '\(dateText)' in front matter")
      }
    }
    return doc
  }
}

/// Splits text into lines with their UTF-8 offsets (end includes the newline).
enum LineScanner {
  struct Line {
    var text: Substring
    var start: Int
    var end: Int
  }

  static func lines(of text: String) -> [Line] {
    var result: [Line] = []
    var offset = 0
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let length = raw.utf8.count
      let hasNewline = offset + length < text.utf8.count
      result.append(Line(text: raw, start: offset, end: offset + length + (hasNewline ? 1 : 0)))
      offset += length + 1
    }
    return result
  }
}
