/// Loads article files into a `Corpus`: walks paths, decodes, parses each format, extracts.
public struct CorpusLoader: Sendable {
  public init() {}

  /// Loads every article under the paths (files, or directories walked recursively in sorted
  /// order, hidden files skipped). Never fails: unreadable files become `problems`.
  public func load(paths: [String]) -> LoadOutcome {
    // First cut placeholder until the extraction pipeline lands.
    LoadOutcome(corpus: .empty, problems: [], filesRead: 0, bytesRead: 0)
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
