/// Writes the values of a snapshot as bytes: integers as LEB128 varints (zigzag for signed),
/// fixed-width integers little-endian, strings as a byte count then their UTF-8.
///
/// `SnapshotDecoder` reads the same shapes back; `SnapshotEncoder+Analysis` writes extraction
/// results with these primitives.
struct SnapshotEncoder {
  private(set) var bytes: [UInt8] = []

  init(capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  /// A signed integer, zigzag-encoded so small negatives stay short.
  mutating func write(_ value: Int) {
    let zigzag = UInt64(bitPattern: Int64(value) << 1) ^ UInt64(bitPattern: Int64(value) >> 63)
    write(unsigned: zigzag)
  }

  /// An unsigned integer in 7-bit groups, low group first, the high bit marking more to come.
  mutating func write(unsigned value: UInt64) {
    var rest = value
    while rest >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  /// Eight bytes, little-endian: hashes, checksums, offsets patched in later.
  mutating func write(fixed value: UInt64) {
    for shift in stride(from: 0, to: 64, by: 8) {
      bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift)))
    }
  }

  /// Four bytes, little-endian.
  mutating func write(fixed32 value: UInt32) {
    for shift in stride(from: 0, to: 32, by: 8) {
      bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift)))
    }
  }

  mutating func write(_ value: Bool) {
    bytes.append(value ? 1 : 0)
  }

  mutating func write(_ text: String) {
    var text = text
    text.withUTF8 { utf8 in
      write(unsigned: UInt64(utf8.count))
      bytes.append(contentsOf: utf8)
    }
  }

  /// An optional string: a 0 byte for nil, or 1 and the string.
  mutating func write(_ text: String?) {
    write(text != nil)
    if let text { write(text) }
  }

  mutating func write(_ values: [Int]) {
    write(unsigned: UInt64(values.count))
    for value in values { write(value) }
  }

  mutating func write(_ values: [String]) {
    write(unsigned: UInt64(values.count))
    for value in values { write(value) }
  }

  /// Raw bytes, as they are (no length).
  mutating func append(_ raw: some Collection<UInt8>) {
    bytes.append(contentsOf: raw)
  }

  /// Overwrites eight bytes at `offset` with a little-endian value written earlier as a
  /// placeholder.
  mutating func patch(fixed value: UInt64, at offset: Int) {
    for index in 0..<8 {
      bytes[offset + index] = UInt8(truncatingIfNeeded: value >> UInt64(index * 8))
    }
  }
}
