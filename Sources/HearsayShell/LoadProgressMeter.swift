import HearsayCore
import Synchronization

/// The progress bar of a load that takes more than a second, drawn on a terminal line and
/// wiped when the load ends.
///
/// ```
/// loading [##########··········]  120/400 files   35.2 MB   240 files/s
/// ```
/// Worker threads `record` progress; the waiting thread calls `draw` now and then.
package final class LoadProgressMeter: Sendable {
  /// How far a load has come.
  package struct Snapshot: Sendable, Equatable {
    package var filesDone: Int
    package var filesTotal: Int
    package var bytesDone: Int

    package init(filesDone: Int, filesTotal: Int, bytesDone: Int) {
      self.filesDone = filesDone
      self.filesTotal = filesTotal
      self.bytesDone = bytesDone
    }
  }

  private let latest = Mutex<Snapshot?>(nil)
  private let shown = Atomic<Bool>(false)

  package init() {}

  /// Keeps the newest progress; called from any thread.
  package func record(_ progress: LoadProgress) {
    record(
      Snapshot(
        filesDone: progress.filesDone, filesTotal: progress.filesTotal,
        bytesDone: progress.bytesDone))
  }

  /// Keeps the newest progress; called from any thread.
  package func record(_ progress: Snapshot) {
    latest.withLock { current in
      if current.map({ $0.filesDone < progress.filesDone }) ?? true { current = progress }
    }
  }

  /// Draws the bar when the load has run for a second or more.
  package func draw(on sink: any TextSink, elapsed: Duration, width: Int) {
    guard elapsed >= .seconds(1), let progress = latest.withLock({ $0 }) else { return }
    shown.store(true, ordering: .relaxed)
    sink.write("\r" + Self.line(progress, elapsed: elapsed, width: width) + "\u{1B}[K")
  }

  /// Wipes the bar; whether there was one.
  package func finish(on sink: any TextSink) -> Bool {
    guard shown.load(ordering: .relaxed) else { return false }
    sink.write("\r\u{1B}[K")
    return true
  }

  /// The bar's text, at most `width` columns.
  package static func line(_ progress: Snapshot, elapsed: Duration, width: Int) -> String {
    let total = max(progress.filesTotal, 1)
    let seconds = max(
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18, 0.001)
    let rate = Int((Double(progress.filesDone) / seconds).rounded())
    let counts =
      "  \(progress.filesDone)/\(progress.filesTotal) files  "
      + "\(LoadReport.megabytes(progress.bytesDone))  \(rate) files/s"
    let barWidth = max(0, min(30, width - 1 - "loading []".count - counts.count))
    let filled = barWidth * min(progress.filesDone, total) / total
    let bar =
      barWidth > 0
      ? "[" + String(repeating: "#", count: filled)
        + String(repeating: "\u{00B7}", count: barWidth - filled) + "]"
      : ""
    return String(("loading " + bar + counts).prefix(max(0, width - 1)))
  }
}
