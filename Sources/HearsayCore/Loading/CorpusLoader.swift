import Dispatch
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// Loads article files into a `Corpus`: walks paths, reads and decodes each file, parses its
/// format, extracts statements in parallel (files are independent), and merges the results.
public struct CorpusLoader: Sendable {
  /// Worker threads for extraction; 1 runs everything on the calling thread.
  public var parallelism: Int
  /// Where unchanged files are taken from instead of being extracted again, and where
  /// extractions are kept; nil extracts every file.
  public var cache: SnapshotCache?

  public init(parallelism: Int = 0, cache: SnapshotCache? = nil) {
    self.parallelism = parallelism > 0 ? parallelism : Self.processorCount()
    self.cache = cache
  }

  /// Loads every article under the paths (files, or directories walked recursively in sorted
  /// order, hidden files skipped). Never fails: unreadable files become `problems`.
  ///
  /// `control` can report progress as files finish and cancel the load: a cancelled load
  /// returns an outcome with `cancelled` set and an empty corpus, for the caller to discard.
  public func load(paths: [String], control: LoadControl = LoadControl()) -> LoadOutcome {
    let walked = ArticleFileWalker().expand(paths)
    let files = walked.files
    var wholeNotice: String?
    if let cache {
      let whole = cache.wholeLoad(paths: paths, walked: walked, control: control)
      if let outcome = whole.outcome { return outcome }
      wholeNotice = whole.notice
    }
    let snapshots = cache.map { SnapshotSet(cache: $0, paths: paths, files: files) }
    var perFile = [FileResult](repeating: FileResult(), count: files.count)
    let workers = max(1, min(parallelism, files.count))
    let done = Atomic<Int>(0)
    let bytesDone = Atomic<Int>(0)
    perFile.withUnsafeMutableBufferPointer { buffer in
      let slots = SendableBuffer(buffer)
      let analyzer = ArticleAnalyzer()
      let work: @Sendable (Int) -> Void = { i in
        if control.isCancelled() { return }
        let result = Self.process(
          files[i], analyzer, caching: snapshots != nil,
          stored: snapshots?.entry(forFile: i, path: files[i]))
        slots[i] = result
        let finished = done.add(1, ordering: .relaxed).newValue
        let bytes = bytesDone.add(result.bytes, ordering: .relaxed).newValue
        control.progress?(LoadProgress(filesDone: finished, filesTotal: files.count, bytesDone: bytes))
      }
      if workers == 1 {
        for i in files.indices { work(i) }
      } else {
        DispatchQueue.concurrentPerform(iterations: files.count, execute: work)
      }
    }
    if control.isCancelled() {
      return LoadOutcome(corpus: .empty, problems: [], filesRead: 0, bytesRead: 0, cancelled: true)
    }
    // Merge in walk order, so problems stand in path order among the files' own.
    var analyses: [ArticleAnalysis] = []
    var problems: [LoadProblem] = []
    var bytes = 0
    var next = 0
    for entry in walked.entries {
      switch entry {
      case .problem(let problem):
        problems.append(problem)
      case .file:
        // Moved, not copied: the builder frees each analysis once it is merged.
        analyses += perFile[next].analyses
        perFile[next].analyses = []
        problems += perFile[next].problems
        bytes += perFile[next].bytes
        next += 1
      }
    }
    let corpus = CorpusBuilder().build(consume analyses)
    var usage = snapshots?.save(records: perFile.map(\.record), damaged: perFile.map(\.damaged))
    if let cache, let saved = usage {
      var notices = (wholeNotice.map { [$0] } ?? []) + saved.notices
      let records = perFile.compactMap(\.record)
      if records.count == files.count, !notices.contains(where: { $0.hasPrefix("cannot write") }),
        let failure = cache.saveWhole(
          paths: paths, records: records, problems: perFile.map(\.problems), corpus: corpus)
      {
        notices.append("cannot write the snapshot cache: \(failure)")
      }
      usage = CacheUsage(hits: saved.hits, extracted: saved.extracted, notices: notices)
    }
    return LoadOutcome(
      corpus: corpus, problems: problems, filesRead: files.count, bytesRead: bytes, cache: usage)
  }

  private struct FileResult: Sendable {
    var analyses: [ArticleAnalysis] = []
    var problems: [LoadProblem] = []
    var bytes = 0
    /// What to keep of the file in its snapshot, when caching.
    var record: SnapshotFile.Record?
    /// True when the file's snapshot entry was damaged.
    var damaged = false
  }

