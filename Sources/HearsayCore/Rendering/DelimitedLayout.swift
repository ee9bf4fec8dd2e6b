/// How the delimited formats (`tsv`, `csv`) write a table: one line per row, cells apart by a
/// separator, each cell's text made safe for the format on its own.
///
/// Rows are written independently of each other, so a long table can be written in pieces of
/// rows, on several threads at once (`OutputFormat.render(_:options:pieces:write:)`).
struct DelimitedLayout: Sendable {
  /// What each cell's text becomes.
  enum Cells: Sendable {
    /// On one line, tabs and line breaks made spaces, controls dropped (`tsv`).
    case oneLine
    /// A CSV field: cleaned, and quoted when it holds a comma, quote or line break.
    case csvField
  }

  let separator: UInt8
  let lineEnd: StaticString
  let cells: Cells

  static let tsv = DelimitedLayout(separator: 0x09, lineEnd: "\n", cells: .oneLine)
  static let csv = DelimitedLayout(separator: UInt8(ascii: ","), lineEnd: "\r\n", cells: .csvField)

  /// Makes the cell text appended to `buffer` from byte `start` what the format writes of it.
  @inline(__always)
  func finish(_ buffer: inout RenderBuffer, from start: Int) {
    switch cells {
    case .oneLine: buffer.finishOneLine(from: start)
    case .csvField: buffer.finishCSVField(from: start, slow: CSVRenderer.field)
    }
  }
}
