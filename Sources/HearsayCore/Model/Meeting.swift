/// Whether people met in person or spoke remotely.
public enum MeetingKind: String, Sendable, Codable, CaseIterable {
  case meeting
  case call
}

/// A meeting or call reported in an article: who, when, where.
public struct Meeting: Sendable {
  public let article: ArticleID
  public let sentence: Int
  /// Canonical names of the participants.
  public let participants: [String]
  public let participantEntities: [EntityID]
  /// The day it took place, resolved against the article date; nil when unknown.
  public let date: CalendarDate?
  public let place: String?
  public let kind: MeetingKind
  /// True for meetings announced as coming ("will meet", "is scheduled to meet").
  public let planned: Bool

  public init(
    article: ArticleID, sentence: Int, participants: [String], participantEntities: [EntityID],
    date: CalendarDate?, place: String?, kind: MeetingKind, planned: Bool
  ) {
    self.article = article
    self.sentence = sentence
    self.participants = participants
    self.participantEntities = participantEntities
    self.date = date
    self.place = place
    self.kind = kind
    self.planned = planned
  }
}
