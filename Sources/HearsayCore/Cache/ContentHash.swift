/// A fast 64-bit hash of bytes, eight at a time: the content hash of article files and the
/// checksum of snapshot sections.
///
/// Not cryptographic. It tells a changed file or a damaged cache from an intact one: every
/// input byte moves the result, and the length is mixed in, so truncation shows. This is the
/// only unsafe code of the cache (unaligned 8-byte loads); `SnapshotCacheTests` covers it.
///
///     ContentHash.hash([]) != ContentHash.hash([0])
enum ContentHash {
  private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
  private static let seed: UInt64 = 0x2545_F491_4F6C_DD1D

  /// The hash of all the bytes of the collection.
  static func hash(_ bytes: some Collection<UInt8>) -> UInt64 {
    if let hash = bytes.withContiguousStorageIfAvailable({ hash(UnsafeRawBufferPointer($0)) }) {
      return hash
    }
    return Array(bytes).withUnsafeBytes { hash($0) }
  }

  /// The hash of the bytes in the buffer.
  static func hash(_ buffer: UnsafeRawBufferPointer) -> UInt64 {
    let count = buffer.count
    var h = seed ^ (UInt64(count) &* multiplier)
    var offset = 0
    while offset + 8 <= count {
      let word = UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
      h = mix(h ^ (word &* multiplier))
      offset += 8
    }
    if offset < count {
      var tail: UInt64 = 0
      var shift: UInt64 = 0
      while offset < count {
        tail |= UInt64(buffer[offset]) << shift
        shift += 8
        offset += 1
      }
      h = mix(h ^ (tail &* multiplier))
    }
    return finish(h)
  }

  private static func mix(_ h: UInt64) -> UInt64 {
    let rotated = (h << 29) | (h >> 35)
    return rotated &* 0xBF58_476D_1CE4_E5B9
  }

  /// The splitmix64 finalizer: every input bit affects every output bit.
  private static func finish(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
