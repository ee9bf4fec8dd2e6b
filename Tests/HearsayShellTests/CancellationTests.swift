import Dispatch
import HearsayCore
import HearsayShell
import Testing

/// Ctrl-C during a load or a query: the work stops and the session keeps what it had.
@Suite struct CancellationTests {
  /// Always requested, whatever resets it: as if Ctrl-C came as soon as work started.
  private let alwaysRequested = Cancellation(isRequested: { true }, reset: {})

  @Test func aCancelledLoadKeepsTheCorpusAndPaths() throws {
    let folder = try TemporaryDirectory()
    let first = try folder.write(
      "a.txt", " date 2025-01-02 Port\n\nAnna Berg said the port would open in May.\n")
    let second = try folder.write(
      "b.txt", " date 2025-01-03 Rail\n\nTom Dale said the line was late.\n")
    let output = StringSink()
    let errors = StringSink()
    let session = Session(output: output, errors: errors)
    session.load([first])
    session.cancellation = alwaysRequested
    #expect(!session.load([second]))
    #expect(session.paths == [first])
    #expect(session.corpus.articles.count == 1)
    #expect(errors.text == "load cancelled; still 1 article, 1 statement\n")
    #expect(session.execute(".load \(second)") == .failure)
    #expect(session.corpus.articles.count == 1)
  }

  @Test func abandonedWorkReturnsAtOnce() {
    let release = DispatchSemaphore(value: 0)
    let flag = Cancellation.Flag()
    let started = DispatchSemaphore(value: 0)
    let result = BackgroundWork.run(
      { () -> Int in
        started.signal()
        release.wait()
        return 1
      }, cancellation: flag.cancellation,
      tick: {
        // Ctrl-C once the work is under way.
        if started.wait(timeout: .now()) == .success { flag.raise() }
      })
    #expect(result == nil)
    release.signal()
  }

  @Test func finishedWorkGivesItsResult() {
    let result = BackgroundWork.run({ 6 * 7 }, cancellation: Cancellation.Flag().cancellation)
    #expect(result == 42)
  }

  @Test func aFlagIsLoweredByReset() {
    let flag = Cancellation.Flag()
    let cancellation = flag.cancellation
    #expect(!cancellation.isRequested())
    flag.raise()
    #expect(cancellation.isRequested())
    cancellation.reset()
    #expect(!cancellation.isRequested())
    #expect(Cancellation.never.isNever && !cancellation.isNever)
  }
}
