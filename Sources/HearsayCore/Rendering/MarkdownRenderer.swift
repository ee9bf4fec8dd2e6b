/// The `markdown` format: a GitHub-flavoured pipe table, numeric columns right-aligned.
///
/// `|` in cells is escaped as `\|`, line breaks become spaces and other control characters go
/// (`TerminalSanitizer`). A pipe table cannot lack a
/// header, so the header row is written whatever `options.headers` says.
struct MarkdownRenderer: ResultTableRenderer {
  func render(_ table: ResultTable, options: RenderOptions, into out: inout RenderBuffer) {
    guard !table.columns.isEmpty else { return }
    out.bytes.reserveCapacity(out.bytes.count + table.estimatedBytes(perCell: 3))
    let columns = table.columns.count
    line(columns, into: &out) { table.columns[$0] }
    line(columns, into: &out) { table.numericColumns.contains($0) ? "---:" : "---" }
    table.withCellBytes { count, write in
      for row in 0..<count {
        out.append("| " as StaticString)
        for column in 0..<columns {
          if column > 0 { out.append(" | " as StaticString) }
          let start = out.bytes.count
          write(row, column, &out.bytes)
          out.finishMarkdownCell(from: start, slow: Self.escaped)
        }
        out.append(" |\n" as StaticString)
      }
    }
  }

  private func line(_ columns: Int, into out: inout RenderBuffer, _ cell: (Int) -> String) {
    out.append("| " as StaticString)
    for column in 0..<columns {
      if column > 0 { out.append(" | " as StaticString) }
      out.appendMarkdownCell(cell(column), slow: Self.escaped)
    }
    out.append(" |\n" as StaticString)
  }

  private static func escaped(_ cell: String) -> String {
    let flat = TerminalSanitizer.clean(cell).onOneLine
    guard flat.contains("|") else { return flat }
    return flat.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
  }
}
