/// Writes a corpus as the CSV tables of `ExportTable`, one table at a time, in chunks, so that
/// an export of a large corpus never holds a whole table in memory.
///
///     let export = CorpusExport(corpus)
///     for table in ExportTable.allCases {
///       try export.write(table) { bytes in try file.write(bytes) }
///     }
///
/// Ids are `StableID`s; rows keep corpus order (articles by path, statements and meetings in
/// text order), and every table starts with a header row of its column names.
public struct CorpusExport: Sendable {
  public let corpus: Corpus
  /// Each article's id, by position.
  let articleIDs: [String]
  /// Each entity's id, by position.
  let entityIDs: [String]
  /// Each statement's place among its article's statements.
  let statementOrdinals: [Int]
  /// Each meeting's place among its article's meetings.
  let meetingOrdinals: [Int]

  public init(_ corpus: Corpus) {
    self.corpus = corpus
    articleIDs = corpus.articles.map { StableID.article(path: $0.path) }
    entityIDs = corpus.entities.map { StableID.entity(kind: $0.kind, name: $0.name) }
    statementOrdinals = Self.ordinals(corpus.statements.map(\.article.rawValue))
    meetingOrdinals = Self.ordinals(corpus.meetings.map(\.article.rawValue))
  }

  /// How many bytes are gathered before they are handed on.
  static let chunkSize = 1 << 20

  /// Writes the table as CSV, header first, handing the bytes to `sink` in chunks of about a
  /// megabyte; stops at the first error `sink` throws.
  public func write(_ table: ExportTable, to sink: ([UInt8]) throws -> Void) rethrows {
    var csv = CSVWriter(capacity: Self.chunkSize + 64 * 1024)
    csv.record(table.columns.map(\.name))
    try forEachRow(of: table, into: &csv) { csv in
      if csv.bytes.count >= Self.chunkSize { try csv.flush(to: sink) }
    }
    try csv.flush(to: sink)
  }

  /// The whole table as CSV text; for tests and small corpora.
  public func csv(_ table: ExportTable) -> String {
    var bytes: [UInt8] = []
    write(table) { bytes += $0 }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The id of a statement, by its position in `corpus.statements`.
  public func statementID(_ position: Int) -> String {
    let statement = corpus.statements[position]
    return StableID.statement(
      article: articleIDs[statement.article.rawValue], ordinal: statementOrdinals[position])
  }

  /// The id of a meeting, by its position in `corpus.meetings`.
  public func meetingID(_ position: Int) -> String {
    StableID.meeting(
      article: articleIDs[corpus.meetings[position].article.rawValue],
      ordinal: meetingOrdinals[position])
  }

  /// Each item's place among the earlier items of the same article.
  private static func ordinals(_ articles: [Int]) -> [Int] {
    var seen: [Int: Int] = [:]
    return articles.map { article in
      defer { seen[article, default: 0] += 1 }
      return seen[article] ?? 0
    }
  }
}
