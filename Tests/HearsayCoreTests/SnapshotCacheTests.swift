import Foundation
@testable import HearsayCore
import Testing

/// The snapshot cache: a warm load gives the corpus a fresh extraction gives, changed files
/// alone are extracted again, and damaged or outdated snapshots are never trusted.
@Suite struct SnapshotCacheTests {
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let examples = repository.appendingPathComponent("examples").path
  static let seed = repository.deletingLastPathComponent()
    .appendingPathComponent("shared/seed").path

  /// A corpus folder copied from `examples/` and a cache folder, in one temporary folder.
  final class Fixture {
    let folder: LoadingFolder
    let articles: String
    let cache: SnapshotCache

    init(copying source: String = SnapshotCacheTests.examples) throws {
      folder = try LoadingFolder()
      articles = folder.child("articles")
      try FileManager.default.copyItem(atPath: source, toPath: articles)
      cache = SnapshotCache(directory: folder.child("cache/hearsay"), stamp: "test build 1")
    }

    func load(cache: SnapshotCache? = nil, paths: [String]? = nil) -> LoadOutcome {
      CorpusLoader(cache: cache ?? self.cache).load(paths: paths ?? [articles])
    }

    func loadWithoutCache(paths: [String]? = nil) -> LoadOutcome {
      CorpusLoader().load(paths: paths ?? [articles])
    }

    /// The one per-file snapshot (`snapshot`) or corpus snapshot (`corpus`) in the cache.
    func snapshotPath(_ kind: String = "snapshot") throws -> String {
      let names = try FileManager.default.contentsOfDirectory(atPath: cache.snapshotDirectory)
        .filter { $0.hasSuffix("." + kind) }
      #expect(names.count == 1)
      return cache.snapshotDirectory + "/" + (try #require(names.first))
    }

    func snapshotBytes(_ kind: String = "snapshot") throws -> [UInt8] {
      [UInt8](try Data(contentsOf: URL(fileURLWithPath: try snapshotPath(kind))))
    }

    func replaceSnapshot(_ bytes: [UInt8], _ kind: String = "snapshot") throws {
      try Data(bytes).write(to: URL(fileURLWithPath: try snapshotPath(kind)))
    }

    /// Removes the corpus snapshot, so that the next load goes file by file.
    func removeCorpusSnapshot() throws {
      try FileManager.default.removeItem(atPath: try snapshotPath("corpus"))
    }
  }

  /// Everything a corpus holds, as text, for comparing two corpora whole.
  static func dumped(_ outcome: LoadOutcome) -> String {
    let corpus = outcome.corpus
    var text = ""
    dump(corpus.articles, to: &text)
    dump(corpus.entities, to: &text)
    dump(corpus.statements, to: &text)
    dump(corpus.meetings, to: &text)
    dump(corpus.statements.map { corpus.topics(of: $0.id) }, to: &text)
    dump(outcome.problems, to: &text)
    text += "files \(outcome.filesRead) bytes \(outcome.bytesRead)\n"
    return text
  }

  @Test(arguments: [examples, seed])
  func warmLoadGivesTheCorpusOfAFreshExtraction(_ source: String) throws {
    try #require(FileManager.default.fileExists(atPath: source), "\(source) not found")
    let fixture = try Fixture(copying: source)
    let fresh = fixture.loadWithoutCache()
    #expect(fresh.cache == nil)
    let cold = fixture.load()
    let warm = fixture.load()
    #expect(cold.cache == CacheUsage(hits: 0, extracted: fresh.filesRead, notices: []))
    #expect(warm.cache == CacheUsage(hits: fresh.filesRead, extracted: 0, notices: []))
    #expect(fresh.corpus.statements.count > 0)
    #expect(Self.dumped(cold) == Self.dumped(fresh))
    #expect(Self.dumped(warm) == Self.dumped(fresh))
  }

