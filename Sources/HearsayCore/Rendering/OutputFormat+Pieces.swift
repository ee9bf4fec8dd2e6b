import Dispatch

extension OutputFormat {
  /// Rows in each piece of a table written in pieces.
  static let rowsPerPiece = 2_048

  /// Renders the table and hands its bytes to `write` in order, in pieces that together are
  /// what `render(_:options:into:)` writes; stops early when `write` returns false (the reader
  /// went away).
  ///
  /// `tsv` and `csv` tables of more than `rowsPerPiece` rows are written that many rows at a
  /// time, the pieces of each round rendered on all cores at once (their rows are written
  /// independently of each other); any other table is one piece. The pieces are rendered into
  /// `buffer` and the buffers it keeps, which the caller keeps for the next result: no piece
  /// is larger than a round's share, where a whole result took as much memory as its text.
  package func render(
    _ table: ResultTable, options: RenderOptions, into buffer: inout RenderBuffer,
    write: ([UInt8]) -> Bool
  ) {
    buffer.bytes.removeAll(keepingCapacity: true)
    let count = table.rowCount
    guard let layout = delimitedLayout, !table.columns.isEmpty, count > Self.rowsPerPiece else {
      render(table, options: options, into: &buffer)
      if !buffer.bytes.isEmpty { _ = write(buffer.bytes) }
      return
    }
    if options.headers {
      buffer.appendDelimitedHeader(table, layout: layout)
      guard write(buffer.bytes) else { return }
    }
    let round = 2 * ProcessorCount.value
    var pieces = buffer.pieces
    buffer.pieces = []
    defer { buffer.pieces = pieces }
    while pieces.count < round { pieces.append(RenderBuffer()) }
    var next = 0
    while next < count {
      let first = next
      let used = min(round, (count - first + Self.rowsPerPiece - 1) / Self.rowsPerPiece)
      pieces.withUnsafeMutableBufferPointer { all in
        let shared = UnsafeSendable(all)
        DispatchQueue.concurrentPerform(iterations: used) { piece in
          let start = first + piece * Self.rowsPerPiece
          shared.value[piece].bytes.removeAll(keepingCapacity: true)
          shared.value[piece].appendDelimitedRows(
            table, start..<min(count, start + Self.rowsPerPiece), layout: layout)
        }
      }
      for piece in 0..<used where !write(pieces[piece].bytes) { return }
      next = min(count, first + used * Self.rowsPerPiece)
    }
  }

  /// How the format writes rows, when it writes each on a line of its own whatever the others
  /// hold (`tsv`, `csv`); nil when it does not (a `table` fits columns to every row).
  private var delimitedLayout: DelimitedLayout? {
    switch self {
    case .tsv: .tsv
    case .csv: .csv
    case .table, .json, .jsonl, .markdown: nil
    }
  }
}
