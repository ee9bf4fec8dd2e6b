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
      // Each distinct cell is counted as written, then folded once; the cell shown for a
      // folded key is the first row's, as the values are taken in the order first met.
      var written: [ExactText: Int] = [:]
      var order: [String] = []
      table.withCells { count, cellAt in
        for row in 0..<count {
          let cell = cellAt(row, index)
          let known = written.count
          written[ExactText(cell), default: 0] += 1
          if written.count > known { order.append(cell) }
        }
      }
      var counts: [String: Int] = [:]
      var shown: [String: String] = [:]
      for cell in order {
        let key = NameFolding.fold(cell)
        counts[key, default: 0] += written[ExactText(cell)] ?? 0
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

/// A string compared and hashed by its bytes, so that two spellings `String` takes as equal
/// (composed and decomposed accents) stay apart, as they did when each row was folded.
struct ExactText: Hashable {
  let text: String

  init(_ text: String) { self.text = text }

  static func == (a: ExactText, b: ExactText) -> Bool { a.text.utf8.elementsEqual(b.text.utf8) }

  func hash(into hasher: inout Hasher) {
    var text = text
    text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }
}
