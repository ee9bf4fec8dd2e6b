#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What identifies one version of a file's content: its size, modification time and the hash
/// of its bytes. A snapshot entry is used only when all three match the file as read now.
struct FileFingerprint: Equatable, Sendable {
  var size: Int
  /// Nanoseconds since 1970, as `stat` gives them.
  var modified: Int64
  /// `ContentHash` of the bytes.
  var hash: UInt64

  init(size: Int, modified: Int64, hash: UInt64) {
    self.size = size
    self.modified = modified
    self.hash = hash
  }

  /// The fingerprint of bytes just read from a file whose modification time was taken before
  /// reading (a file changed in between then differs from its next fingerprint, never matches
  /// a stale one).
  init(bytes: [UInt8], modified: Int64) {
    self.init(size: bytes.count, modified: modified, hash: ContentHash.hash(bytes))
  }

  /// The modification time of the file at `path` in nanoseconds, or nil when `stat` fails.
  static func modificationTime(of path: String) -> Int64? {
    var st = stat()
    guard stat(path, &st) == 0 else { return nil }
    #if canImport(Darwin)
      return Int64(st.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(st.st_mtimespec.tv_nsec)
    #else
      return Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
    #endif
  }
}
