import Foundation
import Testing

/// `explain sql QUERY` end to end: the SQL hearsay writes for a query, run by `sqlite3` on an
/// export of the example articles, returns the rows hearsay prints for the query, header,
/// order and all.
///
/// Skipped, with a message, when the `sqlite3` command is not installed.
@Suite(.enabled(if: SQLite.path != nil, "sqlite3 is not installed (apt-get install sqlite3)"))
struct ExplainSQLTests {
  /// Queries of every form `explain sql` covers, with clauses and stages.
  static let queries = [
    "who said * about Valdoria",
    "who said tariff*",
    "who said \"shipping corridor\" indirect",
    "what did Marsh say about (NMC or forum) and not Kessaly",
    "statements by Okafor in 2024-06",
    "statements kind belief sort by speaker desc",
    "statements since 2025-03-20 sort by date desc limit 4",
    "statements by Kell with spans",
    "who discussed fishing",
    "count statements",
    "count statements by speaker",
    "count statements by month since 2025",
    "count statements by kind kind any",
    "count statements by topic sort by topic",
    "count statements by source",
    "count statements by cue limit 3",
    "top 3 speakers about Valdoria",
    "top 2 topics by Marsh",
    "who mentioned Port Avalon and not Marsh",
    "who mentioned NMC sort by date desc",
    "meetings",
    "meetings in 2024 sort by date",
    "who met Varga",
    "people",
    "people like Mar* sort by name desc",
    "organizations from Meridian",
    "places in 2024 sort by articles desc limit 3",
    "articles mentioning Okafor",
    "articles about Valdoria sort by statements desc",
    "articles from Meridian",
    "who said * | where speaker != \"Elena Marsh\" | count by cue | sort by count desc | limit 3",
    "who said * about Valdoria | count by speaker | top 2",
    "statements | sort by speaker | limit 5",
  ]

  @Test(arguments: queries)
  func theSQLReturnsTheRowsHearsayReturns(_ query: String) throws {
    let database = try ExportSQLiteTests.database.get()
    let workspace = try Workspace()
    let examples = ExportSQLiteTests.examples
    let explained = try HearsayRun.run(
      ["--no-init", "--format", "tsv", "--no-headers", "-c", "explain sql " + query, examples],
      in: workspace)
    try #require(explained.status == 0, "explain sql: \(explained.errors)")
    let answered = try HearsayRun.run(
      ["--no-init", "--format", "tsv", "-c", query, examples], in: workspace)
    try #require(answered.status == 0, "hearsay: \(answered.errors)")
    let fromSQL = try SQLite.run(
      ".headers on\n" + explained.output, database: database, in: workspace)
    #expect(answered.output.split(separator: "\n").count > 1, "no rows to compare")
    #expect(fromSQL == answered.output, "SQL:\n\(explained.output)")
  }

  @Test func theSQLIsOneLineARowInEveryFormat() throws {
    let workspace = try Workspace()
    let query = "explain sql who said * about NMC"
    let tsv = try HearsayRun.run(
      ["--no-init", "--format", "tsv", "--no-headers", "-c", query, ExportSQLiteTests.examples],
      in: workspace)
    let json = try HearsayRun.run(
      ["--no-init", "--format", "json", "-c", query, ExportSQLiteTests.examples], in: workspace)
    #expect(tsv.status == 0)
    #expect(tsv.output.hasPrefix("SELECT s.speaker AS speaker, "))
    #expect(tsv.output.hasSuffix(";\n"))
    #expect(json.output.hasPrefix("[\n{\"sql\":\"SELECT s.speaker AS speaker, "))
  }

  @Test(arguments: [
    (
      "explain sql context 3",
      """
      error: explain sql does not cover 'context' yet
        explain sql context 3
                    ^~~~~~~
      """
    ),
    (
      "explain sql who sed * about NMC",
      """
      error: expected 'said' after 'who'
        explain sql who sed * about NMC
                        ^~~
      hint: did you mean 'said'?
      """
    ),
    (
      "explain sqll who said *",
      """
      error: expected 'sql' after 'explain'
        explain sqll who said *
                ^~~~
      hint: did you mean 'sql'?
      """
    ),
  ])
  func aQueryItCannotTranslateIsAnErrorWithACaret(_ query: String, _ expected: String) throws {
    let workspace = try Workspace()
    let run = try HearsayRun.run(
      ["--no-init", "-c", query, ExportSQLiteTests.examples], in: workspace)
    #expect(run.status == 1)
    #expect(run.output.isEmpty)
    #expect(run.errors.hasPrefix(expected), "\(run.errors)")
  }
}
