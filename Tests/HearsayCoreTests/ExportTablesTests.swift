import Foundation
import HearsayCore
import Testing

/// The example articles exported: every table well formed, ids stable, shards consistent.
@Suite struct ExportTablesTests {
  static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("examples")
  static let files = ((try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? [])
    .filter { $0.hasSuffix(".txt") }.sorted().map { examples.appendingPathComponent($0).path }
  static let whole = CorpusExport(CorpusLoader().load(paths: files).corpus)

  @Test(arguments: ExportTable.allCases)
  func everyRowHasEveryColumn(table: ExportTable) throws {
    let records = CSVRecords.parse(Self.whole.csv(table))
    let header = try #require(records.first)
    #expect(header == table.columns.map(\.name))
    for record in records {
      #expect(record.count == header.count, "\(table.name): \(record)")
    }
    for (index, column) in table.columns.enumerated() where !column.nullable {
      #expect(
        records.dropFirst().allSatisfy { $0[index] != nil }, "\(table.name).\(column.name)")
    }
  }

  @Test func keysAreUniqueAndReferencesResolve() throws {
    func rows(_ table: ExportTable) -> [[String?]] {
      Array(CSVRecords.parse(Self.whole.csv(table)).dropFirst())
    }
    let articles = Set(rows(.articles).compactMap { $0[0] })
    let entities = rows(.entities).compactMap { $0[0] }
    let statements = Set(rows(.statements).compactMap { $0[0] })
    let meetings = Set(rows(.meetings).compactMap { $0[0] })
    #expect(articles.count == 10)
    #expect(Set(entities).count == entities.count)
    #expect(statements.count == Self.whole.corpus.statements.count)
    #expect(meetings.count == 8)
    for table in ExportTable.allCases where !table.primaryKey.isEmpty {
      let key = table.primaryKey.compactMap { name in
        table.columns.firstIndex { $0.name == name }
      }
      let keys = rows(table).map { row in key.map { row[$0] ?? "" } }
      #expect(Set(keys).count == keys.count, "\(table.name)")
    }
    for row in rows(.statementSpeakers) + rows(.meetingParticipants) {
      if let entity = row[4] { #expect(entities.contains(entity)) }
    }
    #expect(rows(.statementTopics).allSatisfy { statements.contains($0[0] ?? "") })
    #expect(rows(.sentences).allSatisfy { articles.contains($0[0] ?? "") })
  }

  @Test func shardsConcatenateToTheWholeExport() {
    let halves = [Array(Self.files.prefix(5)), Array(Self.files.dropFirst(5))].map {
      CorpusExport(CorpusLoader().load(paths: $0).corpus)
    }
    for table in ExportTable.allCases {
      let whole = Set(CSVRecords.parse(Self.whole.csv(table)).dropFirst().map(Self.line))
      let shards = halves.flatMap { CSVRecords.parse($0.csv(table)).dropFirst().map(Self.line) }
      if table.primaryKey.isEmpty {
        // An entity in both shards has a row in each: the same row, bar its last field (the
        // mention count, or the place among the aliases or roles the shard saw).
        #expect(
          Set(shards.map(Self.withoutLastField)) == Set(whole.map(Self.withoutLastField)),
          "\(table.name)")
      } else {
        #expect(shards.count == whole.count, "\(table.name)")
        #expect(Set(shards) == whole, "\(table.name)")
      }
    }
  }

  @Test func idsDoNotDependOnLoadOrder() {
    let reversed = CorpusExport(
      CorpusLoader(parallelism: 1).load(paths: Self.files.reversed()).corpus)
    for table in [ExportTable.articles, .statements, .statementSpeakers, .meetings] {
      #expect(
        Set(CSVRecords.parse(reversed.csv(table)).map(Self.line))
          == Set(CSVRecords.parse(Self.whole.csv(table)).map(Self.line)), "\(table.name)")
    }
  }

  @Test func theSchemaCreatesEveryTableWithItsColumns() {
    let sql = ExportSchema.sql
    let markdown = ExportSchema.markdown
    for table in ExportTable.allCases {
      #expect(sql.contains("CREATE TABLE \(table.name) (\n"))
      #expect(markdown.contains("### \(table.name) (`\(table.fileName)`)"))
      for column in table.columns {
        #expect(sql.contains("  \(column.name) \(column.type.rawValue)"), "\(column.name)")
        #expect(markdown.contains("| `\(column.name)` |"), "\(column.name)")
      }
    }
    #expect(!sql.contains("\"end\""))
  }

  private static func line(_ record: [String?]) -> String {
    record.map { $0 ?? "∅" }.joined(separator: "\u{1F}")
  }

  private static func withoutLastField(_ line: String) -> String {
    line.split(separator: "\u{1F}", omittingEmptySubsequences: false).dropLast().joined(
      separator: "\u{1F}")
  }
}

/// Reads CSV as `CSVWriter` writes it: quoted fields with doubled quotes, CRLF records; an
/// empty unquoted field is nil.
enum CSVRecords {
  static func parse(_ text: String) -> [[String?]] {
    var records: [[String?]] = []
    var record: [String?] = []
    var field = ""
    var quoted = false
    var wasQuoted = false
    var chars = Array(text.unicodeScalars)[...]
    func endField() {
      record.append(field.isEmpty && !wasQuoted ? nil : field)
      field = ""
      wasQuoted = false
    }
    while let c = chars.popFirst() {
      if quoted {
        if c == "\"" {
          if chars.first == "\"" {
            field.unicodeScalars.append(c)
            chars.removeFirst()
          } else {
            quoted = false
          }
        } else {
          field.unicodeScalars.append(c)
        }
      } else if c == "\"" {
        quoted = true
        wasQuoted = true
      } else if c == "," {
        endField()
      } else if c == "\r" && chars.first == "\n" {
        chars.removeFirst()
        endField()
        records.append(record)
        record = []
      } else {
        field.unicodeScalars.append(c)
      }
    }
    return records
  }
}
