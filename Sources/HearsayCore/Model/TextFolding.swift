/// Folds running text for searching, as UTF-8 bytes: lowercase, accents dropped, runs of
/// whitespace, hyphens and underscores made one space, `’` made `'`.
///
/// What `NameFolding` does to names, but quicker on the ASCII that makes up most text, and
/// without its possessive rule. Words are the runs of `isWord` bytes in the folded text:
///
///     "Third-party Ümlaut’s"  →  "third party umlaut's"  →  third · party · umlaut · s
enum TextFolding {
  static func fold(_ text: some StringProtocol) -> [UInt8] {
    var out: [UInt8] = []
    fold(text, into: &out)
    return out
  }

  /// Folds `text` into `out`, replacing what it held (its capacity is kept, so one buffer can
  /// serve many texts without allocating).
  static func fold(_ text: some StringProtocol, into out: inout [UInt8]) {
    out.removeAll(keepingCapacity: true)
    let folded =
      text.utf8.withContiguousStorageIfAvailable { bytes in
        foldBytes(bytes, into: &out)
      } ?? false
    if folded { return }
    foldScalars(text, into: &out)
  }

  /// Folds `text` into empty `out` a scalar at a time: what `fold` does for text whose bytes
  /// are not at hand, or that `foldBytes` leaves.
  static func foldScalars(_ text: some StringProtocol, into out: inout [UInt8]) {
    out.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      for byte in text.utf8 { foldASCII(byte, into: &out, pendingSpace: &pendingSpace) }
      return
    }
    let table = ScalarTable.shared
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        foldASCII(UInt8(value), into: &out, pendingSpace: &pendingSpace)
        continue
      }
      if value < ScalarTable.end {
        // The same choices as below, made once per scalar value.
        let slot = Int(value) - 0x80
        switch table.kinds[slot] {
        case ScalarTable.space: pendingSpace = true
        case ScalarTable.skip: continue
        default:
          for index in Int(table.starts[slot])..<Int(table.starts[slot + 1]) {
            put(table.bytes[index], into: &out, pendingSpace: &pendingSpace)
          }
        }
        continue
      }
      if scalar.properties.isWhitespace || value == 0x2010 {
        pendingSpace = true
      } else if (0x300...0x36F).contains(value) {
        continue
      } else if value == 0x2019 {
        put(UInt8(ascii: "'"), into: &out, pendingSpace: &pendingSpace)
      } else {
        for byte in NameFolding.fold(String(scalar)).utf8 {
          put(byte, into: &out, pendingSpace: &pendingSpace)
        }
      }
    }
  }

  /// How each scalar from U+0080 up to `end` folds, worked out once: a space, nothing, or bytes.
  private struct ScalarTable: Sendable {
    static let end: UInt32 = 0x3000
    static let bytesKind: UInt8 = 0
    static let space: UInt8 = 1
    static let skip: UInt8 = 2
    static let shared = ScalarTable()

    let kinds: [UInt8]
    let starts: [UInt32]
    let bytes: [UInt8]

    private init() {
      var kinds: [UInt8] = []
      var starts: [UInt32] = [0]
      var bytes: [UInt8] = []
      let count = Int(Self.end) - 0x80
      kinds.reserveCapacity(count)
      starts.reserveCapacity(count + 1)
      for value in UInt32(0x80)..<Self.end {
        if let scalar = Unicode.Scalar(value) {
          if scalar.properties.isWhitespace || value == 0x2010 {
            kinds.append(Self.space)
          } else if (0x300...0x36F).contains(value) {
            kinds.append(Self.skip)
          } else if value == 0x2019 {
            kinds.append(Self.bytesKind)
            bytes.append(UInt8(ascii: "'"))
          } else {
            kinds.append(Self.bytesKind)
            bytes.append(contentsOf: NameFolding.fold(String(scalar)).utf8)
          }
        } else {
          kinds.append(Self.skip)  // surrogates: never scalars
        }
        starts.append(UInt32(bytes.count))
      }
      self.kinds = kinds
      self.starts = starts
      self.bytes = bytes
    }
  }

  /// Folds UTF-8 bytes into empty `out` through a pointer: ASCII a byte at a time, other
  /// scalars from `ScalarTable`, as the scalar loop in `fold` does. Returns false, leaving
  /// `out` empty, for a scalar past the table or a fold longer than the room left (both rare:
  /// the loop does those).
  private static func foldBytes(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8])
    -> Bool
  {
    let count = bytes.count
    // Room for the text as it is, and some for folds longer than their scalars.
    out.append(contentsOf: repeatElement(0, count: count + 16))
    let table = ScalarTable.shared
    let written = out.withUnsafeMutableBufferPointer { buffer -> Int? in
      var n = 0
      var i = 0
      var pendingSpace = false
      while i < count {
        // Eight ASCII bytes at once when they hold no separator but single spaces between
        // other bytes: only their capitals change.
        if i + 8 <= count, n + 9 <= buffer.count, let source = bytes.baseAddress,
          let target = buffer.baseAddress,
          let word = plainWord(source + i, afterSpace: pendingSpace || n == 0)
        {
          if pendingSpace && n > 0 {
            buffer[n] = 0x20
            n += 1
          }
          pendingSpace = false
          UnsafeMutableRawPointer(target + n).storeBytes(of: lowercased(word), as: UInt64.self)
          n += 8
          i += 8
          continue
        }
        let byte = bytes[i]
        if byte < 0x80 {
          i += 1
          switch byte {
          case 0x09...0x0D, 0x20, UInt8(ascii: "-"), UInt8(ascii: "_"):
            pendingSpace = true
          default:
            if pendingSpace && n > 0 {
              buffer[n] = 0x20
              n += 1
            }
            pendingSpace = false
            buffer[n] = (0x41...0x5A).contains(byte) ? byte &+ 0x20 : byte
            n += 1
          }
          continue
        }
        let (scalar, length) = ByteClass.scalar(in: bytes, at: i)
        i += length
        guard scalar.value < ScalarTable.end else { return nil }
        let slot = Int(scalar.value) - 0x80
        switch table.kinds[slot] {
        case ScalarTable.space: pendingSpace = true
        case ScalarTable.skip: continue
        default:
          let entry = Int(table.starts[slot])..<Int(table.starts[slot + 1])
          // The bytes left, and a space, must still fit after this fold.
          guard n + entry.count + 1 + (count - i) <= buffer.count else { return nil }
          for index in entry {
            if pendingSpace && n > 0 {
              buffer[n] = 0x20
              n += 1
            }
            pendingSpace = false
            buffer[n] = table.bytes[index]
            n += 1
          }
        }
      }
      return n
    }
    guard let written else {
      out.removeAll(keepingCapacity: true)
      return false
    }
    out.removeLast(out.count - written)
    return true
  }

  /// The eight bytes at `bytes` when they fold to themselves lowercased: ASCII without controls,
  /// hyphens or underscores, and spaces only single ones between other bytes of the word (or
  /// first, when `afterSpace` is false); nil otherwise.
  @inline(__always)
  private static func plainWord(_ bytes: UnsafePointer<UInt8>, afterSpace: Bool) -> UInt64? {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let high: UInt64 = 0x8080_8080_8080_8080
    let word = UnsafeRawPointer(bytes).loadUnaligned(as: UInt64.self)
    let odd =
      (word & high) | ByteWords.hasLess(word, than: 0x20) | ByteWords.hasZero(word ^ (0x2D &* ones))
      | ByteWords.hasZero(word ^ (0x5F &* ones))
    let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    let other = word ^ (0x20 &* ones)
    let spaces = ~(((other & low) &+ low) | other | low)
    let before: UInt64 = afterSpace ? 0x80 : 0
    guard odd == 0, spaces & (spaces << 8 | before) == 0, spaces >> 63 == 0 else { return nil }
    return word
  }

  /// The ASCII word with its capitals made lowercase.
  @inline(__always)
  private static func lowercased(_ word: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let atLeastA = word &+ (0x80 - 0x41) &* ones
    let pastZ = word &+ (0x80 - 0x5B) &* ones
    let capitals = atLeastA & ~pastZ & 0x8080_8080_8080_8080
    return word | capitals >> 2
  }

  @inline(__always)
  private static func foldASCII(_ byte: UInt8, into out: inout [UInt8], pendingSpace: inout Bool) {
    switch byte {
    case 0x09...0x0D, 0x20, UInt8(ascii: "-"), UInt8(ascii: "_"): pendingSpace = true
    case 0x41...0x5A: put(byte + 0x20, into: &out, pendingSpace: &pendingSpace)
    default: put(byte, into: &out, pendingSpace: &pendingSpace)
    }
  }

  @inline(__always)
  private static func put(_ byte: UInt8, into out: inout [UInt8], pendingSpace: inout Bool) {
    if pendingSpace && !out.isEmpty { out.append(0x20) }
    pendingSpace = false
    out.append(byte)
  }

  /// Letters, digits and anything outside ASCII (letters of other scripts, in UTF-8).
  @inline(__always)
  static func isWord(_ byte: UInt8) -> Bool {
    byte >= 0x80 || (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte)
      || (0x41...0x5A).contains(byte)
  }

  /// Calls `body` with each word of folded text, in order, repeats included.
  static func forEachWord(in folded: [UInt8], _ body: (ArraySlice<UInt8>) -> Void) {
    var start = -1
    for index in folded.indices {
      if isWord(folded[index]) {
        if start < 0 { start = index }
      } else if start >= 0 {
        body(folded[start..<index])
        start = -1
      }
    }
    if start >= 0 { body(folded[start...]) }
  }
}
