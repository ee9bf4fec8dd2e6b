@testable import HearsayCore
import Testing

@Suite struct TokenizerTests {
  /// The tokens of a sentence as `kind:text`.
  static func tokens(_ text: String) -> [String] {
    let buffer = TextBuffer(text)
    return Tokenizer().tokens(buffer, from: 0, to: buffer.bytes.count).map { "\($0.kind):\($0.text)" }
  }

  /// Each row: a sentence we wrote and its tokens.
  @Test(arguments: [
    (
      "Mr. Smith said the U.S. would act.",
      ["word:Mr.", "word:Smith", "word:said", "word:the", "word:U.S.", "word:would", "word:act", "punctuation:."]
    ),
    (
      "It rose 3.5% to 1,400 in 2024.",
      [
        "word:It", "word:rose", "number:3.5", "punctuation:%", "word:to", "number:1,400", "word:in",
        "number:2024", "punctuation:.",
      ]
    ),
    ("Russia's and Russia’s don't", ["word:Russia's", "word:and", "word:Russia’s", "word:don't"]),
    ("Jean-Luc, AT&T and M&S", ["word:Jean-Luc", "punctuation:,", "word:AT&T", "word:and", "word:M&S"]),
    (
      "“Yes,” he said — then left -- fast",
      [
        "quote:“", "word:Yes", "punctuation:,", "quote:”", "word:he", "word:said", "dash:—", "word:then",
        "word:left", "dash:--", "word:fast",
      ]
    ),
    ("\"No\" 'maybe'", ["quote:\"", "word:No", "quote:\"", "quote:'", "word:maybe", "quote:'"]),
    ("e.g. this", ["word:e.g.", "word:this"]),
    ("Dr. Zürich’s café", ["word:Dr.", "word:Zürich’s", "word:café"]),
    ("王毅 said", ["word:王毅", "word:said"]),
    ("covid-19 cases at 10:30", ["word:covid-19", "word:cases", "word:at", "number:10:30"]),
    ("the 10th time, 3bn", ["word:the", "number:10th", "word:time", "punctuation:,", "number:3bn"]),
    ("Wang\u{00A0}Yi\u{200B}spoke", ["word:Wang", "word:Yi", "word:spoke"]),
    ("Gen. Lee (retired)", ["word:Gen.", "word:Lee", "punctuation:(", "word:retired", "punctuation:)"]),
    ("", []),
  ])
  func splitsIntoTokens(text: String, expected: [String]) {
    #expect(Self.tokens(text) == expected)
  }

  @Test func tokensKeepByteOffsetsAndLowercase() {
    let buffer = TextBuffer("Café OWNERS’ Vote")
    let tokens = Tokenizer().tokens(buffer, from: 0, to: buffer.bytes.count)
    #expect(tokens.map(\.start) == [0, 6, 12, 16])
    #expect(tokens.map(\.end) == [5, 12, 15, 20])
    #expect(tokens.map(\.kind) == [.word, .word, .quote, .word])
    // Curly apostrophes lower to straight ones, so "Russia’s" and "Russia's" match.
    #expect(tokens.map(\.lower) == ["café", "owners", "'", "vote"])
  }

  @Test func tokensStayInsideTheRangeAsked() {
    let buffer = TextBuffer("Skip this. Read these words. Not this.")
    let tokens = Tokenizer().tokens(buffer, from: 11, to: 28)
    #expect(tokens.map(\.text) == ["Read", "these", "words", "."])
  }

  /// Each row: a token's text and whether it reads as capitalised and as an acronym.
  @Test(arguments: [
    ("Wang", true, false),
    ("SCO", true, true),
    ("U.S.", true, true),
    ("Andrés", true, false),
    ("officials", false, false),
    ("A", true, false),
  ])
  func capitalsAndAcronyms(text: String, capitalized: Bool, acronym: Bool) throws {
    let buffer = TextBuffer(text)
    let token = try #require(Tokenizer().tokens(buffer, from: 0, to: buffer.bytes.count).first)
    #expect(token.isCapitalized == capitalized)
    #expect(token.isAcronym == acronym)
  }

  /// Each row: a text and the code-point offset of a byte offset in it.
  @Test(arguments: [
    ("plain ascii", 6, 6),
    ("Café au lait", 6, 5),
    ("王毅 said", 7, 3),
    ("😀 smile", 5, 2),
  ])
  func codePointsOfByteOffsets(text: String, byte: Int, codePoint: Int) {
    #expect(TextBuffer(text).codePoint(byte) == codePoint)
  }
}
