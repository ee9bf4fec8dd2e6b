/// Paragraphs: where a line break ends one, and where it is a hard wrap inside a sentence.
extension SentenceSplitter {
  /// The body's paragraphs as byte ranges, in order.
  func paragraphs(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> [(Int, Int)] {
    var result: [(Int, Int)] = []
    var paraStart = start
    var lineStart = start
    var i = start
    while i <= end {
      i = nextLineFeed(b, from: i, end: end)
      let lineEnd = i
      let nextLineStart = i + 1
      let blank = isBlank(b, lineStart, lineEnd)
      if blank {
        if paraStart < lineStart { result.append((paraStart, lineStart)) }
        paraStart = nextLineStart
      } else if i < end, breaksAfter(b, lineStart, lineEnd, end) || breaksBefore(b, nextLineStart, end) {
        result.append((paraStart, lineEnd))
        paraStart = nextLineStart
      }
      lineStart = nextLineStart
      i += 1
    }
    if paraStart < end { result.append((paraStart, end)) }
    return result
  }

  /// The offset of the first line feed at or after `i`, or `end`; eight bytes at a time.
  private func nextLineFeed(_ b: UnsafeBufferPointer<UInt8>, from i: Int, end: Int) -> Int {
    var k = i
    if let base = b.baseAddress {
      let ones: UInt64 = 0x0101_0101_0101_0101
      let highs: UInt64 = 0x8080_8080_8080_8080
      while k + 8 <= end {
        let word = UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self) ^ (ones &* 0x0A)
        // A zero byte in `word` is a line feed in the text.
        if (word &- ones) & ~word & highs != 0 { break }
        k += 8
      }
    }
    while k < end, b[k] != 0x0A { k += 1 }
    return k
  }

  private func isBlank(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
    var i = s
    while i < e {
      let n = spaceLength(b, at: i, end: e)
      if n == 0 { return false }
      i += n
    }
    return true
  }

  /// A line that ends a sentence (or is a heading) ends its paragraph; one that breaks off
  /// mid-sentence ("… signed by Mr." or "… at 5 p.m." before "on Monday") is a hard wrap.
  private func breaksAfter(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, _ end: Int) -> Bool {
    if isHeading(b, s, e) { return true }
    var j = e
    while j > s, ByteClass.isSpace(b[j - 1]) { j -= 1 }
    guard j > s else { return false }
    if b[j - 1] == UInt8(ascii: "*") && b[s] == UInt8(ascii: "*") { return true }
    // Back over the final run of marks and closers (`.`, `?!`, `."`, `.”)`) to its first mark.
    var k = j
    var firstMark: Int?
    while k > s {
      var p = k - 1
      while p > s, ByteClass.isContinuation(b[p]) { p -= 1 }
      let c = b[p]
      if c == UInt8(ascii: ".") || c == UInt8(ascii: "?") || c == UInt8(ascii: "!") {
        firstMark = p
      } else if !(c == UInt8(ascii: ")") || c == UInt8(ascii: "\"") || c == UInt8(ascii: "'")
        || (c >= 0x80 && ByteClass.isClosingQuote(ByteClass.scalar(in: b, at: p).0)))
      {
        break
      }
      k = p
    }
    guard let mark = firstMark else { return false }
    // The line break is a space: the line ends its paragraph where a sentence would end.
    return boundary(b, at: mark, paragraphStart: s, end: end, open: OpenMarks(quote: true)) != nil
  }

  /// A Markdown ATX heading: `#` to `######`, then a space.
  private func isHeading(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ end: Int) -> Bool {
    var i = s
    while i < end, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
    var hashes = 0
    while i < end, b[i] == UInt8(ascii: "#") {
      hashes += 1
      i += 1
    }
    return (1...6).contains(hashes) && i < end && (b[i] == 0x20 || b[i] == 0x09)
  }

  /// A list item or heading starts a new paragraph.
  private func breaksBefore(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ end: Int) -> Bool {
    var i = s
    while i < end, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
    guard i + 1 < end else { return false }
    let c = b[i]
    if isHeading(b, i, end) { return true }
    if (c == UInt8(ascii: "-") || c == UInt8(ascii: "*") || c == UInt8(ascii: "+")) && b[i + 1] == 0x20 { return true }
    // A bullet: "• Walgreens".
    return c == 0xE2 && i + 2 < end && b[i + 1] == 0x80 && b[i + 2] == 0xA2
  }
}
