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
    var bytes = [UInt8](repeating: 0, count: size)
    var total = 0
    while total < size {
      let n = bytes.withUnsafeMutableBytes { raw -> Int in
        guard let base = raw.baseAddress else { return 0 }
        return systemRead(fd, base + total, size - total)
      }
      if n < 0 {
        if errno == EINTR { continue }
        return .failure(.message(errnoReason()))
      }
      if n == 0 { break }  // truncated while reading
      total += n
    }
    if total < size { bytes.removeLast(size - total) }
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
