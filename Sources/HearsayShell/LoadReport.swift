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

  /// Skipped files counted by reason, most frequent first, ties in path order.
  ///
  /// A file skipped for several reasons (a JSON lines file of bad lines) counts once, under its
  /// first. Reasons are shown on one line, cleaned for the terminal, without `; skipped`.
  package var skippedByReason: [(reason: String, count: Int)] {
    var files: Set<String> = []
    var counts: [String: Int] = [:]
    var order: [String] = []
    for problem in skipped where files.insert(problem.path).inserted {
      var reason = TerminalSanitizer.clean(problem.reason).onOneLine
      if reason.hasSuffix("; skipped") { reason.removeLast("; skipped".count) }
      if counts[reason] == nil { order.append(reason) }
      counts[reason, default: 0] += 1
    }
    return order.enumerated()
      .sorted { (counts[$0.element] ?? 0, -$0.offset) > (counts[$1.element] ?? 0, -$1.offset) }
      .map { ($0.element, counts[$0.element] ?? 0) }
  }

  /// How many files were skipped (a file with several problems counts once).
  package var skippedFileCount: Int { Set(skipped.map(\.path)).count }

  /// `3 files skipped: 2 binary file (NUL bytes), not text; 1 empty file`, or nil when fewer
  /// than two files were (one file's own line says it all); at most three reasons are named,
  /// and the files skipped for others counted together.
  package var skippedSummary: String? {
    guard skippedFileCount >= 2 else { return nil }
    let reasons = skippedByReason
    var parts = reasons.prefix(3).map { "\($0.count) \($0.reason)" }
    if reasons.count > 3 {
      parts.append("\(reasons.dropFirst(3).reduce(0) { $0 + $1.count }) for other reasons")
    }
    return "\(counted(skippedFileCount, "file")) skipped: " + parts.joined(separator: "; ")
  }

  /// The line printed for a load problem: `hearsay: PATH: REASON`, cleaned for the terminal.
  package static func line(for problem: LoadProblem) -> String {
    "hearsay: \(TerminalSanitizer.clean(problem.description).onOneLine)\n"
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
    if !skipped.isEmpty { line += "; \(counted(skippedFileCount, "file")) skipped" }
    return line
  }

  /// `1.2 MB`, in millions of bytes, one decimal.
  package static func megabytes(_ bytes: Int) -> String {
    let tenths = (bytes + 50_000) / 100_000
    return "\(tenths / 10).\(tenths % 10) MB"
  }
}
