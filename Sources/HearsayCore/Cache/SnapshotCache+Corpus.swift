#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension SnapshotCache {
  /// A load taken whole from its corpus snapshot, when every file the walk found is unchanged;
  /// else nil, with a notice when the corpus snapshot was damaged.
  ///
  /// Each file is still read and hashed (on all cores); only the extraction and the merge are
  /// skipped.
  func wholeLoad(
    paths: [String], walked: ArticleFileWalker.Result, control: LoadControl
  ) -> (outcome: LoadOutcome?, notice: String?) {
    let files = walked.files
    guard !files.isEmpty else { return (nil, nil) }
    let roots = SnapshotRoots(
      paths: paths, files: files, workingDirectory: SnapshotRoots.workingDirectory())
    let path = corpusPath(ofRoots: roots.keys)
    let reader: SnapshotReader
    switch SnapshotReader.open(path) {
    case nil: return (nil, nil)
    case .failure(.malformed(let reason)):
      return (nil, "cache \(path) is damaged (\(reason)); rebuilding it")
    case .success(let opened): reader = opened
    }
    let fingerprints = files.concurrentMap { file -> CorpusSnapshot.File? in
      guard !control.isCancelled(), let modified = FileFingerprint.modificationTime(of: file),
        case .success(let contents) = FileReader.read(file)
      else { return nil }
      return CorpusSnapshot.File(
        path: file, fingerprint: FileFingerprint(bytes: contents, modified: modified))
    }
    let known = fingerprints.compactMap { $0 }
    guard known.count == files.count else { return (nil, nil) }
    let key = roots.keys.joined(separator: "\n")
    switch CorpusSnapshot.open(reader, stamp: stamp, key: key, files: known) {
    case .different: return (nil, nil)
    case .corrupt(let reason): return (nil, "cache \(path) is damaged (\(reason)); rebuilding it")
    case .valid(let decoded, let fileProblems):
      let corpus = decoded.corpus()
      var problems: [LoadProblem] = []
      var next = 0
      for entry in walked.entries {
        switch entry {
        case .problem(let problem): problems.append(problem)
        case .file:
          problems += fileProblems[next]
          next += 1
        }
      }
      let bytesRead = known.reduce(0) { $0 + $1.fingerprint.size }
      control.progress?(
        LoadProgress(filesDone: files.count, filesTotal: files.count, bytesDone: bytesRead))
      return (
        LoadOutcome(
          corpus: corpus, problems: problems, filesRead: files.count, bytesRead: bytesRead,
          cache: CacheUsage(hits: files.count, extracted: 0, notices: [])),
        nil
      )
    }
  }

  /// Writes the corpus snapshot of a load in which every file was read.
  ///
  /// - Returns: nil, or why it could not be written.
  func saveWhole(
    paths: [String], records: [SnapshotFile.Record], problems: [[LoadProblem]], corpus: Corpus
  ) -> String? {
    let roots = SnapshotRoots(
      paths: paths, files: records.map(\.path), workingDirectory: SnapshotRoots.workingDirectory())
    let files = records.map { CorpusSnapshot.File(path: $0.path, fingerprint: $0.fingerprint) }
    let key = roots.keys.joined(separator: "\n")
    let chunks = CorpusSnapshot.encode(
      stamp: stamp, key: key, files: files, problems: problems, corpus: corpus)
    return write(chunks, to: corpusPath(ofRoots: roots.keys))
  }
}
