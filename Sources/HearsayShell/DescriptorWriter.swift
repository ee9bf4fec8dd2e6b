#if canImport(Glibc)
  import Glibc
#endif

/// Writes a whole buffer to a file descriptor, retrying short writes and `EINTR`: the one
/// write loop behind the standard streams, `.output` files and `hearsay export`.
package enum DescriptorWriter {
  /// Writes every byte; returns nil on success or the `errno` of the failure (`ENOSPC` when
  /// the descriptor stops accepting bytes).
  package static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
    guard let base = bytes.baseAddress else { return nil }
    var offset = 0
    while offset < bytes.count {
      let written = write(descriptor, base + offset, bytes.count - offset)
      if written > 0 {
        offset += written
      } else if written < 0 && errno == EINTR {
        continue
      } else {
        return written < 0 ? errno : ENOSPC
      }
    }
    return nil
  }
}
