import HearsayCore

/// How a load went, for the summary line and `.stats`.
package struct LoadReport: Sendable, Equatable {
  package var filesRead: Int
  package var bytesRead: Int
  /// Every problem of the load, in path order.
  package var problems: [LoadProblem]
  package var duration: Duration

  package init(filesRead: Int, bytesRead: Int, problems: [LoadProblem], duration: Duration) {
    self.filesRead = filesRead
    self.bytesRead = bytesRead
    self.problems = problems
    self.duration = duration
  }

  /// The problems that made a file be skipped.
  package var skipped: [LoadProblem] { problems.filter { $0.severity == .skipped } }

  /// Skipped files counted by reason, most frequent first.
  package var skippedByReason: [(reason: String, count: Int)] {
    var counts: [String: Int] = [:]
    var order: [String] = []
    for problem in skipped {
      if counts[problem.reason] == nil { order.append(problem.reason) }
      counts[problem.reason, default: 0] += 1
    }
    return order.map { ($0, counts[$0] ?? 0) }.sorted { $0.count > $1.count }
  }

  /// `loaded 2 files (1.2 MB) in 0.35 s: 2 articles, 3 statements; 1 file skipped`.
  package func summary(of corpus: Corpus) -> String {
    var line = "loaded \(counted(filesRead, "file")) (\(Self.megabytes(bytesRead)))"
    line += " in \(Session.seconds(duration)): "
    line += "\(counted(corpus.articles.count, "article")), "
    line += counted(corpus.statements.count, "statement")
    let seconds = Double(duration.components.seconds)
      + Double(duration.components.attoseconds) / 1e18
    if seconds >= 1 {
      line += ", \(Int((Double(corpus.articles.count) / seconds).rounded())) articles/s"
    }
    if !skipped.isEmpty { line += "; \(counted(skipped.count, "file")) skipped" }
    return line
  }

  /// `1.2 MB`, in millions of bytes, one decimal.
  package static func megabytes(_ bytes: Int) -> String {
    let tenths = (bytes + 50_000) / 100_000
    return "\(tenths / 10).\(tenths % 10) MB"
  }
}
