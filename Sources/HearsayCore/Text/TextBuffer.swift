/// An article's text as UTF-8 bytes, with conversion of byte offsets to the code-point offsets
/// that spans are reported in.
struct TextBuffer: Sendable {
  let text: String
  let bytes: [UInt8]
  /// Byte offsets of UTF-8 continuation bytes, sorted; empty for ASCII text.
  private let continuations: [Int32]

  init(_ text: String) {
    self.text = text
    let bytes = Array(text.utf8)
    self.bytes = bytes
    var positions: [Int32] = []
    bytes.withUnsafeBufferPointer { b in
      for i in b.indices where b[i] & 0xC0 == 0x80 { positions.append(Int32(i)) }
    }
    continuations = positions
  }

  /// Code-point offset of a byte offset (which must be on a scalar boundary).
  func codePoint(_ byte: Int) -> Int {
    guard !continuations.isEmpty else { return byte }
    var lo = 0
    var hi = continuations.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if Int(continuations[mid]) < byte { lo = mid + 1 } else { hi = mid }
    }
    return byte - lo
  }

  func span(_ start: Int, _ end: Int) -> TextSpan {
    TextSpan(start: codePoint(start), end: codePoint(end))
  }

  /// The text between two byte offsets.
  func string(_ start: Int, _ end: Int) -> String {
    guard start < end else { return "" }
    return bytes.withUnsafeBufferPointer {
      String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self)
    }
  }
}
