/// Chooses the format of a decoded file and parses it into one or more documents.
enum ArticleParser {
  /// The documents found, each with its body start moved past leading white space, and one
  /// message per problem met. A document with neither a title nor body text is dropped.
  static func parse(path: String, text: String) -> (documents: [ParsedDocument], problems: [String]) {
    var (documents, problems) = parseFormat(path: path, text: text)
    var kept: [ParsedDocument] = []
    for var doc in documents {
      doc.bodyStart = firstNonSpace(doc.text, from: doc.bodyStart, to: doc.bodyEnd)
      if doc.bodyStart == doc.bodyEnd && isBlank(doc.title) {
        problems.append(
          documents.count == 1 ? "no text, only white space; skipped" : "\(doc.path): no text; skipped")
        continue
      }
      kept.append(doc)
    }
    return (kept, problems)
  }

  private static func parseFormat(path: String, text: String) -> (documents: [ParsedDocument], problems: [String]) {
    if ReutersFormat.looksLike(text) || path.lowercased().hasSuffix(".sgm") {
      return ReutersFormat.parse(path: path, text: text)
    }
    if MarkdownFormat.looksLike(text) {
      let doc = MarkdownFormat.parse(path: path, text: text)
      return ([doc], doc.warnings)
    }
    if JSONFormat.looksLike(text, path: path) {
      return JSONFormat.parse(path: path, text: text)
    }
    let doc = DatedTextFormat.parse(path: path, text: text)
    return ([doc], doc.warnings)
  }

  /// The UTF-8 offset of the first byte in `start..<end` that is not ASCII white space, or `end`.
  private static func firstNonSpace(_ text: String, from start: Int, to end: Int) -> Int {
    var offset = start
    let utf8 = text.utf8
    var i = utf8.index(utf8.startIndex, offsetBy: start)
    while offset < end, ByteClass.isSpace(utf8[i]) {
      offset += 1
      i = utf8.index(after: i)
    }
    return offset
  }

  private static func isBlank(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
  }
}
