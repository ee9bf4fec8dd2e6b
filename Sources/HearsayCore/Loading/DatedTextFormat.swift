/// The seed's format, ` date YYYY-MM-DD Title`, a blank line, then the body; and plain text, a
/// title line, a blank line, then the body (or just a body).
enum DatedTextFormat {
  /// Parses dated or plain text. A ` date YYYY-MM-DD Title` first line is always a header;
  /// another first line is a title only when it is short and a blank line and then more text
  /// follow it. Otherwise the whole text is the body.
  static func parse(path: String, text: String) -> ParsedDocument {
    let bytes = text.utf8
    let firstLineEnd = bytes.firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
    let firstLine = String(text[text.startIndex..<firstLineEnd])
      .trimmingCharacters(inSet: .whitespacesAndCR)
    let afterFirst = firstLineEnd == bytes.endIndex ? firstLineEnd : bytes.index(after: firstLineEnd)
    var doc = ParsedDocument(
      path: path, format: .plainText, date: nil, title: "", source: nil, text: text,
      bodyStart: 0, bodyEnd: bytes.count)
    let bodyStart = text.utf8.distance(from: text.startIndex, to: afterFirst)
    if firstLine.hasPrefix("date ") {
      let rest = firstLine.dropFirst(5).drop(while: { $0 == " " })
      let dateWord = rest.prefix(while: { $0 != " " })
      if let date = CalendarDate(iso: dateWord) {
        doc.date = date
      } else if dateWord.first?.isNumber == true {
        doc.warnings.append("invalid date '\(dateWord)' in header; article has no date")
      } else {
        return plainHeader(doc, firstLine, afterFirst, bodyStart)
      }
      doc.format = .datedText
      doc.title = String(rest.dropFirst(dateWord.count)).trimmingCharacters(inSet: .whitespacesAndCR)
      doc.bodyStart = bodyStart
      return doc
    }
    return plainHeader(doc, firstLine, afterFirst, bodyStart)
  }

  /// Takes the first line as the title when it is short and followed by a blank line and a body.
  private static func plainHeader(
    _ doc: ParsedDocument, _ firstLine: String, _ afterFirst: String.Index, _ bodyStart: Int
  ) -> ParsedDocument {
    var doc = doc
    let text = doc.text
    guard firstLine.utf8.count < 300, afterFirst < text.utf8.endIndex, isBlankLineStart(text, at: afterFirst),
      text.utf8[afterFirst...].contains(where: { !ByteClass.isSpace($0) })
    else { return doc }
    doc.title = firstLine
    doc.bodyStart = bodyStart
    return doc
  }

  private static func isBlankLineStart(_ text: String, at index: String.Index) -> Bool {
    var i = index
    let bytes = text.utf8
    while i < bytes.endIndex {
      let b = bytes[i]
      if b == UInt8(ascii: "\n") { return true }
      if b != UInt8(ascii: " ") && b != UInt8(ascii: "\t") && b != UInt8(ascii: "\r") { return false }
      i = bytes.index(after: i)
    }
    return true
  }
}

extension String {
  /// Character sets for trimming without Foundation.
  enum TrimSet { case whitespacesAndCR }

  func trimmingCharacters(inSet set: TrimSet) -> String {
    let isSpace: (Character) -> Bool = { $0.isWhitespace }
    guard let first = firstIndex(where: { !isSpace($0) }) else { return "" }
    let last = lastIndex(where: { !isSpace($0) }) ?? first
    return String(self[first...last])
  }
}

extension Substring {
  func trimmingCharacters(inSet set: String.TrimSet) -> String {
    String(self).trimmingCharacters(inSet: set)
  }
}
