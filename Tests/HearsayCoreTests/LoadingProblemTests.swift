import Foundation
@testable import HearsayCore
import Testing

/// Bad input: each file that cannot be read (or only in part) is one `LoadProblem` naming it,
/// and everything else still loads.
@Suite struct LoadingProblemTests {
  /// Each row: a file's bytes that are not an article, and the reason it is skipped.
  @Test(arguments: [
    ([UInt8](), "empty file; skipped"),
    (Array("\n   \n\t\n".utf8), "no text, only white space; skipped"),
    ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], "binary file (NUL bytes), not text; skipped"),
  ])
  func unreadableContentIsSkipped(bytes: [UInt8], reason: String) throws {
    let folder = try LoadingFolder()
    let bad = try folder.write("bad.txt", bytes: bytes)
    try folder.write("good.txt", "Good news\n\nThe harbour reopened.\n")
    let outcome = folder.load()
    #expect(outcome.problems == [LoadProblem(path: bad, reason: reason, severity: .skipped)])
    #expect(outcome.corpus.articles.map(\.title) == ["Good news"])
  }

  @Test func invalidUTF8FallsBackToWindows1252WithAWarning() throws {
    let folder = try LoadingFolder()
    // "Fees rose to £5." with 0xA3 for the pound sign, and curly quotes 0x93/0x94.
    let bytes = Array("Fees\n\nFees rose to ".utf8) + [0xA3] + Array("5. It was ".utf8) + [0x93]
      + Array("fair".utf8) + [0x94] + Array(".\n".utf8)
    let file = try folder.write("fees.txt", bytes: bytes)
    let outcome = folder.load("fees.txt")
    #expect(
      outcome.problems == [
        LoadProblem(path: file, reason: "not valid UTF-8; decoded as Windows-1252", severity: .warning)
      ])
    let article = try #require(outcome.corpus.articles.first)
    #expect(article.sentences.map(\.text).suffix(2) == ["Fees rose to £5.", "It was \u{201C}fair\u{201D}."])
  }

  @Test func utf16WithAByteOrderMarkLoadsWithoutAWarning() throws {
    let folder = try LoadingFolder()
    let text = "Notes\n\nThe café opened. It was busy.\n"
    var bytes: [UInt8] = [0xFF, 0xFE]
    for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    try folder.write("notes.txt", bytes: bytes)
    let outcome = folder.load("notes.txt")
    #expect(outcome.problems == [])
    let article = try #require(outcome.corpus.articles.first)
    #expect(article.text == text)
    #expect(article.sentences.map(\.text).suffix(2) == ["The café opened.", "It was busy."])
  }

  @Test func aMissingPathIsReported() throws {
    let folder = try LoadingFolder()
    let outcome = folder.load("missing.txt")
    #expect(
      outcome.problems == [
        LoadProblem(path: folder.child("missing.txt"), reason: "No such file or directory", severity: .skipped)
      ])
    #expect(outcome.corpus.articles.isEmpty)
    #expect(outcome.filesRead == 0)
  }

  @Test(.enabled(if: getuid() != 0, "root can read a file without read permission"))
  func anUnreadableFileIsReported() throws {
    let folder = try LoadingFolder()
    let file = try folder.write("locked.txt", "Locked\n\nNobody can read this.\n")
    chmod(file, 0)
    defer { chmod(file, 0o600) }
    #expect(
      folder.load("locked.txt").problems == [
        LoadProblem(path: file, reason: "Permission denied", severity: .skipped)
      ])
  }

  @Test func aFolderIsWalkedRecursivelyInSortedOrder() throws {
    let folder = try LoadingFolder()
    try folder.write("corpus/b.txt", "Bee\n\nThe second story.\n")
    try folder.write("corpus/a.txt", "Ay\n\nThe first story.\n")
    try folder.write("corpus/sub/c.md", "---\ntitle: Sea\n---\nThe third story.\n")
    try folder.write("corpus/z.json", "{\"title\": \"Zed\", \"text\": \"The last story.\"}")
    try folder.write("corpus/.hidden.txt", "Hidden\n\nNot loaded.\n")
    try folder.write("corpus/.git/config.txt", "Config\n\nNot loaded.\n")
    try folder.write("corpus/README.md", "# About this corpus\n\nNot an article.\n")
    try folder.write("corpus/sub/readme.txt", "About\n\nNot an article.\n")
    try folder.write("corpus/photo.png", "not read for its extension")
    let outcome = folder.load("corpus")
    #expect(outcome.problems == [])
    #expect(outcome.corpus.articles.map(\.title) == ["Ay", "Bee", "Sea", "Zed"])
    #expect(
      outcome.corpus.articles.map(\.path)
        == ["a.txt", "b.txt", "sub/c.md", "z.json"].map { folder.child("corpus/" + $0) })
    #expect(outcome.filesRead == 4)
  }

  @Test func aHiddenOrReadmeFileNamedOutrightIsRead() throws {
    let folder = try LoadingFolder()
    try folder.write(".draft.txt", "Draft\n\nA hidden draft.\n")
    try folder.write("README.md", "Read me\n\nA named file is read.\n")
    let outcome = folder.load(".draft.txt", "README.md")
    #expect(outcome.problems == [])
    #expect(outcome.corpus.articles.map(\.title) == ["Draft", "Read me"])
  }

  @Test func aFileReachedTwiceLoadsOnce() throws {
    let folder = try LoadingFolder()
    try folder.write("corpus/a.txt", "Ay\n\nThe first story.\n")
    try folder.link("corpus/same.txt", to: "a.txt")
    let outcome = folder.load("corpus", "corpus/a.txt")
    #expect(outcome.problems == [])
    #expect(outcome.corpus.articles.map(\.path) == [folder.child("corpus/a.txt")])
  }

  @Test(.timeLimit(.minutes(1)))
  func aFIFOIsReportedAndNeverOpened() throws {
    let folder = try LoadingFolder()
    try folder.write("corpus/a.txt", "Ay\n\nThe first story.\n")
    try folder.makeFIFO("corpus/pipe.txt")
    try folder.write("corpus/z.txt", "Zed\n\nThe last story.\n")
    let reason = "a FIFO (named pipe), not an article file; skipped"
    let walked = folder.load("corpus")
    #expect(walked.problems == [LoadProblem(path: folder.child("corpus/pipe.txt"), reason: reason, severity: .skipped)])
    #expect(walked.corpus.articles.map(\.title) == ["Ay", "Zed"])
    let named = folder.load("corpus/pipe.txt")
    #expect(named.problems == [LoadProblem(path: folder.child("corpus/pipe.txt"), reason: reason, severity: .skipped)])
  }

  @Test(.timeLimit(.minutes(1)))
  func symlinkLoopsAreReported() throws {
    let folder = try LoadingFolder()
    try folder.write("corpus/a.txt", "Ay\n\nThe first story.\n")
    try folder.makeFolder("corpus/inner")
    try folder.link("corpus/inner/back", to: "..")
    try folder.link("corpus/self", to: "self")
    try folder.link("corpus/gone.txt", to: "nowhere.txt")
    let outcome = folder.load("corpus")
    #expect(outcome.corpus.articles.map(\.title) == ["Ay"])
    let problems = outcome.problems.map { ($0.path, $0.reason, $0.severity) }
    try #require(problems.count == 3)
    #expect(problems[0].0 == folder.child("corpus/gone.txt"))
    #expect(problems[0].1 == "No such file or directory")
    #expect(problems[1].0 == folder.child("corpus/inner/back"))
    #expect(problems[1].1.hasPrefix("symlink loop back to /"))
    #expect(problems[1].1.hasSuffix("/corpus; skipped"))
    #expect(problems[2].0 == folder.child("corpus/self"))
    #expect(problems[2].1 == "Too many levels of symbolic links")
    #expect(problems.allSatisfy { $0.2 == .skipped })
  }

  @Test func problemsStandInPathOrder() throws {
    let folder = try LoadingFolder()
    try folder.write("corpus/a.txt", "Ay\n\nThe first story.\n")
    try folder.write("corpus/b.txt", "")
    try folder.makeFIFO("corpus/c.txt")
    try folder.write("corpus/d.md", "---\ndate: 2024-99-01\n---\nA body.\n")
    let outcome = folder.load("corpus", "missing")
    #expect(
      outcome.problems.map(\.path) == [
        folder.child("corpus/b.txt"), folder.child("corpus/c.txt"), folder.child("corpus/d.md"),
        folder.child("missing"),
      ])
  }

  @Test func serialAndParallelLoadsAgree() throws {
    let folder = try LoadingFolder()
    for n in 0..<40 {
      try folder.write("corpus/\(n).txt", "Story \(n)\n\nOfficials said item \(n) was ready.\n")
    }
    try folder.write("corpus/empty.txt", "")
    let serial = folder.load(parallelism: 1)
    let parallel = folder.load(parallelism: 8)
    #expect(serial.corpus.articles.map(\.path) == parallel.corpus.articles.map(\.path))
    #expect(serial.corpus.articles.map(\.title) == parallel.corpus.articles.map(\.title))
    #expect(serial.problems == parallel.problems)
    #expect(serial.corpus.articles.count == 40)
  }
}
