import HearsayCore
import HearsayShell
import Testing

@Suite struct LoadProgressMeterTests {
  @Test func theBarShowsFilesMegabytesAndRate() {
    let progress = LoadProgressMeter.Snapshot(filesDone: 50, filesTotal: 200, bytesDone: 3_250_000)
    let line = LoadProgressMeter.line(progress, elapsed: .seconds(2), width: 80)
    #expect(line.hasPrefix("loading [#######"))
    #expect(line.hasSuffix("]  50/200 files  3.3 MB  25 files/s"))
    #expect(line.count <= 79)
  }

  @Test func aNarrowTerminalGetsAShortLine() {
    let progress = LoadProgressMeter.Snapshot(filesDone: 1, filesTotal: 2, bytesDone: 0)
    #expect(LoadProgressMeter.line(progress, elapsed: .seconds(1), width: 20).count <= 19)
  }

  @Test func nothingIsDrawnInTheFirstSecond() {
    let meter = LoadProgressMeter()
    let sink = StringSink()
    meter.record(LoadProgressMeter.Snapshot(filesDone: 1, filesTotal: 2, bytesDone: 10))
    meter.draw(on: sink, elapsed: .milliseconds(500), width: 80)
    #expect(sink.text.isEmpty)
    #expect(!meter.finish(on: sink))
    meter.draw(on: sink, elapsed: .milliseconds(1500), width: 80)
    #expect(sink.text.hasPrefix("\rloading ["))
    #expect(meter.finish(on: sink))
    #expect(sink.text.hasSuffix("\r\u{1B}[K"))
  }

  @Test func theSummaryLine() {
    let report = LoadReport(
      filesRead: 3, bytesRead: 2_000_000,
      problems: [LoadProblem(path: "x", reason: "empty file; skipped", severity: .skipped)],
      duration: .milliseconds(250))
    #expect(
      report.summary(of: .empty)
        == "loaded 3 files (2.0 MB) in 0.250 s: 0 articles, 0 statements; 1 file skipped")
  }
}
