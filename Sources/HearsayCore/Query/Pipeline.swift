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
      var counts: [String: Int] = [:]
      var shown: [String: String] = [:]
      for row in table.evenRows {
        let key = NameFolding.fold(row[index])
        counts[key, default: 0] += 1
        if shown[key] == nil { shown[key] = row[index] }
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
      table.keepRows(Array(0..<min(number.value, table.rows.count)))
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
