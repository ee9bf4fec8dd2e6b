#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes text unbuffered to a file descriptor (standard output or standard error).
///
/// A write that fails marks the sink closed and later writes are dropped. When the failure is
/// `EPIPE` (the reader of a pipe closed it, as `| head -1` does) that is the normal end of a
/// pipeline; any other failure (a full disk) is kept in `failure` for the caller to report. The
/// process should ignore `SIGPIPE` for `EPIPE` to happen instead of being killed.
package final class FileDescriptorSink: TextSink {
  private let descriptor: Int32
  package private(set) var isClosed = false
  /// Why a write failed, unless it was a closed pipe.
  package private(set) var failure: String?

  package init(descriptor: Int32) {
    self.descriptor = descriptor
  }

  /// Standard output.
  package static func standardOutput() -> FileDescriptorSink { FileDescriptorSink(descriptor: 1) }
  /// Standard error.
  package static func standardError() -> FileDescriptorSink { FileDescriptorSink(descriptor: 2) }

  /// Whether the descriptor is a terminal.
  package var isTerminal: Bool { Terminal.isTerminal(descriptor) }

  package func write(_ text: String) {
    guard !isClosed, !text.isEmpty else { return }
    var text = text
    let code = text.withUTF8 { DescriptorWriter.writeAll(descriptor, UnsafeRawBufferPointer($0)) }
    finish(code)
  }

  package func write(bytes: [UInt8]) {
    guard !isClosed, !bytes.isEmpty else { return }
    finish(bytes.withUnsafeBytes { DescriptorWriter.writeAll(descriptor, $0) })
  }

  private func finish(_ code: Int32?) {
    if let code {
      if code != EPIPE { failure = SystemError.describe(code) }
      isClosed = true
    }
  }
}
