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
///     articles              count, then the count of blocks and each one's byte length
///     rest length           varint
///     index checksum        UInt64, `ContentHash` of every byte before it
///     payload checksum      UInt64, `ContentHash` of the blocks and the rest together
///     blocks                `SnapshotEncoder.sections(of:)`: `articleBlock` articles each
///     rest                  entities, statements, meetings
///     index length          UInt64: the bytes up to the blocks, for finding the index
///
/// The index is read first, then the blocks a few megabytes at a time (decoded on all cores),
/// then the rest: the snapshot is never held whole in memory.
struct CorpusSnapshot {
  static let magic: [UInt8] = Array("HEARSAY".utf8) + [0x1B]
  /// About how many bytes of article blocks are read and decoded at a time.
  static let readSize = 4 << 20

  /// One file of the load and its fingerprint.
  struct File: Equatable, Sendable {
    var path: String
    var fingerprint: FileFingerprint
  }

  /// What opening a corpus snapshot found.
  enum Opening {
    /// The corpus, and each file's load problems.
    case valid(DecodedCorpus, problems: [[LoadProblem]])
    /// Another build, format, load or file: not used, replaced without a word.
    case different
    /// Damaged: not used, replaced with a notice.
    case corrupt(String)
  }

  static func encode(
    stamp: String, key: String, files: [File], problems: [[LoadProblem]], corpus: Corpus
  ) -> [ArraySlice<UInt8>] {
    let (blocks, rest) = SnapshotEncoder.sections(of: corpus)
    var index = SnapshotEncoder(capacity: 64 + files.count * 64 + blocks.count * 3)
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
    index.write(corpus.articles.count)
    index.write(unsigned: UInt64(blocks.count))
    for block in blocks { index.write(block.count) }
    index.write(rest.count)
    index.write(fixed: ContentHash.hash(index.bytes))
    var payload = ContentHash.Stream(length: blocks.reduce(rest.count) { $0 + $1.count })
    for block in blocks { payload.add(block) }
    payload.add(rest)
    index.write(fixed: payload.hash)
    var trailer = SnapshotEncoder()
    trailer.write(fixed: UInt64(index.bytes.count))
    return [index.bytes[...]] + blocks.map { $0[...] } + [rest[...], trailer.bytes[...]]
  }

  /// Reads the snapshot when it was written by the build `stamp` for the load `key` of
  /// exactly `files`, about `readSize` bytes of article blocks at a time.
  static func open(
    _ reader: SnapshotReader, stamp: String, key: String, files: [File],
    readSize: Int = Self.readSize
  ) -> Opening {
    do throws(SnapshotError) {
      // The header first: another format or build is replaced quietly, whatever follows.
      let head = try reader.bytes(at: 0, count: min(reader.size, 4096))
      guard head.count >= magic.count + 4, head.starts(with: magic) else {
        return .corrupt("not a hearsay corpus snapshot")
      }
      var header = SnapshotDecoder(head, range: magic.count..<head.count)
      guard try header.readFixed32() == SnapshotFile.formatVersion,
        try header.readString() == stamp
      else { return .different }
      guard reader.size >= 8 else { throw .malformed("truncated") }
      var trailer = SnapshotDecoder(try reader.bytes(at: reader.size - 8, count: 8))
      let indexLength = try trailer.readFixed()
      guard indexLength >= UInt64(magic.count), indexLength <= UInt64(reader.size - 8) else {
        throw .malformed("bad index length")
      }
      let index = try reader.bytes(at: 0, count: Int(indexLength))
      var decoder = SnapshotDecoder(index, range: magic.count..<index.count)
      _ = try decoder.readFixed32()
      _ = try decoder.readString()
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
      let articleCount = try decoder.readOffset(upTo: reader.size)
      let perBlock = SnapshotEncoder.articleBlock
      let blockCount = try decoder.readCount()
      guard blockCount == (articleCount + perBlock - 1) / perBlock else {
        throw .malformed("bad block count")
      }
      var blockLengths: [Int] = []
      blockLengths.reserveCapacity(blockCount)
      for _ in 0..<blockCount { blockLengths.append(try decoder.readOffset(upTo: reader.size)) }
      let restLength = try decoder.readOffset(upTo: reader.size)
      let indexEnd = decoder.position
      guard try decoder.readFixed() == ContentHash.hash(index[..<indexEnd]) else {
        return .corrupt("index checksum mismatch")
      }
      guard storedKey == key, stored == files else { return .different }
      let checksum = try decoder.readFixed()
      guard decoder.isAtEnd else { throw .malformed("bytes left over in the index") }
      let payloadLength = blockLengths.reduce(restLength) { $0 + $1 }
      guard payloadLength == reader.size - 8 - index.count else { throw .malformed("truncated") }
      var payload = ContentHash.Stream(length: payloadLength)
      var articles: [Article] = []
      articles.reserveCapacity(articleCount)
      var offset = index.count
      var first = 0
      while first < blockCount {
        // A few megabytes of blocks at a time, decoded on all cores.
        var end = first
        var length = 0
        while end < blockCount, end == first || length + blockLengths[end] <= readSize {
          length += blockLengths[end]
          end += 1
        }
        let bytes = try reader.bytes(at: offset, count: length)
        payload.add(bytes)
        var ranges: [Range<Int>] = []
        var start = 0
        for block in first..<end {
          ranges.append(start..<(start + blockLengths[block]))
          start += blockLengths[block]
        }
        let firstBlock = first
        let blockRanges = ranges
        let decoded = Array(blockRanges.indices).concurrentMap(chunkSize: 4) { position in
          Result { () throws(SnapshotError) -> [Article] in
            let block = firstBlock + position
            var decoder = SnapshotDecoder(bytes, range: blockRanges[position])
            return try decoder.readArticles(
              (block * perBlock)..<min((block + 1) * perBlock, articleCount))
          }
        }
        for block in decoded { articles += try block.get() }
        offset += length
        first = end
      }
      let rest = try reader.bytes(at: offset, count: restLength)
      payload.add(rest)
      guard payload.hash == checksum else { return .corrupt("checksum mismatch") }
      var restDecoder = SnapshotDecoder(rest)
      let corpus = try restDecoder.readCorpus(articles: articles)
      return .valid(corpus, problems: problems)
    } catch {
      switch error {
      case .malformed(let reason): return .corrupt(reason)
      }
    }
  }
}
