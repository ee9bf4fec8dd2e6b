/// The `jsonl` format: one JSON object per row, one row per line, keyed by column as in `json`.
struct JSONLinesRenderer: ResultTableRenderer {
  func render(_ table: ResultTable, options: RenderOptions, into out: inout RenderBuffer) {
    guard !table.columns.isEmpty else { return }
    let keys = JSONRenderer.keys(of: table)
    out.bytes.reserveCapacity(
      out.bytes.count + table.estimatedBytes(perCell: 8) + keys.count * table.rowCount)
    var scratch: [UInt8] = []
    table.withCellBytes { count, write in
      for row in 0..<count {
        JSONRenderer.object(in: table, keys: keys, into: &out, scratch: &scratch) {
          write(row, $0, &$1)
        }
        out.append(byte: 0x0A)
      }
    }
  }
}
