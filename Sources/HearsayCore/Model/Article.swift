/// The file formats hearsay reads articles from.
public enum ArticleFormat: String, Sendable, Codable, CaseIterable {
  /// ` date YYYY-MM-DD Title`, a blank line, then the body (the seed's format).
  case datedText = "dated-text"
  /// A title line, a blank line, then the body.
  case plainText = "text"
  /// Markdown with YAML front matter (`date`, `title`).
  case markdown
  /// A Reuters-21578 SGML record.
  case reutersSGML = "sgml"
  /// A JSON object or JSON line in the news-please style.
  case json
}

/// One loaded article: where it came from, its header fields, its text and its sentences.
public struct Article: Sendable, Identifiable {
  public let id: ArticleID
  /// The path as given or found while walking a directory.
  public let path: String
  public let format: ArticleFormat
  /// The article's date from its header, front matter or record, when it has a valid one.
  public let date: CalendarDate?
  public let title: String
  /// The source credit line ("Xinhua-Global Times") or publisher, when the article names one.
  public let source: String?
  /// The whole decoded file text, header included: spans index into it.
  public let text: String
  /// Where the body starts in `text`, in code points.
  public let bodyStart: Int
  public let sentences: [Sentence]

  public init(
    id: ArticleID, path: String, format: ArticleFormat, date: CalendarDate?, title: String,
    source: String?, text: String, bodyStart: Int, sentences: [Sentence]
  ) {
    self.id = id
    self.path = path
    self.format = format
    self.date = date
    self.title = title
    self.source = source
    self.text = text
    self.bodyStart = bodyStart
    self.sentences = sentences
  }

  /// The file name without its folders ("000_7b2d98bb58d2f38b.txt").
  public var fileName: String {
    // The last part between slashes, found on the bytes (a slash is never part of another
    // character): `path.split(separator: "/").last`.
    let bytes = path.utf8
    let slash = UInt8(ascii: "/")
    var end = bytes.endIndex
    while end > bytes.startIndex, bytes[bytes.index(before: end)] == slash { end = bytes.index(before: end) }
    guard end > bytes.startIndex else { return path }
    let start = bytes[..<end].lastIndex(of: slash).map { bytes.index(after: $0) } ?? bytes.startIndex
    return String(path[start..<end])
  }

  /// The file name without its extension, used as a short article name in tables; a record
  /// of a multi-article file keeps its number ("reut2-000#7").
  public var name: String {
    let file = fileName
    var stem = file[...]
    var record: Substring = ""
    if let hash = file.utf8.lastIndex(of: UInt8(ascii: "#")) {
      record = file[hash...]
      stem = file[..<hash]
    }
    guard let dot = stem.utf8.lastIndex(of: UInt8(ascii: ".")), dot != stem.startIndex else { return String(stem + record) }
    return String(stem[..<dot] + record)
  }

  /// The sentence whose span contains the code-point offset, if any.
  public func sentence(containing offset: Int) -> Sentence? {
    var lo = 0
    var hi = sentences.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if sentences[mid].span.end <= offset { lo = mid + 1 } else { hi = mid }
    }
    return lo < sentences.count && sentences[lo].span.start <= offset ? sentences[lo] : nil
  }
}
