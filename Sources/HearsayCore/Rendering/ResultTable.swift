/// The answer to a query: named columns and rows of text, rendered by an `OutputFormat`.
///
/// `rowSources` says which sentence each row comes from, for `context N` on the next query; no
/// renderer shows it. It is empty, or one entry per row (nil for rows with no one sentence, such
/// as counts); operations that reorder or cut rows keep it in step.
public struct ResultTable: Sendable, Equatable {
  public var columns: [String]
  public var rows: [[String]]
  /// Columns holding whole numbers (counts): right-aligned in tables, numbers in JSON.
  public var numericColumns: Set<Int>
  /// The sentence behind each row, when there is one.
  public var rowSources: [RowSource?]

  public init(
    columns: [String], rows: [[String]], numericColumns: Set<Int> = [],
    rowSources: [RowSource?] = []
  ) {
    self.columns = columns
    self.rows = rows
    self.numericColumns = numericColumns
    self.rowSources = rowSources
  }

  /// The sentence behind row `index` (from 0), if the table knows it.
  public func source(ofRow index: Int) -> RowSource? {
    rowSources.indices.contains(index) ? rowSources[index] : nil
  }

  /// Keeps the rows at `indices`, in that order, with their sources.
  mutating func keepRows(_ indices: [Int]) {
    let sources = rowSources.count == rows.count ? indices.map { rowSources[$0] } : []
    rows = indices.map { rows[$0] }
    rowSources = sources
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
