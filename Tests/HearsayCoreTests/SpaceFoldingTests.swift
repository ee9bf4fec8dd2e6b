@testable import HearsayCore
import Testing

/// Folding spaces eight bytes at a time gives what folding them one by one gives: runs of
/// spaces, tabs, line breaks and no-break spaces made one space, the ends trimmed.
@Suite struct SpaceFoldingTests {
  /// The fold as the documentation states it, on code points.
  static func reference(_ text: String) -> String {
    let spaces: Set<UInt32> = [0x20, 0x0A, 0x09, 0x0D, 0x0C, 0xA0]
    return text.unicodeScalars.split { spaces.contains($0.value) }
      .map { String(String.UnicodeScalarView($0)) }.joined(separator: " ")
  }

  /// Pieces that land on every side of the eight-byte words: spaces alone and doubled, other
  /// breaks, no-break spaces, a lone lead byte's neighbours, controls that are not spaces.
  static let pieces = [
    "a", "bc", "defgh", "ijklmnopq", " ", "  ", "\n", "\t", "\r\n", "\u{C}", "\u{B}", "\u{A0}",
    "é", "Â", "ü ", "’", "北京", "🙂", "\u{1}", "\u{85}", "\u{2028}", " \u{A0} ",
  ]

  /// Texts made of the pieces in a fixed pseudo-random order (SplitMix64), so every run checks
  /// the same thousands of texts.
  static func texts(count: Int) -> [String] {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> Int {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return Int(truncatingIfNeeded: (z ^ (z >> 31)) >> 1)
    }
    return (0..<count).map { _ in
      (0..<(next() % 24)).map { _ in pieces[next() % pieces.count] }.joined()
    }
  }

  @Test func foldingMatchesTheStatedFold() {
    for text in Self.texts(count: 5_000) + Self.pieces + [""] {
      let expected = Self.reference(text)
      #expect(SpaceFolding.fold(text) == expected, "\(text.debugDescription)")
      var bytes: [UInt8] = [0x2A]
      SpaceFolding.append(Substring(text), to: &bytes)
      #expect(bytes == [0x2A] + Array(expected.utf8), "\(text.debugDescription)")
    }
  }

  @Test func aSliceFoldsOnlyItsOwnBytes() {
    let text = "  head  The plan\n  will\u{A0}fail.   tail  "
    let slice = text.dropFirst(8).dropLast(9)
    var bytes: [UInt8] = []
    SpaceFolding.append(slice, to: &bytes)
    #expect(String(decoding: bytes, as: UTF8.self) == "The plan will fail.")
    #expect(String(decoding: bytes, as: UTF8.self) == SpaceFolding.fold(slice))
  }

  @Test func aSentenceWritesTheBytesOfItsText() throws {
    let written = "She said  the port\nwould\u{A0}open  ."
    let text = "Header\n\n" + written + " Then"
    let bytes = 8..<(8 + written.utf8.count)
    let slice = try #require(Sentence.slice(of: text, bytes: bytes))
    let sentence = Sentence(
      index: 0, span: TextSpan(start: 8, end: 8 + written.unicodeScalars.count), slice: slice)
    var shown: [UInt8] = []
    sentence.appendText(to: &shown)
    #expect(shown == Array(sentence.text.utf8))
    #expect(sentence.text == "She said the port would open .")
  }
}
