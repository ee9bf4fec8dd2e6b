#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a whole file with POSIX calls, refusing anything that is not a regular file and
/// stopping at a size limit.
enum FileReader {
  /// Largest file read: bigger ones are reported, not loaded.
  static let maximumSize = 512 * 1024 * 1024

  enum Failure: Error, Equatable {
    case message(String)
  }

  static func read(_ path: String) -> Result<[UInt8], Failure> {
    // O_NONBLOCK: should the path have become a FIFO since the walk, opening it cannot hang.
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else { return .failure(.message(errnoReason())) }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0 else { return .failure(.message(errnoReason())) }
    guard (st.st_mode & S_IFMT) == S_IFREG else {
      return .failure(.message(ArticleFileWalker.notRegular(st)))
    }
    let size = Int(st.st_size)
    guard size <= maximumSize else {
      return .failure(
        .message("file is \(size / 1_048_576) MB, over the \(maximumSize / 1_048_576) MB limit; skipped"))
    }
    return readContents(of: fd, size: size)
  }

  /// Up to `size` bytes from an open descriptor, fewer when the file ends sooner (truncated
  /// while read). The buffer is not zeroed first: files and snapshots can be large.
  static func readContents(of fd: Int32, size: Int) -> Result<[UInt8], Failure> {
    var failure: String?
    let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
      count = 0
      while count < size, let base = buffer.baseAddress {
        let n = systemRead(fd, base + count, size - count)
        if n < 0 && errno == EINTR { continue }
        if n < 0 { failure = errnoReason() }
        if n <= 0 { break }
        count += n
      }
    }
    if let failure { return .failure(.message(failure)) }
    return .success(bytes)
  }

  private static func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
      Glibc.read(fd, buffer, count)
    #else
      Darwin.read(fd, buffer, count)
    #endif
  }
}
