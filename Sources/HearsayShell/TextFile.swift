#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads whole files as text (UTF-8, invalid bytes repaired), without Foundation.
enum TextFile {
  /// Why a file could not be read: the system's words for the `errno`.
  struct ReadError: Error {
    var reason: String
  }

  static func contents(of path: String) throws(ReadError) -> String {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw ReadError(reason: SystemError.describe(errno)) }
    defer { close(descriptor) }
    var info = stat()
    if fstat(descriptor, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
      throw ReadError(reason: SystemError.describe(EISDIR))
    }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let count = chunk.withUnsafeMutableBytes { buffer in
        read(descriptor, buffer.baseAddress, buffer.count)
      }
      if count > 0 {
        bytes.append(contentsOf: chunk[0..<count])
      } else if count == 0 {
        break
      } else if errno != EINTR {
        throw ReadError(reason: SystemError.describe(errno))
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
