import HearsayCore
import HearsayShell

extension LoadOutcome {
  /// Writes each load problem as one `hearsay: PATH: REASON` line, then, when files were
  /// skipped, one line saying how many and why, as the shell does outside the interactive mode.
  func reportProblems(to errors: any TextSink) {
    for problem in problems { errors.write(LoadReport.line(for: problem)) }
    let report = LoadReport(
      filesRead: filesRead, bytesRead: bytesRead, problems: problems, duration: .zero)
    if let skipped = report.skippedSummary { errors.write("hearsay: \(skipped)\n") }
  }
}
