import Foundation
import HearsayCore
import HearsayShell
import Testing

@Suite struct PagerTests {
  /// As the hearsay binary does: a pager that is gone (or exits before reading everything)
  /// makes the write fail with EPIPE instead of killing the test process with SIGPIPE.
  init() {
    ProcessSignals.ignoreBrokenPipes()
  }

  @Test func thePagerComesFromTheEnvironment() {
    #expect(Pager.fromEnvironment { _ in nil }?.command == "less -FRX")
    #expect(Pager.fromEnvironment { _ in "more" }?.command == "more")
    #expect(Pager.fromEnvironment { _ in "  " } == nil)
  }

  @Test func onlyTextTallerThanTheScreenIsPaged() {
    let ten = String(repeating: "line\n", count: 10)
    #expect(!Pager.needsPaging(ten, rows: 11))
    #expect(Pager.needsPaging(ten, rows: 10))
    #expect(!Pager.needsPaging(ten, rows: nil))
  }

  @Test func thePagerGetsTheWholeText() throws {
    let folder = try TemporaryDirectory()
    let path = folder.child("paged")
    #expect(Pager(command: "cat > '\(path)'").show("a\nb\n"))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "a\nb\n")
    #expect(!Pager(command: "no-such-pager-here").show("a\n"))
  }

  @Test func longResultsOnTheScreenGoThroughThePager() throws {
    let folder = try TemporaryDirectory()
    let article = try folder.write(
      "a.txt", " date 2025-01-02 Port\n\nAnna Berg said the port would open in May.\n")
    let paged = folder.child("paged")
    let output = StringSink()
    let session = Session(output: output, errors: StringSink())
    session.load([article])
    session.pager = Pager(command: "cat > '\(paged)'")
    session.rows = { 2 }
    #expect(session.execute("people") == .success)
    #expect(output.text.isEmpty)
    #expect(try String(contentsOfFile: paged, encoding: .utf8).hasPrefix("name\t"))
    session.execute(".pager off")
    #expect(session.execute("people") == .success)
    #expect(output.text.hasPrefix("name\t"))
  }
}
