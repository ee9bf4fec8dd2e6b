/// Runs pipeline stages.
///
/// Each stage takes the table the query or the stage before made and gives a new one. Columns
/// are named as the table's header names them, in any case.
enum Pipeline {
  static func apply(_ stage: PipelineStage, to table: ResultTable) throws(QueryError)
    -> ResultTable
  {
    var table = table
    switch stage {
    case .count(let column):
      let index = try Self.columnIndex(column, of: table)
      // Each distinct cell is counted by its bytes as written, then folded once; the cell
      // shown for a folded key is the first row's, as cells are numbered in the order first
      // met. Cells are read as bytes into one buffer and numbered by a table of bytes: no
      // string is made, or hashed, for each row.
      var written = WordTable()
      var tallies: [Int] = []
      table.withCellBytes { count, write in
        var cell: [UInt8] = []
        for row in 0..<count {
          cell.removeAll(keepingCapacity: true)
          write(row, index, &cell)
          let number = cell.withUnsafeBufferPointer { written.intern($0, hash: WordTable.hash($0)) }
          if number == tallies.count { tallies.append(0) }
          tallies[number] += 1
        }
      }
      var counts: [String: Int] = [:]
      var shown: [String: String] = [:]
      for number in tallies.indices {
        let cell = written.withWord(number) { bytes, _ in String(decoding: bytes, as: UTF8.self) }
        let key = NameFolding.fold(cell)
        counts[key, default: 0] += tallies[number]
        if shown[key] == nil { shown[key] = cell }
      }
      return ResultTable(
        columns: [table.columns[index], "count"],
        rows: QueryEvaluator.ranked(counts, descending: true).map { pair -> [String] in
          [shown[pair.key] ?? pair.key, String(pair.count)]
        }, numericColumns: [1])
    case .top(let number):
      guard let index = table.numericColumns.max() else {
        throw QueryError.nothingToRank(at: number.range)
      }
      let rows = table.evenRows
      let order = QueryEvaluator.sorted(Array(rows.indices), descending: true) {
        Int(rows[$0][index])
      }
      table.keepRows(Array(order.prefix(number.value)))
    case .sort(let column, let descending):
      let index = try Self.columnIndex(column, of: table)
      let rows = table.evenRows
      let order: [Int]
      if table.numericColumns.contains(index) {
        order = QueryEvaluator.sorted(Array(rows.indices), descending: descending) {
          Int(rows[$0][index])
        }
      } else {
        order = QueryEvaluator.sorted(Array(rows.indices), descending: descending) { row in
          rows[row][index].isEmpty ? nil : NameFolding.fold(rows[row][index])
        }
      }
      table.keepRows(order)
    case .limit(let number):
      table.keepRows(Array(0..<min(number.value, table.rowCount)))
    case .filter(let column, let equal, let value):
      let index = try Self.columnIndex(column, of: table)
      let wanted = TextFolding.fold(value.text)
      let rows = table.evenRows
      table.keepRows(rows.indices.filter { (TextFolding.fold(rows[$0][index]) == wanted) == equal })
    }
    return table
  }

  /// The index of the column a stage names.
  private static func columnIndex(_ name: ColumnName, of table: ResultTable) throws(QueryError)
    -> Int
  {
    let folded = NameFolding.fold(name.text)
    guard let index = table.columns.firstIndex(where: { NameFolding.fold($0) == folded }) else {
      throw QueryError.unknownColumn(name, columns: table.columns)
    }
    return index
  }
}