  @Test func analysesSurviveEncodingExactly() throws {
    let analyzer = ArticleAnalyzer()
    for name in try FileManager.default.contentsOfDirectory(atPath: Self.examples).sorted()
    where name.hasSuffix(".txt") || name.hasSuffix(".md") {
      let path = Self.examples + "/" + name
      let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
      let text = TextDecoder.decode(bytes).text
      let analyses = ArticleParser.parse(path: path, text: text).documents.map(analyzer.analyze)
      let problems = [LoadProblem(path: path, reason: "a caveat", severity: .warning)]
      for fileText in [text, nil] {
        var encoder = SnapshotEncoder()
        encoder.writeFile(problems: problems, analyses: analyses, fileText: fileText)
        var decoder = SnapshotDecoder(encoder.bytes)
        let decoded = try decoder.readFile(path: path, bytes: bytes)
        var expected = ""
        var actual = ""
        dump(analyses, to: &expected)
        dump(decoded.analyses, to: &actual)
        #expect(actual == expected, "\(name)")
        #expect(decoded.problems == problems)
      }
    }
  }

  @Test func filesWithCaveatsKeepThemWhenTakenFromTheSnapshot() throws {
    let fixture = try Fixture()
    // Windows-1252, a binary file, an empty file, JSON lines with two articles and a bad one.
    try fixture.folder.write(
      "articles/cp1252.txt",
      bytes: Array(" date 2024-01-02 Caf\u{E9}\n\nMayor Ana Ruiz said the caf".utf8) + [0xE9]
        + Array(" would open.\n".utf8))
    try fixture.folder.write("articles/binary.txt", bytes: [0x41, 0x00, 0x42])
    try fixture.folder.write("articles/empty.txt", "")
    try fixture.folder.write(
      "articles/feed.jsonl",
      """
      {"title": "Port opens", "date_publish": "2024-05-01", "maintext": "Anna Berg said so."}
      {"title": "Rail", "maintext": "Tom Dale said the line was late."}
      {"title": "Broken"

      """)
    let fresh = fixture.loadWithoutCache()
    #expect(fresh.problems.contains { $0.reason.contains("Windows-1252") })
    #expect(fresh.problems.contains { $0.reason.contains("binary") })
    _ = fixture.load()
    let warm = fixture.load()
    #expect(warm.cache?.hits == fresh.filesRead)
    #expect(warm.problems == fresh.problems)
    #expect(Self.dumped(warm) == Self.dumped(fresh))
  }

  @Test func aChangedFileIsExtractedAlone() throws {
    let fixture = try Fixture()
    let cold = fixture.load()
    let files = cold.filesRead
    let changed = fixture.articles + "/03_grain_route_call.txt"
    var text = try String(contentsOfFile: changed, encoding: .utf8)
    text += "\nMinister Lea Novak said the locks would reopen in June.\n"
    try text.write(toFile: changed, atomically: true, encoding: .utf8)
    let afterChange = fixture.load()
    #expect(afterChange.cache == CacheUsage(hits: files - 1, extracted: 1, notices: []))
    #expect(Self.dumped(afterChange) == Self.dumped(fixture.loadWithoutCache()))
    #expect(afterChange.corpus.statements.contains { $0.speaker == "Lea Novak" })

    try fixture.folder.write("articles/11_new.txt", " date 2025-01-02 New\n\nTom Dale said so.\n")
    let afterAdding = fixture.load()
    #expect(afterAdding.cache == CacheUsage(hits: files, extracted: 1, notices: []))

    try FileManager.default.removeItem(atPath: fixture.articles + "/11_new.txt")
    try FileManager.default.removeItem(atPath: changed)
    let afterRemoving = fixture.load()
    #expect(afterRemoving.cache == CacheUsage(hits: files - 1, extracted: 0, notices: []))
    #expect(Self.dumped(afterRemoving) == Self.dumped(fixture.loadWithoutCache()))
    #expect(fixture.load().cache == CacheUsage(hits: files - 1, extracted: 0, notices: []))
  }

