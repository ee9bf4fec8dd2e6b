import Synchronization

/// The answer to a query: named columns and rows of text, rendered by an `OutputFormat`.
///
/// `rowSources` says which sentence each row comes from, for `context N` on the next query; no
/// renderer shows it. It is empty, or one entry per row (nil for rows with no one sentence, such
/// as counts); operations that reorder or cut rows keep it in step.
///
/// Large answers (statements, sentences) are made with their rows still to build (`LazyRows`):
/// renderers and pipeline stages read their cells one at a time from the corpus, and `rows` is
/// built, once, only when asked for.
public struct ResultTable: Sendable, Equatable {
  public var columns: [String]
  /// The rows, built on first use when the table was made lazily.
  public var rows: [[String]] {
    get { storage.rows }
    set { storage = RowStorage(rows: newValue) }
  }
  /// Columns holding whole numbers (counts): right-aligned in tables, numbers in JSON.
  public var numericColumns: Set<Int>
  /// The sentence behind each row, when there is one.
  public var rowSources: [RowSource?]
  private var storage: RowStorage

  public init(
    columns: [String], rows: [[String]], numericColumns: Set<Int> = [],
    rowSources: [RowSource?] = []
  ) {
    self.columns = columns
    self.storage = RowStorage(rows: rows)
    self.numericColumns = numericColumns
    self.rowSources = rowSources
  }

  /// A table whose rows are built from `lazy` only if `rows` is asked for.
  init(
    columns: [String], lazy: any LazyRows, numericColumns: Set<Int> = [],
    rowSources: [RowSource?] = []
  ) {
    self.columns = columns
    self.storage = RowStorage(lazy: lazy)
    self.numericColumns = numericColumns
    self.rowSources = rowSources
  }

  public static func == (a: ResultTable, b: ResultTable) -> Bool {
    a.columns == b.columns && a.numericColumns == b.numericColumns
      && a.rowSources == b.rowSources && a.rows == b.rows
  }

  /// How many rows the table has, without building them.
  var rowCount: Int { storage.count }

  /// The sentence behind row `index` (from 0), if the table knows it.
  public func source(ofRow index: Int) -> RowSource? {
    rowSources.indices.contains(index) ? rowSources[index] : nil
  }

  /// Keeps the rows at `indices`, in that order, with their sources.
  mutating func keepRows(_ indices: [Int]) {
    let sources = rowSources.count == rowCount ? indices.map { rowSources[$0] } : []
    if let lazy = storage.lazy {
      storage = RowStorage(lazy: SelectedRows(base: lazy, rows: indices))
    } else {
      let rows = storage.rows
      storage = RowStorage(rows: indices.map { rows[$0] })
    }
    rowSources = sources
  }

  /// Calls `body` with the row count and a function appending the UTF-8 bytes of the cell at
  /// (row, column) to an array, nothing past the end of a short row: what `withCells` gives,
  /// without a `String` made for each cell of lazy rows that can do without.
  func withCellBytes<Result>(_ body: (Int, (Int, Int, inout [UInt8]) -> Void) -> Result)
    -> Result
  {
    if let lazy = storage.lazy {
      return lazy.withCellWriter { write in
        withoutActuallyEscaping(write) { write in body(lazy.count, write) }
      }
    }
    let rows = storage.rows
    return body(rows.count) { row, column, bytes in
      let cells = rows[row]
      if column < cells.count { RenderBuffer.append(cells[column], to: &bytes) }
    }
  }

  /// Calls `body` with the row count and a function giving the cell at (row, column), `""`
  /// past the end of a short row; lazy rows are read from their source, not built.
  func withCells<Result>(_ body: (Int, (Int, Int) -> String) -> Result) -> Result {
    if let lazy = storage.lazy {
      return body(lazy.count) { row, column in lazy.cell(row, column) }
    }
    let rows = storage.rows
    return body(rows.count) { row, column in
      let cells = rows[row]
      return column < cells.count ? cells[column] : ""
    }
  }
}

/// Rows not built yet: their number, and any cell on demand. Each row has one cell per column.
protocol LazyRows: Sendable {
  var count: Int { get }
  /// Cells in each row.
  var columns: Int { get }
  func cell(_ row: Int, _ column: Int) -> String
  /// Appends the UTF-8 bytes of `cell(row, column)` to `bytes`; rows that can write them
  /// without making a `String` (a sentence folding its spaces) say so here.
  func appendCell(_ row: Int, _ column: Int, to bytes: inout [UInt8])
  /// Calls `body` with a function doing what `appendCell` does, for writing many cells: rows
  /// that read arrays of the corpus can take hold of them once here, rather than once a cell.
  func withCellWriter<Result>(_ body: (CellWriter) -> Result) -> Result
}

/// Appends the UTF-8 bytes of the cell at (row, column) to an array (`LazyRows.appendCell`).
typealias CellWriter = (Int, Int, inout [UInt8]) -> Void

extension LazyRows {
  func appendCell(_ row: Int, _ column: Int, to bytes: inout [UInt8]) {
    RenderBuffer.append(cell(row, column), to: &bytes)
  }

  func withCellWriter<Result>(_ body: (CellWriter) -> Result) -> Result {
    body { row, column, bytes in appendCell(row, column, to: &bytes) }
  }

  /// The whole row.
  func row(_ row: Int) -> [String] {
    (0..<columns).map { cell(row, $0) }
  }
}

/// Some rows of other lazy rows, in a given order.
private struct SelectedRows: LazyRows {
  let base: any LazyRows
  let rows: [Int]

  var count: Int { rows.count }
  var columns: Int { base.columns }
  func cell(_ row: Int, _ column: Int) -> String { base.cell(rows[row], column) }
  func appendCell(_ row: Int, _ column: Int, to bytes: inout [UInt8]) {
    base.appendCell(rows[row], column, to: &bytes)
  }
  func withCellWriter<Result>(_ body: (CellWriter) -> Result) -> Result {
    let rows = rows
    return base.withCellWriter { write in
      withoutActuallyEscaping(write) { write in
        body { row, column, bytes in write(rows[row], column, &bytes) }
      }
    }
  }
}

/// A table's rows: built, or lazy and built on first use (once, under a lock, as tables are
/// shared between threads).
private final class RowStorage: Sendable {
  let count: Int
  /// Where the rows come from while they are not built.
  let lazy: (any LazyRows)?
  private let built: Mutex<[[String]]?>

  init(rows: [[String]]) {
    count = rows.count
    lazy = nil
    built = Mutex(rows)
  }

  init(lazy: any LazyRows) {
    count = lazy.count
    self.lazy = lazy
    built = Mutex(nil)
  }

  var rows: [[String]] {
    built.withLock { built in
      if let built { return built }
      guard let lazy else { return [] }
      let rows = (0..<count).map { row in lazy.row(row) }
      built = rows
      return rows
    }
  }
}

/// Where a result row comes from: a sentence of an article.
public struct RowSource: Sendable, Hashable {
  public let article: ArticleID
  /// The sentence's index in the article, from 0 (`Sentence.index`).
  public let sentence: Int

  public init(article: ArticleID, sentence: Int) {
    self.article = article
    self.sentence = sentence
  }
}
