/// The answer to a query: named columns and rows of text, rendered by an `OutputFormat`.
public struct ResultTable: Sendable, Equatable {
  public var columns: [String]
  public var rows: [[String]]

  public init(columns: [String], rows: [[String]]) {
    self.columns = columns
    self.rows = rows
  }
}