  @Test func aTouchedFileIsExtractedAgain() throws {
    let fixture = try Fixture()
    let files = fixture.load().filesRead
    let path = fixture.articles + "/01_harbor_summit.txt"
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: path)
    #expect(fixture.load().cache == CacheUsage(hits: files - 1, extracted: 1, notices: []))
  }

  @Test func filesGivenByNameShareOneSnapshot() throws {
    let fixture = try Fixture()
    let names = try FileManager.default.contentsOfDirectory(atPath: fixture.articles).sorted()
      .filter { $0.hasSuffix(".txt") }.map { fixture.articles + "/" + $0 }
    let more = try fixture.folder.write(
      "more/11_new.txt", " date 2025-01-02 New\n\nTom Dale said so.\n")
    let paths = names + [(more as NSString).deletingLastPathComponent]
    _ = fixture.load(paths: paths)
    let warm = fixture.load(paths: paths)
    #expect(warm.cache?.extracted == 0)
    #expect(Self.dumped(warm) == Self.dumped(fixture.loadWithoutCache(paths: paths)))
    let snapshots = try FileManager.default.contentsOfDirectory(
      atPath: fixture.cache.snapshotDirectory)
    #expect(snapshots.filter { $0.hasSuffix(".snapshot") }.count == 2)
    #expect(snapshots.filter { $0.hasSuffix(".corpus") }.count == 1)
  }

  /// Loads after `damage` changed the per-file snapshot (the corpus snapshot removed), or
  /// the corpus snapshot: the corpus is still the fresh one, a notice says so when `noticed`,
  /// and the snapshots are whole again afterwards.
  func expectRebuilt(
    noticed: Bool, corpus: Bool = false, _ damage: ([UInt8]) -> [UInt8]
  ) throws {
    let fixture = try Fixture()
    let fresh = Self.dumped(fixture.loadWithoutCache())
    let files = fixture.load().filesRead
    let kind = corpus ? "corpus" : "snapshot"
    if !corpus { try fixture.removeCorpusSnapshot() }
    try fixture.replaceSnapshot(damage(try fixture.snapshotBytes(kind)), kind)
    let damaged = fixture.load()
    #expect(Self.dumped(damaged) == fresh)
    // A damaged corpus snapshot costs the merge only: the files come from their snapshot.
    #expect(((damaged.cache?.extracted ?? 0) > 0) == !corpus)
    #expect(damaged.cache?.notices.isEmpty == !noticed, "\(damaged.cache?.notices ?? [])")
    if noticed {
      #expect(damaged.cache?.notices.first?.contains("damaged") == true)
    }
    let again = fixture.load()
    #expect(again.cache == CacheUsage(hits: files, extracted: 0, notices: []))
    #expect(Self.dumped(again) == fresh)
  }

  @Test(arguments: [false, true])
  func aTruncatedSnapshotIsRebuilt(corpus: Bool) throws {
    try expectRebuilt(noticed: true, corpus: corpus) { Array($0.prefix($0.count / 2)) }
    try expectRebuilt(noticed: true, corpus: corpus) { Array($0.prefix(5)) }
    try expectRebuilt(noticed: true, corpus: corpus) { _ in [] }
  }

  @Test(arguments: [false, true])
  func aFlippedByteIsCaught(corpus: Bool) throws {
    // In the header's key, in the index, and in the last payload.
    for position in [30, 200, -3] {
      try expectRebuilt(noticed: true, corpus: corpus) { bytes in
        var bytes = bytes
        let index = position >= 0 ? position : bytes.count + position
        bytes[index] ^= 0x20
        return bytes
      }
    }
  }

  @Test(arguments: [false, true])
  func anotherFormatVersionIsReplacedQuietly(corpus: Bool) throws {
    try expectRebuilt(noticed: false, corpus: corpus) { bytes in
      var bytes = bytes
      bytes[SnapshotFile.magic.count] &+= 1
      return bytes
    }
  }

