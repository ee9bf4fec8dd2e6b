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
public struct Statement: Sendable, Identifiable {
  public let id: StatementID
  public let article: ArticleID
  /// Index of the sentence holding the cue.
  public let sentence: Int
  /// The speaker as a reader would name them ("Wang Yi", "officials").
  public let speaker: String
  /// Canonical names of everyone the statement is attributed to (several for discussions).
  public let speakers: [String]
  /// Entities behind `speakers`, when they are known entities.
  public let speakerEntities: [EntityID]
  public let cue: String
  public let content: String
  public let kind: StatementKind
  /// The speaker's mention in this sentence ("He", "Wang"), when there is one.
  public let sourceSpan: TextSpan?
  public let cueSpan: TextSpan
  public let contentSpan: TextSpan

  public init(
    id: StatementID, article: ArticleID, sentence: Int, speaker: String, speakers: [String],
    speakerEntities: [EntityID], cue: String, content: String, kind: StatementKind,
    sourceSpan: TextSpan?, cueSpan: TextSpan, contentSpan: TextSpan
  ) {
    self.id = id
    self.article = article
    self.sentence = sentence
    self.speaker = speaker
    self.speakers = speakers
    self.speakerEntities = speakerEntities
    self.cue = cue
    self.content = content
    self.kind = kind
    self.sourceSpan = sourceSpan
    self.cueSpan = cueSpan
    self.contentSpan = contentSpan
  }
}
