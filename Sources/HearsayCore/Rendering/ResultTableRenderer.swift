/// Writes a `ResultTable` as text in one format; one conforming type per `OutputFormat`.
package protocol ResultTableRenderer {
  /// Appends the whole text, ending with a newline unless it is empty, to `buffer`.
  func render(_ table: ResultTable, options: RenderOptions, into buffer: inout RenderBuffer)
}

extension ResultTableRenderer {
  /// The whole text, ending with a newline unless it is empty.
  package func render(_ table: ResultTable, options: RenderOptions) -> String {
    var buffer = RenderBuffer()
    render(table, options: options, into: &buffer)
    return buffer.text
  }
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

  /// A guess at the bytes a rendering takes, from the first rows, so that the buffer seldom
  /// grows.
  func estimatedBytes(perCell extra: Int) -> Int {
    withCells { count, cell in
      let sample = min(count, 64)
      guard sample > 0 else { return 256 }
      var bytes = 0
      for row in 0..<sample {
        for column in 0..<columns.count { bytes += cell(row, column).utf8.count + extra }
      }
      return bytes / sample * count + 4096
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
