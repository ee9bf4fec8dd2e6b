/// Reads what `SnapshotEncoder` wrote, checking every length and count against the bytes
/// left, so a damaged snapshot gives `SnapshotError.malformed`, never a crash or a huge
/// allocation.
struct SnapshotDecoder {
  private let bytes: [UInt8]
  private(set) var position: Int
  private let end: Int

  /// A decoder over `bytes[range]` (all of them when nil).
  init(_ bytes: [UInt8], range: Range<Int>? = nil) {
    self.bytes = bytes
    let range = range ?? bytes.indices
    position = range.lowerBound
    end = range.upperBound
  }

  var isAtEnd: Bool { position == end }

  mutating func read() throws(SnapshotError) -> Int {
    let zigzag = try readUnsigned()
    return Int(truncatingIfNeeded: Int64(bitPattern: (zigzag >> 1) ^ (0 &- (zigzag & 1))))
  }

  mutating func readUnsigned() throws(SnapshotError) -> UInt64 {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      guard position < end, shift < 64 else { throw .malformed("bad integer") }
      let byte = bytes[position]
      position += 1
      value |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { return value }
      shift += 7
    }
  }

  /// A count of things still to read, each taking at least `minimumSize` bytes.
  mutating func readCount(minimumSize: Int = 1) throws(SnapshotError) -> Int {
    let count = try readUnsigned()
    guard count <= UInt64(end - position) / UInt64(max(1, minimumSize)) else {
      throw .malformed("count \(count) past the end")
    }
    return Int(count)
  }

  /// A count that must be a non-negative offset no larger than `limit`.
  mutating func readOffset(upTo limit: Int) throws(SnapshotError) -> Int {
    let value = try read()
    guard value >= 0, value <= limit else { throw .malformed("offset \(value) out of range") }
    return value
  }

  mutating func readFixed() throws(SnapshotError) -> UInt64 {
    guard end - position >= 8 else { throw .malformed("truncated") }
    var value: UInt64 = 0
    for index in 0..<8 {
      value |= UInt64(bytes[position + index]) << UInt64(index * 8)
    }
    position += 8
    return value
  }

  mutating func readFixed32() throws(SnapshotError) -> UInt32 {
    guard end - position >= 4 else { throw .malformed("truncated") }
    var value: UInt32 = 0
    for index in 0..<4 {
      value |= UInt32(bytes[position + index]) << UInt32(index * 8)
    }
    position += 4
    return value
  }

  mutating func readBool() throws(SnapshotError) -> Bool {
    guard position < end else { throw .malformed("truncated") }
    let byte = bytes[position]
    position += 1
    guard byte <= 1 else { throw .malformed("bad flag") }
    return byte == 1
  }

  /// A byte in `0..<limit`: an enumeration case's position.
  mutating func readCase(below limit: Int) throws(SnapshotError) -> Int {
    guard position < end else { throw .malformed("truncated") }
    let byte = Int(bytes[position])
    position += 1
    guard byte < limit else { throw .malformed("bad case \(byte)") }
    return byte
  }

  mutating func readString() throws(SnapshotError) -> String {
    let count = try readCount()
    let start = position
    position += count
    return String(decoding: bytes[start..<position], as: UTF8.self)
  }

  mutating func readOptionalString() throws(SnapshotError) -> String? {
    try readBool() ? try readString() : nil
  }

  mutating func readInts() throws(SnapshotError) -> [Int] {
    let count = try readCount()
    var values: [Int] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(try read()) }
    return values
  }

  mutating func readStrings() throws(SnapshotError) -> [String] {
    let count = try readCount()
    var values: [String] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(try readString()) }
    return values
  }
}

/// Why a snapshot, or one file's entry in it, was not used.
enum SnapshotError: Error, Equatable {
  /// Bytes that do not decode: truncated, damaged, or not a snapshot at all.
  case malformed(String)
}
