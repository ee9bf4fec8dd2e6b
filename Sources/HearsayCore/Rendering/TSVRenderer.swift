/// The `tsv` format: tab-separated values, a header line unless turned off; tabs and line breaks
/// inside cells become spaces, so every line is one row, and other control characters go
/// (`TerminalSanitizer`), as TSV ends up on terminals too.
struct TSVRenderer: ResultTableRenderer {
  func render(_ table: ResultTable, options: RenderOptions, into out: inout RenderBuffer) {
    guard !table.columns.isEmpty else { return }
    out.bytes.reserveCapacity(out.bytes.count + table.estimatedBytes(perCell: 1))
    let columns = table.columns.count
    table.forEachRecord(headers: options.headers) { cell in line(columns, into: &out, cell) }
  }

  /// One line: the cells, one per column (cut or padded with empty ones), between tabs.
  private func line(_ columns: Int, into out: inout RenderBuffer, _ cell: (Int) -> String) {
    for column in 0..<columns {
      if column > 0 { out.append(byte: 0x09) }
      out.appendOneLine(cell(column))
    }
    out.append(byte: 0x0A)
  }
}
