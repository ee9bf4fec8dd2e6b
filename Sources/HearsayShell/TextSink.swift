/// Somewhere the shell writes text: results to one sink, diagnostics to another.
///
/// A sink that can no longer be written to (a closed pipe) reports `isClosed`, and the input
/// loops stop quietly instead of failing.
package protocol TextSink: AnyObject {
  /// Writes the text as is; nothing is added.
  func write(_ text: String)
  /// Writes UTF-8 bytes as they are (a rendered result); the same as writing them as text.
  func write(bytes: [UInt8])
  /// True once a write has failed because the reader went away.
  var isClosed: Bool { get }
}

extension TextSink {
  package func write(bytes: [UInt8]) {
    write(String(decoding: bytes, as: UTF8.self))
  }
}
