import Foundation
import Testing

/// `hearsay export` of the example articles loaded into SQLite: the SQL of queries of every form
/// returns the rows hearsay itself returns.
///
/// Skipped, with a message, when the `sqlite3` command is not installed; the test installs
/// nothing.
@Suite(.enabled(if: SQLite.path != nil, "sqlite3 is not installed (apt-get install sqlite3)"))
struct ExportSQLiteTests {
  static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("examples")
    .path

  /// A query, and the SQL that answers it over the export.
  struct Case: CustomTestStringConvertible, Sendable {
    let query: String
    let sql: String
    /// Whether hearsay's row order is compared too (else rows are compared as a multiset).
    var ordered = false
    /// Columns holding `; `-separated lists whose order is not compared.
    var listColumns: [Int] = []

    var testDescription: String { query }
  }

  /// The columns of hearsay's statement tables.
  static let statementColumns = """
    SELECT s.speaker, s.cue, s.content, a.name, COALESCE(a.date, '')
    FROM statements s JOIN articles a ON a.id = s.article_id
    """

  /// The statements whose speakers include an entity answering to `key` (a folded name).
  static func spokenBy(_ key: String) -> String {
    """
    s.id IN (SELECT sp.statement_id FROM statement_speakers sp WHERE sp.entity_id IN (
      SELECT id FROM entities WHERE name_key = '\(key)'
      UNION SELECT entity_id FROM aliases WHERE alias_key = '\(key)'))
    """
  }

  /// Counts of speech statements by speaker: by entity under its canonical name, or by the name
  /// as written for speakers without one; each statement once per name.
  static let speakerCounts = """
    SELECT COALESCE(e.name, sp.name) AS who, COUNT(DISTINCT s.id) AS n
    FROM statements s JOIN statement_speakers sp ON sp.statement_id = s.id
    LEFT JOIN entities e ON e.id = sp.entity_id
    WHERE s.kind IN ('direct', 'indirect')
    GROUP BY who ORDER BY n DESC, who
    """

  static let cases: [Case] = [
    Case(
      query: "who said * about NMC",
      sql: """
        \(statementColumns)
        WHERE s.kind IN ('direct', 'indirect') AND (
          s.id IN (SELECT t.statement_id FROM statement_topics t WHERE t.entity_id IN (
            SELECT id FROM entities WHERE name_key = 'nmc'
            UNION SELECT entity_id FROM aliases WHERE alias_key = 'nmc'))
          OR lower(s.content) LIKE '%nmc%')
        """),
    Case(
      query: "what did Marsh say",
      sql: "\(statementColumns) WHERE s.kind IN ('direct', 'indirect') AND \(spokenBy("marsh"))"),
    Case(
      query: "statements by Okafor in 2024-06",
      sql: """
        \(statementColumns)
        WHERE s.kind IN ('direct', 'indirect') AND \(spokenBy("okafor"))
          AND a.date BETWEEN '2024-06-01' AND '2024-06-30'
        """),
    Case(query: "count statements by speaker", sql: speakerCounts, ordered: true),
    Case(query: "top 3 speakers", sql: speakerCounts + " LIMIT 3", ordered: true),
    Case(
      query: "count statements by month",
      sql: """
        SELECT substr(a.date, 1, 7) AS month, COUNT(*)
        FROM statements s JOIN articles a ON a.id = s.article_id
        WHERE s.kind IN ('direct', 'indirect') GROUP BY month ORDER BY month
        """, ordered: true),
    Case(
      query: "who said * direct", sql: "\(statementColumns) WHERE s.kind = 'direct'"),
    Case(
      query: "statements since 2025-03-20",
      sql: """
        \(statementColumns) WHERE s.kind IN ('direct', 'indirect') AND a.date >= '2025-03-20'
        """),
    Case(
      query: "people",
      sql: """
        SELECT e.name,
          COALESCE((SELECT group_concat(alias, '; ') FROM aliases WHERE entity_id = e.id), ''),
          COALESCE((SELECT group_concat(role, '; ') FROM roles WHERE entity_id = e.id), ''),
          e.mentions,
          (SELECT COUNT(*) FROM entity_articles WHERE entity_id = e.id)
        FROM entities e WHERE e.type = 'person'
        """, listColumns: [1, 2]),
    Case(
      query: "meetings",
      sql: """
        SELECT (SELECT group_concat(name, ', ') FROM (
            SELECT name FROM meeting_participants p WHERE p.meeting_id = m.id ORDER BY ordinal)),
          COALESCE(m.date, ''), COALESCE(m.place, ''), m.kind, a.name
        FROM meetings m JOIN articles a ON a.id = m.article_id
        """),
    Case(
      query: "who met Varga",
      sql: """
        SELECT (SELECT group_concat(name, ', ') FROM (
            SELECT name FROM meeting_participants p WHERE p.meeting_id = m.id
              AND p.name_key NOT IN ('varga', 'jonas varga') ORDER BY ordinal)),
          COALESCE(m.date, ''), COALESCE(m.place, ''), m.kind, a.name
        FROM meetings m JOIN articles a ON a.id = m.article_id
        WHERE m.id IN (SELECT meeting_id FROM meeting_participants WHERE entity_id IN (
          SELECT id FROM entities WHERE name_key = 'varga'
          UNION SELECT entity_id FROM aliases WHERE alias_key = 'varga'))
        """),
  ]

