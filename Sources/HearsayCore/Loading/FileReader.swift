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

  enum Failure: Error {
    case message(String)
  }

  static func read(_ path: String) -> Result<[UInt8], Failure> {
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else { return .failure(.message(errnoReason())) }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0 else { return .failure(.message(errnoReason())) }
    guard (st.st_mode & S_IFMT) == S_IFREG else {
      return .failure(.message("not a regular file (FIFO, device or socket); skipped"))
    }
    let size = Int(st.st_size)
    guard size <= maximumSize else {
      return .failure(.message("file is \(size / 1_048_576) MB, over the \(maximumSize / 1_048_576) MB limit; skipped"))
    }
    var bytes = [UInt8](repeating: 0, count: size)
    var total = 0
    while total < size {
      let n = bytes.withUnsafeMutableBytes { raw in
        Glibc.read(fd, raw.baseAddress! + total, size - total)
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
}
