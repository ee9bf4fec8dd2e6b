/// A sink that keeps everything written to it, for tests and for capturing output.
package final class StringSink: TextSink {
  /// Everything written so far.
  package private(set) var text = ""
  package private(set) var isClosed = false

  package init() {}

  package func write(_ text: String) {
    guard !isClosed else { return }
    self.text += text
  }

  /// Makes later writes fail as if the reader had gone away.
  package func close() { isClosed = true }
}
