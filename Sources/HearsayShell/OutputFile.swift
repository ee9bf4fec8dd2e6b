#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file that results are written to (`.output`, `.once`), which appears under its name only
/// once everything was written.
///
/// Text goes to a temporary file beside the target (`.NAME.hearsay-XXXXXX`), renamed over the
/// target by `commit()`; a write that fails (a full disk) makes `commit()` throw and removes the
/// temporary file, so a partial file is never left under the name asked for. A target that
/// exists and is not a regular file (`/dev/null`, `/dev/full`, a FIFO) is written directly.
package final class OutputFile: TextSink {
  /// Why a file could not be opened, written or put in place.
  package struct Failure: Error, Sendable, CustomStringConvertible {
    package var path: String
    package var reason: String
    package var description: String { "cannot write \(path): \(reason)" }
  }

  /// The path as the user gave it.
  package let path: String
  private var descriptor: Int32
  /// The temporary file, or nil when writing straight to a device or FIFO.
  private let temporaryPath: String?
  /// The final path the temporary file is renamed to.
  private let targetPath: String
  private var failureCode: Int32?
  package private(set) var isClosed = false

  /// Opens the temporary file for `path`.
  package init(path: String) throws(Failure) {
    self.path = path
    var info = stat()
    if stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
      throw Failure(path: path, reason: SystemError.describe(EISDIR))
    }
    if stat(path, &info) == 0 && (info.st_mode & S_IFMT) != S_IFREG {
      let descriptor = open(path, O_WRONLY | O_CLOEXEC)
      guard descriptor >= 0 else { throw Failure(path: path, reason: SystemError.describe(errno)) }
      self.descriptor = descriptor
      temporaryPath = nil
      targetPath = path
      return
    }
    // Write beside the real file when the path is a symbolic link to one.
    let target = Self.resolved(path)
    let slash = target.lastIndex(of: "/")
    let folder = slash.map { String(target[..<$0]) } ?? "."
    let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
    var template = Array("\(folder.isEmpty ? "" : folder)/.\(name).hearsay-XXXXXX".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.map { mkstemp($0) } ?? -1
    }
    guard descriptor >= 0 else { throw Failure(path: path, reason: SystemError.describe(errno)) }
    _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
    self.descriptor = descriptor
    temporaryPath = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    targetPath = target
    // mkstemp makes the file private; give it the mode a new file would get.
    let mask = umask(0o022)
    umask(mask)
    fchmod(descriptor, 0o666 & ~mask)
  }

  deinit {
    if descriptor >= 0 { discard() }
  }

  /// Why a write failed, or nil while all went well.
  package var failure: Failure? {
    failureCode.map { Failure(path: path, reason: SystemError.describe($0)) }
  }

  package func write(_ text: String) {
    guard !isClosed, descriptor >= 0, !text.isEmpty else { return }
    var text = text
    if let code = text.withUTF8({ DescriptorWriter.writeAll(descriptor, UnsafeRawBufferPointer($0)) }) {
      failureCode = code
      isClosed = true
    }
  }

  /// Puts the file in place under its name.
  ///
  /// - Throws: when a write failed or the file cannot be flushed or renamed; the temporary file
  ///   is then removed.
  package func commit() throws(Failure) {
    guard descriptor >= 0 else { return }
    if failureCode == nil, temporaryPath != nil, fsync(descriptor) != 0 { failureCode = errno }
    if close(descriptor) != 0 && failureCode == nil { failureCode = errno }
    descriptor = -1
    isClosed = true
    if let failure {
      if let temporaryPath { unlink(temporaryPath) }
      throw failure
    }
    guard let temporaryPath else { return }
    if rename(temporaryPath, targetPath) != 0 {
      let code = errno
      unlink(temporaryPath)
      throw Failure(path: path, reason: SystemError.describe(code))
    }
  }

  /// Closes and removes the temporary file, leaving any earlier file under the name as it was.
  package func discard() {
    guard descriptor >= 0 else { return }
    close(descriptor)
    descriptor = -1
    isClosed = true
    if let temporaryPath { unlink(temporaryPath) }
  }

  /// The path with symbolic links followed, when it names an existing file.
  private static func resolved(_ path: String) -> String {
    guard let real = realpath(path, nil) else { return path }
    defer { free(real) }
    return String(cString: real)
  }
}
