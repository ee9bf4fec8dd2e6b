/// The `markdown` format: a GitHub-flavoured pipe table, numeric columns right-aligned.
///
/// `|` in cells is escaped as `\|`, line breaks become spaces and other control characters go
/// (`TerminalSanitizer`). A pipe table cannot lack a
/// header, so the header row is written whatever `options.headers` says.
struct MarkdownRenderer: ResultTableRenderer {
  func render(_ table: ResultTable, options: RenderOptions) -> String {
    guard !table.columns.isEmpty else { return "" }
    var out = line(table.columns)
    out += line(table.columns.indices.map { table.numericColumns.contains($0) ? "---:" : "---" })
    for row in table.evenRows { out += line(row) }
    return out
  }

  private func line(_ cells: [String]) -> String {
    "| " + cells.map(escaped).joined(separator: " | ") + " |\n"
  }

  private func escaped(_ cell: String) -> String {
    let flat = TerminalSanitizer.clean(cell).onOneLine
    guard flat.contains("|") else { return flat }
    return flat.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
  }
}