  /// The database, built once: the schema, every table imported, empty fields made NULL.
  static let database: Result<String, Failure> = Result { () throws(Failure) in
    do { return try makeDatabase() } catch let failure as Failure { throw failure } catch {
      throw Failure("\(error)")
    }
  }

  private static func makeDatabase() throws -> String {
    let workspace = try Workspace()
    let folder = workspace.child("export")
    let run = try HearsayRun.run(["export", "--to", folder, examples], in: workspace)
    guard run.status == 0, run.errors.isEmpty else { throw Failure("export failed: \(run)") }
    // Kept for the process's life: the tests share it.
    let database = NSTemporaryDirectory() + "hearsay-export-\(UUID().uuidString).db"
    var script = ".bail on\n.read \(folder)/schema.sql\n"
    for table in try tables(in: "\(folder)/schema.sql") {
      script += ".import --csv --skip 1 \(folder)/\(table).csv \(table)\n"
    }
    script += """
      UPDATE articles SET date = NULLIF(date, ''), source = NULLIF(source, '');
      UPDATE meetings SET date = NULLIF(date, ''), place = NULLIF(place, '');
      UPDATE statement_speakers SET entity_id = NULLIF(entity_id, '');
      UPDATE meeting_participants SET entity_id = NULLIF(entity_id, '');
      UPDATE statements SET source_start = NULLIF(source_start, ''),
        source_end = NULLIF(source_end, '');

      """
    _ = try SQLite.run(script, database: database, in: workspace)
    withExtendedLifetime(workspace) {}
    return database
  }

  @Test func theExportHasEveryTableAndLoads() throws {
    let database = try Self.database.get()
    let workspace = try Workspace()
    let counts = try SQLite.run(
      """
      SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM sentences),
        (SELECT COUNT(*) FROM statements), (SELECT COUNT(*) FROM meetings),
        (SELECT COUNT(*) FROM entities WHERE type = 'person'),
        (SELECT COUNT(*) FROM statements WHERE source_start IS NULL AND source_end IS NOT NULL);
      """, database: database, in: workspace)
    let fields = counts.trimmingCharacters(in: .newlines).split(separator: "\t")
    #expect(fields.count == 6)
    #expect(fields.first == "10")
    #expect(fields.dropFirst(3).first == "8")
    #expect(fields.last == "0")
  }

  @Test(arguments: cases)
  func sqlReturnsTheRowsHearsayReturns(_ testCase: Case) throws {
    let database = try Self.database.get()
    let workspace = try Workspace()
    let run = try HearsayRun.run(
      ["--no-init", "--format", "tsv", "--no-headers", "-c", testCase.query, Self.examples],
      in: workspace)
    try #require(run.status == 0, "hearsay: \(run.errors)")
    let fromSQL = try SQLite.run(testCase.sql + ";\n", database: database, in: workspace)
    var expected = Self.rows(run.output, listColumns: testCase.listColumns)
    var found = Self.rows(fromSQL, listColumns: testCase.listColumns)
    #expect(!expected.isEmpty)
    if !testCase.ordered {
      expected.sort()
      found.sort()
    }
    #expect(found == expected, "SQL:\n\(testCase.sql)")
  }

