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
      doc.warnings.append("front matter opened by --- on line 1 is never closed; read as plain text")
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
        doc.warnings.append("invalid date '\(dateText)' in front matter; article has no date")
      }
    }
    return doc
  }
}

/// Splits text into lines at `\n` bytes, so that `\r\n` (one `Character` in Swift) ends a line
/// too, with each line's UTF-8 offsets.
enum LineScanner {
  struct Line {
    /// The line without its `\n` or `\r\n`.
    var text: Substring
    /// UTF-8 offset of the line's first byte.
    var start: Int
    /// UTF-8 offset just past the line's newline (or the end of the text).
    var end: Int
  }

  static func lines(of text: String) -> [Line] {
    var result: [Line] = []
    let utf8 = text.utf8
    var lineStart = utf8.startIndex
    var startOffset = 0
    var offset = 0
    var i = utf8.startIndex
    while i != utf8.endIndex {
      if utf8[i] == 0x0A {
        var contentEnd = i
        if contentEnd > lineStart, utf8[utf8.index(before: contentEnd)] == 0x0D {
          contentEnd = utf8.index(before: contentEnd)
        }
        result.append(Line(text: text[lineStart..<contentEnd], start: startOffset, end: offset + 1))
        lineStart = utf8.index(after: i)
        startOffset = offset + 1
      }
      i = utf8.index(after: i)
      offset += 1
    }
    result.append(Line(text: text[lineStart..<utf8.endIndex], start: startOffset, end: offset))
    return result
  }

  /// The lines' texts, without their line ends.
  static func texts(of text: String) -> [Substring] {
    lines(of: text).map(\.text)
  }
}
