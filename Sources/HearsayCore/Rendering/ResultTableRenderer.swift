/// Writes a `ResultTable` as text in one format; one conforming type per `OutputFormat`.
package protocol ResultTableRenderer {
  /// The whole text, ending with a newline unless it is empty.
  func render(_ table: ResultTable, options: RenderOptions) -> String
}

extension ResultTable {
  /// The rows cut or padded with empty cells to one cell per column.
  var evenRows: [[String]] {
    rows.map { row in
      row.count == columns.count
        ? row
        : Array(row.prefix(columns.count))
          + Array(repeating: "", count: max(0, columns.count - row.count))
    }
  }
}

extension String {
  /// The text with tabs, carriage returns and newlines made spaces, for one-line cells.
  var onOneLine: String {
    guard utf8.contains(where: { $0 < 0x20 || $0 >= 0x80 }),
      contains(where: { $0 == "\t" || $0.isNewline })
    else { return self }
    return String(map { $0 == "\t" || $0.isNewline ? " " : $0 })
  }
}
