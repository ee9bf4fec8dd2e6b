/// The `json` format: one array holding an object per row, keyed by column.
///
/// One object stands on each line:
///
///     [
///     {"name":"Elena Marsh","mentions":7},
///     {"name":"Jonas Varga","mentions":4}
///     ]
///
/// Cells of numeric columns are JSON numbers when they hold a whole number; headers are always
/// the keys.
struct JSONRenderer: ResultTableRenderer {
  func render(_ table: ResultTable, options: RenderOptions) -> String {
    guard !table.columns.isEmpty else { return "" }
    let objects = table.evenRows.map { JSONRenderer.object($0, in: table) }
    guard !objects.isEmpty else { return "[]\n" }
    return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
  }

  /// `{"column":"cell",…}` for one row.
  static func object(_ row: [String], in table: ResultTable) -> String {
    var out = "{"
    for (column, cell) in row.enumerated() {
      if column > 0 { out += "," }
      out += JSONText.quoted(table.columns[column]) + ":"
      out += table.numericColumns.contains(column) ? number(cell) : JSONText.quoted(cell)
    }
    return out + "}"
  }

  /// The cell as a JSON number when it is a whole number, else as a string.
  private static func number(_ cell: String) -> String {
    let digits = cell.utf8.drop { $0 == UInt8(ascii: "-") }
    guard !digits.isEmpty, digits.allSatisfy({ (0x30...0x39).contains($0) }), let value = Int(cell)
    else { return JSONText.quoted(cell) }
    return String(value)
  }
}
