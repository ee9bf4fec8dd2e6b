/// What extraction found in one article, with entities local to it; `CorpusBuilder` merges
/// these across articles.
struct ArticleAnalysis: Sendable {
  var document: ParsedDocument
  /// The credit line at the end of the body ("Xinhua-Global Times"), when there is one.
  var credit: String?
  var sentences: [Sentence]
  var entities: [LocalEntity]
  var statements: [LocalStatement]
  var meetings: [LocalMeeting]

  /// The analysis with only what `CorpusBuilder` merges: the mention positions of its
  /// entities, which extraction and the file's snapshot entry need, are dropped.
  func withoutMentionPositions() -> ArticleAnalysis {
    var analysis = self
    for index in analysis.entities.indices where !analysis.entities[index].positions.isEmpty {
      analysis.entities[index].positions = []
    }
    return analysis
  }
}

/// A statement with local entity indices and code-point spans.
struct LocalStatement: Sendable {
  var sentence: Int
  var speaker: String
  var speakerEntities: [Int]
  var cue: String
  var content: String
  var kind: StatementKind
  var sourceSpan: TextSpan?
  var cueSpan: TextSpan
  var contentSpan: TextSpan
  /// Entities mentioned in the content.
  var topics: [Int]
}

/// A meeting with local entity indices.
struct LocalMeeting: Sendable {
  var sentence: Int
  var participants: [Int]
  var date: CalendarDate?
  var place: String?
  var kind: MeetingKind
  var planned: Bool
}
