/// An article's header fields and text as a loader parsed them, before extraction.
struct ParsedDocument: Sendable {
  var path: String
  var format: ArticleFormat
  var date: CalendarDate?
  var title: String
  /// Publisher or credit named by the file's metadata (front matter, JSON); the credit line at
  /// the end of a body is found later, by extraction.
  var source: String?
  /// The full decoded text, header included.
  var text: String
  /// UTF-8 offset in `text` where the body starts.
  var bodyStart: Int
  /// UTF-8 offset in `text` where the body ends.
  var bodyEnd: Int
  var warnings: [String] = []
}
