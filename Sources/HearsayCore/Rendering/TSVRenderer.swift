/// The `tsv` format: tab-separated values, a header line unless turned off; tabs and line breaks
/// inside cells become spaces, so every line is one row, and other control characters go
/// (`TerminalSanitizer`), as TSV ends up on terminals too.
struct TSVRenderer: ResultTableRenderer {
  func render(_ table: ResultTable, options: RenderOptions) -> String {
    guard !table.columns.isEmpty else { return "" }
    var out = ""
    if options.headers { out += line(table.columns) }
    for row in table.evenRows { out += line(row) }
    return out
  }

  private func line(_ cells: [String]) -> String {
    cells.map { TerminalSanitizer.clean($0).onOneLine }.joined(separator: "\t") + "\n"
  }
}
