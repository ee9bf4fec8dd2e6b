/// The whole model of one load, kept beside the per-file snapshots: when every file of a load
/// still has the fingerprint recorded here, the corpus is read back whole, with no merging.
///
/// Layout (see `SnapshotFile` for the encodings):
///
///     "HEARSAY" 0x1B        magic, 8 bytes
///     version               UInt32, `SnapshotFile.formatVersion`
///     stamp, key            strings: the build, and the roots of the load
///     count                 files, then for each, in load order:
///       path size modified  string, varints
///       hash                UInt64
///       problems            count, then each reason and whether the file was skipped
///     index checksum        UInt64, `ContentHash` of every byte before it
///     payload checksum      UInt64, `ContentHash` of the rest
///     payload               `SnapshotEncoder.write(_: Corpus)`
struct CorpusSnapshot {
  static let magic: [UInt8] = Array("HEARSAY".utf8) + [0x1B]

  /// One file of the load and its fingerprint.
  struct File: Equatable, Sendable {
    var path: String
    var fingerprint: FileFingerprint
  }

  /// What opening a corpus snapshot found.
  enum Opening {
    /// The corpus, and each file's load problems.
    case valid(Corpus, problems: [[LoadProblem]])
    /// Another build, format, load or file: not used, replaced without a word.
    case different
    /// Damaged: not used, replaced with a notice.
    case corrupt(String)
  }

  static func encode(
    stamp: String, key: String, files: [File], problems: [[LoadProblem]], corpus: Corpus
  ) -> [ArraySlice<UInt8>] {
    var index = SnapshotEncoder(capacity: 64 + files.count * 64)
    index.append(magic)
    index.write(fixed32: SnapshotFile.formatVersion)
    index.write(stamp)
    index.write(key)
    index.write(unsigned: UInt64(files.count))
    for (file, fileProblems) in zip(files, problems) {
      index.write(file.path)
      index.write(file.fingerprint.size)
      index.write(Int(file.fingerprint.modified))
      index.write(fixed: file.fingerprint.hash)
      index.write(unsigned: UInt64(fileProblems.count))
      for problem in fileProblems {
        index.write(problem.reason)
        index.write(problem.severity == .skipped)
      }
    }
    index.write(fixed: ContentHash.hash(index.bytes))
    // Room for the texts, the sentences (as long again) and the rest: capacity never written
    // costs address space, not memory.
    let textSize = corpus.articles.reduce(0) { $0 + $1.text.utf8.count }
    var payload = SnapshotEncoder(capacity: 3 * textSize)
    payload.write(corpus)
    index.write(fixed: ContentHash.hash(payload.bytes))
    return [index.bytes[...], payload.bytes[...]]
  }

  /// Reads the snapshot when it was written by the build `stamp` for the load `key` of
  /// exactly `files`.
  static func open(_ bytes: [UInt8], stamp: String, key: String, files: [File]) -> Opening {
    guard bytes.count >= magic.count + 4, bytes.starts(with: magic) else {
      return .corrupt("not a hearsay corpus snapshot")
    }
    var decoder = SnapshotDecoder(bytes, range: magic.count..<bytes.count)
    do throws(SnapshotError) {
      guard try decoder.readFixed32() == SnapshotFile.formatVersion,
        try decoder.readString() == stamp
      else { return .different }
      let storedKey = try decoder.readString()
      let count = try decoder.readCount(minimumSize: 12)
      var stored: [File] = []
      var problems: [[LoadProblem]] = []
      stored.reserveCapacity(count)
      problems.reserveCapacity(count)
      for _ in 0..<count {
        let path = try decoder.readString()
        let size = try decoder.read()
        let modified = Int64(try decoder.read())
        let hash = try decoder.readFixed()
        stored.append(
          File(
            path: path,
            fingerprint: FileFingerprint(size: size, modified: modified, hash: hash)))
        let problemCount = try decoder.readCount(minimumSize: 2)
        var fileProblems: [LoadProblem] = []
        for _ in 0..<problemCount {
          let reason = try decoder.readString()
          let severity: LoadProblem.Severity = try decoder.readBool() ? .skipped : .warning
          fileProblems.append(LoadProblem(path: path, reason: reason, severity: severity))
        }
        problems.append(fileProblems)
      }
      let indexEnd = decoder.position
      guard try decoder.readFixed() == ContentHash.hash(bytes[..<indexEnd]) else {
        return .corrupt("index checksum mismatch")
      }
      guard storedKey == key, stored == files else { return .different }
      let checksum = try decoder.readFixed()
      guard ContentHash.hash(bytes[decoder.position...]) == checksum else {
        return .corrupt("checksum mismatch")
      }
      let corpus = try decoder.readCorpus()
      return .valid(corpus, problems: problems)
    } catch {
      switch error {
      case .malformed(let reason): return .corrupt(reason)
      }
    }
  }
}
