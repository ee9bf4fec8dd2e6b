@testable import HearsayCore
import Testing

/// ASCII text is folded through a pointer in one pass; it must give what the rule says:
/// lowercase, each run of whitespace, hyphens and underscores one space between words.
@Suite struct TextFoldingTests {
  static func reference(_ text: String) -> [UInt8] {
    let separators = Set(Array(" \t\n\u{B}\u{C}\r-_".utf8))
    let lowered = text.utf8.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
    return Array(
      lowered.split { separators.contains($0) }.map(Array.init).joined(separator: [0x20]))
  }

  @Test(arguments: [
    "", " ", "--", "Third-party  deal", " The U.S. and\tthe_UK\r\n", "a-b_c d\u{B}e\u{C}f",
    "ALL CAPS 42!", "ends with -", "x", "  lead", "trail  ", "a--b", "@[`{",
  ])
  func asciiIsFoldedByTheRule(_ text: String) {
    #expect(TextFolding.fold(text) == Self.reference(text))
    #expect(TextFolding.fold(Substring(text)) == Self.reference(text))
  }

  @Test func aBufferIsReusedAndReplaced() {
    var out: [UInt8] = Array("left over".utf8)
    TextFolding.fold("New  Text", into: &out)
    #expect(out == Array("new text".utf8))
    TextFolding.fold("Ünïcode-Text", into: &out)
    #expect(out == Array("unicode text".utf8))
  }
}

extension TextFoldingTests {
  /// Pieces with accents (composed and combining), curly quotes, other spaces, folds that
  /// lengthen, and scalars past the table, in a fixed pseudo-random order.
  static let mixed: [String] = {
    let pieces = [
      "Ab", "c", " ", "-", "é", "e\u{301}", "Ü", "’", "“", "\u{A0}", "ß", "¼", "ﬁ", "Æ", "北京",
      "🙂", "\u{2010}", "\u{2028}", "\u{3000}", "İ", "_", "\t", "x.y", "Ǆ",
    ]
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    func next() -> Int {
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      return Int(truncatingIfNeeded: state >> 1)
    }
    return (0..<3_000).map { _ in
      (0..<(next() % 16)).map { _ in pieces[next() % pieces.count] }.joined()
    } + pieces
  }()

  @Test func bytesFoldAsScalarsDo() {
    for text in Self.mixed {
      var scalars: [UInt8] = []
      TextFolding.foldScalars(text, into: &scalars)
      #expect(TextFolding.fold(text) == scalars, "\(text.debugDescription)")
    }
  }
}

extension TextFoldingTests {
  /// Long ASCII texts, so that words of eight bytes start at every offset and meet spaces,
  /// separators and capitals in every place.
  @Test func longAsciiIsFoldedByTheRule() {
    let pieces = ["Ab", "cD", " ", "  ", "-", "_", "\t", "x.y", "WORD", "word", "\n", "Q", "1,2"]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<3_000 {
      var text = ""
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      var pick = state
      for _ in 0..<(Int(pick % 30)) {
        pick = pick &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        text += pieces[Int((pick >> 33) % UInt64(pieces.count))]
      }
      #expect(TextFolding.fold(text) == Self.reference(text), "\(text.debugDescription)")
    }
  }
}
