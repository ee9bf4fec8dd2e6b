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
  func render(_ table: ResultTable, options: RenderOptions, into out: inout RenderBuffer) {
    guard !table.columns.isEmpty else { return }
    guard table.rowCount > 0 else { return out.append("[]\n" as StaticString) }
    let keys = JSONRenderer.keys(of: table)
    out.bytes.reserveCapacity(
      out.bytes.count + table.estimatedBytes(perCell: 8) + keys.count * table.rowCount)
    out.append("[\n" as StaticString)
    var scratch: [UInt8] = []
    table.withCellBytes { count, write in
      for row in 0..<count {
        if row > 0 { out.append(",\n" as StaticString) }
        JSONRenderer.object(in: table, keys: keys, into: &out, scratch: &scratch) {
          write(row, $0, &$1)
        }
      }
    }
    out.append("\n]\n" as StaticString)
  }

  /// Each column's `"name":`, written once for all rows.
  static func keys(of table: ResultTable) -> [String] {
    table.columns.map { JSONText.quoted($0) + ":" }
  }

  /// `{"column":"cell",…}` for one row (cut or padded with empty cells to the columns), each
  /// cell's bytes written by `write` (column, bytes) into `scratch` first.
  static func object(
    in table: ResultTable, keys: [String], into out: inout RenderBuffer,
    scratch: inout [UInt8], _ write: (Int, inout [UInt8]) -> Void
  ) {
    out.append(byte: UInt8(ascii: "{"))
    for column in 0..<table.columns.count {
      if column > 0 { out.append(byte: UInt8(ascii: ",")) }
      out.append(keys[column])
      scratch.removeAll(keepingCapacity: true)
      write(column, &scratch)
      if table.numericColumns.contains(column) {
        out.append(number(String(decoding: scratch, as: UTF8.self)))
      } else {
        scratch.withUnsafeBufferPointer { JSONText.appendQuoted($0, to: &out.bytes) }
      }
    }
    out.append(byte: UInt8(ascii: "}"))
  }

  /// The cell as a JSON number when it is a whole number, else as a string.
  private static func number(_ cell: String) -> String {
    let digits = cell.utf8.drop { $0 == UInt8(ascii: "-") }
    guard !digits.isEmpty, digits.allSatisfy({ (0x30...0x39).contains($0) }), let value = Int(cell)
    else { return JSONText.quoted(cell) }
    return String(value)
  }
}