  @Test func anotherBuildsSnapshotIsReplacedQuietly() throws {
    let fixture = try Fixture()
    let files = fixture.load().filesRead
    let other = SnapshotCache(directory: fixture.cache.directory, stamp: "test build 2")
    #expect(fixture.load(cache: other).cache == CacheUsage(hits: 0, extracted: files, notices: []))
    #expect(fixture.load(cache: other).cache == CacheUsage(hits: files, extracted: 0, notices: []))
    #expect(fixture.load().cache == CacheUsage(hits: 0, extracted: files, notices: []))
  }

  @Test(arguments: ["snapshot", "corpus"])
  func noByteOfASnapshotCanMakeALoadWrong(kind: String) throws {
    let seed = try #require(
      FileManager.default.fileExists(atPath: Self.seed) ? Self.seed : nil,
      "../shared/seed not found")
    let fixture = try Fixture(copying: seed)
    let fresh = Self.dumped(fixture.loadWithoutCache())
    _ = fixture.load()
    let good = try fixture.snapshotBytes(kind)
    for index in stride(from: 0, to: good.count, by: max(1, good.count / 300)) {
      var bytes = good
      bytes[index] ^= 0x5A
      if kind == "snapshot" { try? fixture.removeCorpusSnapshot() }
      try fixture.replaceSnapshot(bytes, kind)
      #expect(Self.dumped(fixture.load()) == fresh, "byte \(index) flipped")
    }
  }

  @Test func aCacheThatCannotBeWrittenOnlyGivesANotice() throws {
    let fixture = try Fixture()
    try fixture.folder.write("blocker", "a file where the cache folder should be")
    let cache = SnapshotCache(directory: fixture.folder.child("blocker/hearsay"), stamp: "test")
    let outcome = fixture.load(cache: cache)
    #expect(Self.dumped(outcome) == Self.dumped(fixture.loadWithoutCache()))
    let notices = try #require(outcome.cache?.notices)
    #expect(notices.count == 1)
    #expect(notices.first?.hasPrefix("cannot write the snapshot cache: ") == true)
  }

  @Test func theDefaultDirectoryFollowsXDG() {
    let both = ["XDG_CACHE_HOME": "/x/cache", "HOME": "/home/ana"]
    #expect(SnapshotCache.defaultDirectory(environment: { both[$0] }) == "/x/cache/hearsay")
    let relative = ["XDG_CACHE_HOME": "cache", "HOME": "/home/ana"]
    #expect(
      SnapshotCache.defaultDirectory(environment: { relative[$0] }) == "/home/ana/.cache/hearsay")
    #expect(SnapshotCache.defaultDirectory(environment: { _ in nil }) == nil)
  }

  @Test func integersAndStringsRoundTrip() throws {
    var encoder = SnapshotEncoder()
    let numbers = [0, 1, -1, 63, -64, 64, 127, 128, 300, Int(Int32.max), Int.max, Int.min]
    encoder.write(numbers)
    encoder.write(fixed: 0x0102_0304_0506_0708)
    encoder.write("Zürich «quoted» 🙂")
    encoder.write(nil as String?)
    var decoder = SnapshotDecoder(encoder.bytes)
    #expect(try decoder.readInts() == numbers)
    #expect(try decoder.readFixed() == 0x0102_0304_0506_0708)
    #expect(try decoder.readString() == "Zürich «quoted» 🙂")
    #expect(try decoder.readOptionalString() == nil)
    #expect(decoder.isAtEnd)
    #expect(throws: SnapshotError.self) { try decoder.read() }
    var huge = SnapshotDecoder([0xFF, 0xFF, 0xFF, 0xFF, 0x0F])
    #expect(throws: SnapshotError.self) { try huge.readStrings() }
  }

  @Test func theContentHashSeesEveryByteAndTheLength() {
    let base = [UInt8](repeating: 7, count: 37)
    var hashes: Set<UInt64> = [ContentHash.hash(base)]
    for index in base.indices {
      var changed = base
      changed[index] ^= 1
      hashes.insert(ContentHash.hash(changed))
    }
    for length in 0..<base.count { hashes.insert(ContentHash.hash(base.prefix(length))) }
    #expect(hashes.count == 1 + base.count + base.count)
  }
}