  /// The lines of tab-separated output, `; ` lists in `listColumns` sorted.
  static func rows(_ text: String, listColumns: [Int]) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: true).map { line in
      var cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      for column in listColumns where column < cells.count {
        cells[column] = cells[column].components(separatedBy: "; ").sorted().joined(
          separator: "; ")
      }
      return cells.joined(separator: "\t")
    }
  }

  /// The table names of `CREATE TABLE` lines in a schema file.
  static func tables(in schema: String) throws -> [String] {
    try String(contentsOfFile: schema, encoding: .utf8).split(separator: "\n").compactMap { line in
      guard line.hasPrefix("CREATE TABLE ") else { return nil }
      return line.dropFirst("CREATE TABLE ".count).split(separator: " ").first.map(String.init)
    }
  }

  struct Failure: Error, CustomStringConvertible, Sendable {
    let description: String
    init(_ description: String) { self.description = description }
  }
}

/// The `sqlite3` command-line tool, run on a script.
enum SQLite {
  /// Where `sqlite3` is on the PATH, or nil.
  static let path: String? = {
    let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
      .split(separator: ":")
    return folders.map { "\($0)/sqlite3" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }()

  /// Runs the script on the database with tab-separated output and no headers; its output.
  static func run(_ script: String, database: String, in workspace: Workspace) throws -> String {
    guard let executable = path else { throw ExportSQLiteTests.Failure("no sqlite3") }
    let tag = UUID().uuidString
    let input = try workspace.write("sql-\(tag)", ".mode tabs\n.headers off\n" + script)
    let outputPath = workspace.child("sql-out-\(tag)")
    let errorPath = workspace.child("sql-err-\(tag)")
    ChildProcess.lock.lock()
    let files = [
      ChildProcess.open(input, O_RDONLY),
      ChildProcess.open(outputPath, O_WRONLY | O_CREAT | O_TRUNC),
      ChildProcess.open(errorPath, O_WRONLY | O_CREAT | O_TRUNC),
    ]
    let pid = Result {
      try ChildProcess.spawn(
        executable, arguments: ["-batch", database], environment: workspace.environment,
        streams: .descriptors(input: files[0], output: files[1], error: files[2]))
    }
    files.forEach { _ = close($0) }
    ChildProcess.lock.unlock()
    let status = ChildProcess.wait(for: try pid.get())
    let errors = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
    guard status == 0, errors.isEmpty else {
      throw ExportSQLiteTests.Failure("sqlite3 exited \(String(describing: status)): \(errors)")
    }
    return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
  }
}

/// `hearsay export` as a command: the files it writes and its exit statuses.
@Suite struct ExportCommandTests {
  @Test func writesEveryTableAndTheSchemaIntoANewFolder() throws {
    let workspace = try Workspace()
    let articles = try workspace.writeArticles()
    let folder = workspace.child("out/nested")
    let run = try HearsayRun.run(["export", "--to", folder, articles], in: workspace)
    #expect(run.status == 0)
    #expect(run.errors.isEmpty)
    #expect(run.output.isEmpty)
    let written = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    #expect(written.contains("schema.sql"))
    #expect(written.contains("schema.md"))
    #expect(written.filter { $0.hasSuffix(".csv") }.count == 11)
    let statements = try String(contentsOfFile: folder + "/statements.csv", encoding: .utf8)
    #expect(statements.hasPrefix("id,article_id,sentence,speaker,as_written,cue,"))
    #expect(statements.contains(",Anna Berg,"))
  }

  @Test func aMissingFolderOptionIsAUsageError() throws {
    let workspace = try Workspace()
    let run = try HearsayRun.run(["export", try workspace.writeArticles()], in: workspace)
    #expect(run.status == 2)
    #expect(run.errors.contains("--to"))
  }

  @Test func anUnwritableFolderFailsWithOne() throws {
    let workspace = try Workspace()
    let blocker = try workspace.write("file", "not a folder\n")
    let run = try HearsayRun.run(
      ["export", "--to", blocker + "/out", try workspace.writeArticles()], in: workspace)
    #expect(run.status == 1)
    #expect(run.errors.hasPrefix("hearsay: cannot write \(blocker)/out"))
  }
}
