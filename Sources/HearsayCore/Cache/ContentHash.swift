/// A fast 64-bit hash of bytes, eight at a time: the content hash of article files and the
/// checksum of snapshot sections.
///
/// Not cryptographic. It tells a changed file or a damaged cache from an intact one: every
/// input byte moves the result, and the length is mixed in, so truncation shows. With
/// `SnapshotReader` (reading into an uninitialised buffer) this is the only unsafe code of the
/// cache (unaligned 8-byte loads); `SnapshotCacheTests` and `SentenceTextTests` cover it.
///
///     ContentHash.hash([]) != ContentHash.hash([0])
enum ContentHash {
  fileprivate static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
  fileprivate static let seed: UInt64 = 0x2545_F491_4F6C_DD1D

  /// The hash of all the bytes of the collection.
  static func hash(_ bytes: some Collection<UInt8>) -> UInt64 {
    if let hash = bytes.withContiguousStorageIfAvailable({ hash(UnsafeRawBufferPointer($0)) }) {
      return hash
    }
    return Array(bytes).withUnsafeBytes { hash($0) }
  }

  /// The hash of the bytes in the buffer.
  static func hash(_ buffer: UnsafeRawBufferPointer) -> UInt64 {
    var stream = Stream(length: buffer.count)
    stream.add(buffer)
    return stream.hash
  }

  /// The hash of bytes that come in pieces, of a length known in advance: the same as `hash`
  /// of all the pieces joined, however they are cut.
  struct Stream {
    private var state: UInt64
    /// The bytes of an unfinished 8-byte word, little-endian, and how many there are.
    private var pending: UInt64 = 0
    private var pendingCount: UInt64 = 0

    init(length: Int) {
      state = ContentHash.seed ^ (UInt64(length) &* ContentHash.multiplier)
    }

    mutating func add(_ bytes: some Collection<UInt8>) {
      if bytes.withContiguousStorageIfAvailable({ add(UnsafeRawBufferPointer($0)) }) == nil {
        Array(bytes).withUnsafeBytes { add($0) }
      }
    }

    mutating func add(_ buffer: UnsafeRawBufferPointer) {
      let count = buffer.count
      var offset = 0
      while pendingCount > 0, offset < count {
        addPending(buffer[offset])
        offset += 1
      }
      while offset + 8 <= count {
        let word = UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        state = ContentHash.mix(state ^ (word &* ContentHash.multiplier))
        offset += 8
      }
      while offset < count {
        addPending(buffer[offset])
        offset += 1
      }
    }

    private mutating func addPending(_ byte: UInt8) {
      pending |= UInt64(byte) << (pendingCount * 8)
      pendingCount += 1
      if pendingCount == 8 {
        state = ContentHash.mix(state ^ (pending &* ContentHash.multiplier))
        pending = 0
        pendingCount = 0
      }
    }

    /// The hash of every byte added.
    var hash: UInt64 {
      pendingCount > 0
        ? ContentHash.finish(ContentHash.mix(state ^ (pending &* ContentHash.multiplier)))
        : ContentHash.finish(state)
    }
  }

  fileprivate static func mix(_ h: UInt64) -> UInt64 {
    let rotated = (h << 29) | (h >> 35)
    return rotated &* 0xBF58_476D_1CE4_E5B9
  }

  /// The splitmix64 finalizer: every input bit affects every output bit.
  fileprivate static func finish(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
