import HearsayCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Session {
  /// Adds paths (files or folders) and reloads everything loaded so far with them.
  ///
  /// Each new load problem is written to `errors` as `hearsay: PATH: REASON`. Ctrl-C (the
  /// `cancellation`) stops the load and keeps the corpus and paths as they were.
  ///
  /// - Returns: false when the load was cancelled.
  @discardableResult
  package func load(_ newPaths: [String]) -> Bool {
    var allPaths = paths
    for path in newPaths where !allPaths.contains(path) {
      allPaths.append(path)
    }
    let loader = self.loader
    let requested = allPaths
    let cancellation = self.cancellation
    let meter = LoadProgressMeter()
    // Set when this load is abandoned, so it stops even after the next piece of work has reset
    // the cancellation.
    let abandoned = Cancellation.Flag()
    let control = LoadControl(
      isCancelled: { abandoned.isRaised || cancellation.isRequested() },
      progress: { meter.record($0) })
    cancellation.reset()
    let clock = ContinuousClock()
    let start = clock.now
    let progressOutput = self.progressOutput
    let outcome = BackgroundWork.run(
      {
        loader.load(paths: requested, control: control)
      }, cancellation: cancellation,
      tick: {
        guard let progressOutput else { return }
        meter.draw(
          on: progressOutput, elapsed: clock.now - start, width: Terminal.width(of: 2) ?? 80)
      })
    let showedProgress = progressOutput.map { meter.finish(on: $0) } ?? false
    guard let outcome, !outcome.cancelled else {
      abandoned.raise()
      errors.write("load cancelled; still \(corpusSummary)\n")
      return false
    }
    paths = allPaths
    corpus = outcome.corpus
    // What extraction freed goes back before the word indexes are built, which would not
    // reuse its scattered small blocks.
    MemoryTuning.releaseFreeMemory()
    // The word indexes are built while the prompt is up; the first query needing one waits.
    corpus.prepareSearchInBackground()
    completionNames = nil
    let report = LoadReport(
      filesRead: outcome.filesRead, bytesRead: outcome.bytesRead, problems: outcome.problems,
      duration: clock.now - start)
    lastLoad = report
    lastCacheUsage = outcome.cache
    for notice in outcome.cache?.notices ?? [] {
      errors.write("hearsay: \(TerminalSanitizer.clean(notice).onOneLine)\n")
    }
    for problem in outcome.problems where reportedProblems.insert(problem.description).inserted {
      errors.write(LoadReport.line(for: problem))
    }
    if reportsLoads || showedProgress {
      errors.write(report.summary(of: corpus) + "\n")
    }
    if timer { errors.write("run time: \(Self.seconds(report.duration))\n") }
    return true
  }

  /// How many files the last load skipped and why, as a line for the end of a run that is not
  /// interactive; nil when it skipped fewer than two.
  ///
  ///     hearsay: 3 files skipped: 2 empty file; 1 not valid JSON or JSON lines (.stats lists them)
  package var skippedFilesSummary: String? {
    lastLoad?.skippedSummary.map { "hearsay: \($0) (.stats lists them)\n" }
  }

  /// `12 articles, 40 statements`.
  var corpusSummary: String {
    "\(counted(corpus.articles.count, "article")), \(counted(corpus.statements.count, "statement"))"
  }

  /// What `.stats` prints.
  var statsText: String {
    var kinds: [EntityKind: Int] = [:]
    for entity in corpus.entities { kinds[entity.kind, default: 0] += 1 }
    let kindNames: [(EntityKind, String, String)] = [
      (.person, "person", "people"), (.organization, "organization", "organizations"),
      (.place, "place", "places"), (.group, "group", "groups"),
    ]
    let byKind = kindNames.compactMap { kind, singular, plural in
      kinds[kind].map { counted($0, singular, plural) }
    }
    let sentences = corpus.articles.reduce(0) { $0 + $1.sentences.count }
    var rows: [(String, String)] = [
      ("articles", "\(corpus.articles.count)"),
      ("sentences", "\(sentences)"),
      ("statements", "\(corpus.statements.count)"),
      ("entities", "\(corpus.entities.count)" + (byKind.isEmpty ? "" : " (\(byKind.joined(separator: ", ")))")),
      ("meetings", "\(corpus.meetings.count)"),
    ]
    if let report = lastLoad {
      let warnings = report.problems.count - report.skipped.count
      var files = "\(report.filesRead) read (\(LoadReport.megabytes(report.bytesRead)))"
      files += ", \(report.skippedFileCount) skipped"
      if warnings > 0 { files += ", \(counted(warnings, "warning"))" }
      rows.append(("files", files))
      rows.append(("load time", Self.seconds(report.duration)))
      if let usage = lastCacheUsage {
        rows.append(("cache", "\(usage.hits) hits, \(usage.extracted) extracted"))
      }
    } else {
      rows.append(("files", "none loaded"))
    }
    rows.append(("peak memory", Self.peakMemory))
    let width = rows.map(\.0.count).max() ?? 0
    var text = rows.map { $0 + String(repeating: " ", count: width - $0.count + 2) + $1 }
      .joined(separator: "\n") + "\n"
    if let report = lastLoad, !report.skipped.isEmpty {
      text += "skipped files:\n"
      let reasons = report.skippedByReason
      for (reason, count) in reasons.prefix(10) {
        text += "  \(count)  \(reason)\n"
      }
      if reasons.count > 10 { text += "  … and \(reasons.count - 10) other reasons\n" }
    }
    return text
  }

  /// The most memory the process has held, as `getrusage` tells it.
  static var peakMemory: String {
    var usage = rusage()
    #if canImport(Glibc)
      let who = __rusage_who_t(RUSAGE_SELF.rawValue)
    #else
      let who = RUSAGE_SELF
    #endif
    guard getrusage(who, &usage) == 0 else { return "unknown" }
    #if canImport(Darwin)
      let bytes = Int(usage.ru_maxrss)
    #else
      let bytes = Int(usage.ru_maxrss) * 1024
    #endif
    return LoadReport.megabytes(bytes)
  }
}

extension String {
  /// The text with line breaks made spaces, for one-line messages.
  var onOneLine: String {
    String(map { $0.isNewline ? " " : $0 })
  }
}
