/// How a statement is reported.
public enum StatementKind: String, Sendable, Codable, CaseIterable {
  /// Words inside quotation marks.
  case direct
  /// Reported speech: "X said that …".
  case indirect
  /// A belief or stated position: "X believes …", "X wants …".
  case belief
  /// A joint act with a topic but no reported clause: "They exchanged views on Y".
  case discussion

  /// Whether the statement reports speech (direct or indirect).
  public var isSpeech: Bool { self == .direct || self == .indirect }
}

/// Who said what: one attribution found in an article.
///
/// Numbers are kept as `UInt32` (ids, the sentence, span offsets), so that a corpus of a
/// hundred thousand statements holds 104 bytes for each rather than 152: a value past
/// `UInt32.max` (an article of four billion code points) is kept as `UInt32.max`.
public struct Statement: Sendable, Identifiable {
  private let number: UInt32
  private let articleNumber: UInt32
  private let sentenceNumber: UInt32
  public let kind: StatementKind
  /// The speaker as a reader would name them ("Wang Yi", "officials").
  public let speaker: String
  /// Canonical names of everyone the statement is attributed to (several for discussions).
  public let speakers: [String]
  /// Entities behind `speakers`, when they are known entities.
  public let speakerEntities: [EntityID]
  public let cue: String
  public let content: String
  /// The source span's start and end (`UInt32.max` twice without one), the cue's, the
  /// content's.
  private let offsets: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)

  public init(
    id: StatementID, article: ArticleID, sentence: Int, speaker: String, speakers: [String],
    speakerEntities: [EntityID], cue: String, content: String, kind: StatementKind,
    sourceSpan: TextSpan?, cueSpan: TextSpan, contentSpan: TextSpan
  ) {
    number = UInt32(clamping: id.rawValue)
    articleNumber = UInt32(clamping: article.rawValue)
    sentenceNumber = UInt32(clamping: sentence)
    self.speaker = speaker
    self.speakers = speakers
    self.speakerEntities = speakerEntities
    self.cue = cue
    self.content = content
    self.kind = kind
    let none = UInt32.max
    offsets = (
      sourceSpan.map { UInt32(clamping: $0.start) } ?? none,
      sourceSpan.map { UInt32(clamping: $0.end) } ?? none,
      UInt32(clamping: cueSpan.start), UInt32(clamping: cueSpan.end),
      UInt32(clamping: contentSpan.start), UInt32(clamping: contentSpan.end)
    )
  }

  public var id: StatementID { StatementID(Int(number)) }
  public var article: ArticleID { ArticleID(Int(articleNumber)) }
  /// Index of the sentence holding the cue.
  public var sentence: Int { Int(sentenceNumber) }
  /// The speaker's mention in this sentence ("He", "Wang"), when there is one.
  public var sourceSpan: TextSpan? {
    offsets.0 == .max && offsets.1 == .max
      ? nil : TextSpan(start: Int(offsets.0), end: Int(offsets.1))
  }
  public var cueSpan: TextSpan { TextSpan(start: Int(offsets.2), end: Int(offsets.3)) }
  public var contentSpan: TextSpan { TextSpan(start: Int(offsets.4), end: Int(offsets.5)) }
}
