#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An open cache file read piece by piece, so that a large snapshot is never held whole in
/// memory: each piece is read when it is decoded and let go after.
final class SnapshotReader {
  private let fd: Int32
  /// The file's size in bytes when it was opened.
  let size: Int

  /// Opens the file at `path`: nil when there is none (or it cannot be opened), or why it
  /// cannot be read.
  static func open(_ path: String) -> Result<SnapshotReader, SnapshotError>? {
    // A file that cannot be opened is as good as none; writing it will say what is wrong.
    let fd = openFile(path)
    guard fd >= 0 else { return nil }
    var st = stat()
    guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else {
      close(fd)
      return .failure(.malformed("not a regular file"))
    }
    return .success(SnapshotReader(fd: fd, size: Int(st.st_size)))
  }

  private init(fd: Int32, size: Int) {
    self.fd = fd
    self.size = size
  }

  deinit { close(fd) }

  /// The `count` bytes at `offset`; fails when the file holds fewer.
  func bytes(at offset: Int, count: Int) throws(SnapshotError) -> [UInt8] {
    guard offset >= 0, count >= 0, offset <= size, count <= size - offset else {
      throw .malformed("truncated")
    }
    var failed = false
    let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, done in
      done = 0
      while done < count, let base = buffer.baseAddress {
        let n = pread(fd, base + done, count - done, off_t(offset + done))
        if n < 0 && errno == EINTR { continue }
        if n <= 0 {
          failed = true
          break
        }
        done += n
      }
    }
    guard !failed else { throw .malformed("truncated") }
    return bytes
  }
}

private func openFile(_ path: String) -> Int32 {
  #if canImport(Glibc)
    Glibc.open(path, O_RDONLY | O_CLOEXEC)
  #else
    Darwin.open(path, O_RDONLY | O_CLOEXEC)
  #endif
}
