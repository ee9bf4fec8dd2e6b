import HearsayCore
import HearsayShell
import Testing

@Suite struct LoadReportTests {
  static func report(_ problems: [(String, String, LoadProblem.Severity)]) -> LoadReport {
    LoadReport(
      filesRead: 9, bytesRead: 0,
      problems: problems.map { LoadProblem(path: $0.0, reason: $0.1, severity: $0.2) },
      duration: .zero)
  }

  /// No file skipped, or one (its own line says it all): no summary.
  @Test func fewerThanTwoSkippedFilesMeanNoSummary() {
    let report = Self.report([("a.txt", "not valid UTF-8; decoded as Windows-1252", .warning)])
    #expect(report.skippedSummary == nil)
    #expect(report.skippedFileCount == 0)
    let one = Self.report([
      ("a.jsonl", "line 1: not a JSON object; skipped", .skipped),
      ("a.jsonl", "line 2: not a JSON object; skipped", .skipped),
    ])
    #expect(one.skippedSummary == nil)
    #expect(one.skippedFileCount == 1)
  }

  /// Files are counted once, under their first reason; reasons lose `; skipped` and are sorted
  /// by count, ties in path order.
  @Test func skippedFilesAreCountedByReason() {
    let report = Self.report([
      ("a.txt", "empty file; skipped", .skipped),
      ("b.jsonl", "line 1: no title or text; skipped", .skipped),
      ("b.jsonl", "line 2: no title or text; skipped", .skipped),
      ("c.txt", "binary file (NUL bytes), not text; skipped", .skipped),
      ("d.txt", "binary file (NUL bytes), not text; skipped", .skipped),
      ("e.txt", "invalid date '2024-13-45' in header; article has no date", .warning),
    ])
    #expect(report.skippedFileCount == 4)
    #expect(
      report.skippedByReason.map { "\($0.count) \($0.reason)" } == [
        "2 binary file (NUL bytes), not text", "1 empty file", "1 line 1: no title or text",
      ])
    #expect(
      report.skippedSummary
        == "4 files skipped: 2 binary file (NUL bytes), not text; 1 empty file;"
        + " 1 line 1: no title or text")
  }

  @Test func reasonsPastTheThirdAreCountedTogether() {
    let report = Self.report([
      ("a", "Permission denied", .skipped), ("b", "Permission denied", .skipped),
      ("c", "empty file; skipped", .skipped), ("d", "x\u{1B}[2J\ny; skipped", .skipped),
      ("e", "no articles found; skipped", .skipped), ("f", "empty file; skipped", .skipped),
    ])
    #expect(
      report.skippedSummary
        == "6 files skipped: 2 Permission denied; 2 empty file; 1 x y; 1 for other reasons")
  }
}
