/// Chooses the format of a decoded file and parses it into one or more documents.
enum ArticleParser {
  static func parse(path: String, text: String) -> (documents: [ParsedDocument], problems: [String]) {
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
}