  /// Reads one file and takes its results from its snapshot entry (`stored`) when the file's
  /// fingerprint matches it, or else extracts it (making a record for the snapshot when
  /// `caching`).
  private static func process(
    _ path: String, _ analyzer: ArticleAnalyzer, caching: Bool,
    stored: (SnapshotFile, SnapshotFile.Entry)?
  ) -> FileResult {
    var result = FileResult()
    // Taken before reading: a file changed meanwhile gets a fingerprint that cannot match.
    let modified = caching ? FileFingerprint.modificationTime(of: path) : nil
    let bytes: [UInt8]
    switch FileReader.read(path) {
    case .failure(.message(let reason)):
      result.problems.append(LoadProblem(path: path, reason: reason, severity: .skipped))
      return result
    case .success(let b):
      bytes = b
    }
    result.bytes = bytes.count
    let fingerprint = modified.map { FileFingerprint(bytes: bytes, modified: $0) }
    if let fingerprint, let (snapshot, entry) = stored, entry.fingerprint == fingerprint {
      do {
        let file = try snapshot.file(entry, path: path, bytes: bytes)
        result.problems = file.problems
        result.analyses = file.analyses.map { $0.withoutMentionPositions() }
        result.record = SnapshotFile.Record(
          path: path, fingerprint: fingerprint, payload: file.payload, checksum: entry.checksum,
          reused: true)
        return result
      } catch {
        result.damaged = true
      }
    }
    let fileText = extract(path, bytes, analyzer, into: &result)
    if let fingerprint {
      var encoder = SnapshotEncoder()
      encoder.writeFile(problems: result.problems, analyses: result.analyses, fileText: fileText)
      result.record = SnapshotFile.Record(
        path: path, fingerprint: fingerprint, payload: encoder.bytes[...],
        checksum: ContentHash.hash(encoder.bytes), reused: false)
    }
    result.analyses = result.analyses.map { $0.withoutMentionPositions() }
    return result
  }

  /// Decodes, parses and analyses a file's bytes into `result`; returns the decoded text, when
  /// the file got that far.
  private static func extract(
    _ path: String, _ bytes: [UInt8], _ analyzer: ArticleAnalyzer, into result: inout FileResult
  ) -> String? {
    if bytes.isEmpty {
      result.problems.append(LoadProblem(path: path, reason: "empty file; skipped", severity: .skipped))
      return nil
    }
    if TextDecoder.looksBinary(bytes) {
      result.problems.append(
        LoadProblem(path: path, reason: "binary file (NUL bytes), not text; skipped", severity: .skipped))
      return nil
    }
    let decoded = TextDecoder.decode(bytes)
    if decoded.usedFallback {
      result.problems.append(
        LoadProblem(path: path, reason: "not valid UTF-8; decoded as Windows-1252", severity: .warning))
    }
    let parsed = ArticleParser.parse(path: path, text: decoded.text)
    // Caveats of a file that still gave articles are warnings; otherwise the file was skipped.
    let severity: LoadProblem.Severity = parsed.documents.isEmpty ? .skipped : .warning
    for message in parsed.problems {
      result.problems.append(LoadProblem(path: path, reason: message, severity: severity))
    }
    if parsed.documents.isEmpty && parsed.problems.isEmpty {
      result.problems.append(LoadProblem(path: path, reason: "no articles found; skipped", severity: .skipped))
    }
    for doc in parsed.documents {
      result.analyses.append(analyzer.analyze(doc))
    }
    return decoded.text
  }

  private static func processorCount() -> Int {
    #if canImport(Glibc)
      return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    #else
      return 1
    #endif
  }
}

/// A buffer whose distinct elements are written from concurrent iterations.
private struct SendableBuffer<Element>: @unchecked Sendable {
  let base: UnsafeMutableBufferPointer<Element>
  init(_ base: UnsafeMutableBufferPointer<Element>) { self.base = base }
  subscript(i: Int) -> Element {
    get { base[i] }
    nonmutating set { base[i] = newValue }
  }
}

/// What a load produced: the corpus and one problem per file that was skipped or loaded with a
/// caveat, in path order.
public struct LoadOutcome: Sendable {
  public let corpus: Corpus
  public let problems: [LoadProblem]
  public let filesRead: Int
  public let bytesRead: Int
  /// True when `LoadControl.isCancelled` stopped the load; the corpus is then empty.
  public let cancelled: Bool
  /// How the snapshot cache served the load; nil without a cache.
  public let cache: CacheUsage?

  public init(
    corpus: Corpus, problems: [LoadProblem], filesRead: Int, bytesRead: Int, cancelled: Bool = false,
    cache: CacheUsage? = nil
  ) {
    self.cache = cache
    self.corpus = corpus
    self.problems = problems
    self.filesRead = filesRead
    self.bytesRead = bytesRead
    self.cancelled = cancelled
  }
}

/// Hooks into a running load: a progress callback (called from worker threads as files
/// finish) and a cancellation check (polled before each file).
public struct LoadControl: Sendable {
  public var isCancelled: @Sendable () -> Bool
  public var progress: (@Sendable (LoadProgress) -> Void)?

  public init(isCancelled: @escaping @Sendable () -> Bool = { false }, progress: (@Sendable (LoadProgress) -> Void)? = nil) {
    self.isCancelled = isCancelled
    self.progress = progress
  }
}

/// How far a load has come.
public struct LoadProgress: Sendable, Equatable {
  public let filesDone: Int
  public let filesTotal: Int
  public let bytesDone: Int
}
