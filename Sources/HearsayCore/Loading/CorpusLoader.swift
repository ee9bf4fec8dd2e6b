import Dispatch

#if canImport(Glibc)
  import Glibc
#endif

/// Loads article files into a `Corpus`: walks paths, reads and decodes each file, parses its
/// format, extracts statements in parallel (files are independent), and merges the results.
public struct CorpusLoader: Sendable {
  /// Worker threads for extraction; 1 runs everything on the calling thread.
  public var parallelism: Int

  public init(parallelism: Int = 0) {
    self.parallelism = parallelism > 0 ? parallelism : Self.processorCount()
  }

  /// Loads every article under the paths (files, or directories walked recursively in sorted
  /// order, hidden files skipped). Never fails: unreadable files become `problems`.
  public func load(paths: [String]) -> LoadOutcome {
    let walked = ArticleFileWalker().expand(paths)
    let files = walked.files
    var perFile = [FileResult](repeating: FileResult(), count: files.count)
    let workers = max(1, min(parallelism, files.count))
    perFile.withUnsafeMutableBufferPointer { buffer in
      let slots = SendableBuffer(buffer)
      let analyzer = ArticleAnalyzer()
      if workers == 1 {
        for i in files.indices { slots[i] = Self.process(files[i], analyzer) }
      } else {
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
          slots[i] = Self.process(files[i], analyzer)
        }
      }
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
        let result = perFile[next]
        next += 1
        analyses += result.analyses
        problems += result.problems
        bytes += result.bytes
      }
    }
    let corpus = CorpusBuilder().build(analyses)
    return LoadOutcome(corpus: corpus, problems: problems, filesRead: files.count, bytesRead: bytes)
  }

  private struct FileResult: Sendable {
    var analyses: [ArticleAnalysis] = []
    var problems: [LoadProblem] = []
    var bytes = 0
  }

  private static func process(_ path: String, _ analyzer: ArticleAnalyzer) -> FileResult {
    var result = FileResult()
    let bytes: [UInt8]
    switch FileReader.read(path) {
    case .failure(.message(let reason)):
      result.problems.append(LoadProblem(path: path, reason: reason, severity: .skipped))
      return result
    case .success(let b):
      bytes = b
    }
    result.bytes = bytes.count
    if bytes.isEmpty {
      result.problems.append(LoadProblem(path: path, reason: "empty file; skipped", severity: .skipped))
      return result
    }
    if TextDecoder.looksBinary(bytes) {
      result.problems.append(
        LoadProblem(path: path, reason: "binary file (NUL bytes), not text; skipped", severity: .skipped))
      return result
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
    return result
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

  public init(corpus: Corpus, problems: [LoadProblem], filesRead: Int, bytesRead: Int) {
    self.corpus = corpus
    self.problems = problems
    self.filesRead = filesRead
    self.bytesRead = bytesRead
  }
}
