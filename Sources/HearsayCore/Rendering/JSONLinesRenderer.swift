/// The `jsonl` format: one JSON object per row, one row per line, keyed by column as in `json`.
struct JSONLinesRenderer: ResultTableRenderer {
  func render(_ table: ResultTable, options: RenderOptions) -> String {
    guard !table.columns.isEmpty else { return "" }
    return table.evenRows.map { JSONRenderer.object($0, in: table) + "\n" }.joined()
  }
}
