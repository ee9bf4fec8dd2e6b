@testable import HearsayCore
import Testing

/// A statement gives back the numbers and spans it was made with, from its narrower storage.
@Suite struct StatementTests {
  static func statement(source: TextSpan?, cue: TextSpan, content: TextSpan, sentence: Int = 4)
    -> Statement
  {
    Statement(
      id: StatementID(12), article: ArticleID(3), sentence: sentence, speaker: "Wang Yi",
      speakers: ["Wang Yi"], speakerEntities: [EntityID(9)], cue: "said",
      content: "the talks went well", kind: .indirect, sourceSpan: source, cueSpan: cue,
      contentSpan: content)
  }

  @Test(arguments: [
    TextSpan(start: 10, end: 17), TextSpan(start: 0, end: 0), nil,
    TextSpan(start: 4_000_000_000, end: 4_000_000_004),
  ])
  func keepsItsNumbersAndSpans(_ source: TextSpan?) {
    let cue = TextSpan(start: 18, end: 22)
    let content = TextSpan(start: 23, end: 42)
    let statement = Self.statement(source: source, cue: cue, content: content)
    #expect(statement.id == StatementID(12))
    #expect(statement.article == ArticleID(3))
    #expect(statement.sentence == 4)
    #expect(statement.sourceSpan == source)
    #expect(statement.cueSpan == cue)
    #expect(statement.contentSpan == content)
    #expect(statement.speaker == "Wang Yi")
    #expect(statement.speakers == ["Wang Yi"])
    #expect(statement.speakerEntities == [EntityID(9)])
    #expect(statement.cue == "said")
    #expect(statement.content == "the talks went well")
    #expect(statement.kind == .indirect)
  }

  @Test func holdsItsNumbersInThirtyTwoBits() {
    #expect(MemoryLayout<Statement>.stride <= 104)
    let far = TextSpan(start: Int(UInt32.max) + 10, end: Int(UInt32.max) + 20)
    let statement = Self.statement(source: nil, cue: far, content: far, sentence: -1)
    #expect(statement.cueSpan == TextSpan(start: Int(UInt32.max), end: Int(UInt32.max)))
    #expect(statement.sentence == 0)
  }
}
