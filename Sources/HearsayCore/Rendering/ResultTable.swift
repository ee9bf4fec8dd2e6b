/// The answer to a query: named columns and rows of text, rendered by an `OutputFormat`.
public struct ResultTable: Sendable, Equatable {
  public var columns: [String]
  public var rows: [[String]]
  /// Columns holding whole numbers (counts): right-aligned in tables, numbers in JSON.
  public var numericColumns: Set<Int>

  public init(columns: [String], rows: [[String]], numericColumns: Set<Int> = []) {
    self.columns = columns
    self.rows = rows
    self.numericColumns = numericColumns
  }
}
