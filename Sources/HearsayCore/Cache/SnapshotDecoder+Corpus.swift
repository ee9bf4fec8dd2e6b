extension SnapshotDecoder {
  /// Reads one block of articles (see `SnapshotEncoder.sections(of:)`): the articles numbered
  /// `ids`, the whole block.
  mutating func readArticles(_ ids: Range<Int>) throws(SnapshotError) -> [Article] {
    var articles: [Article] = []
    articles.reserveCapacity(ids.count)
    for index in ids { articles.append(try readArticle(id: index)) }
    guard isAtEnd else { throw .malformed("bytes left over in an article block") }
    return articles
  }

  /// Reads the rest of a corpus after its articles (see `SnapshotEncoder.sections(of:)`),
  /// checking every id against the counts of what it names.
  mutating func readCorpus(articles: [Article]) throws(SnapshotError) -> DecodedCorpus {
    let articleCount = articles.count
    let entityCount = try readCount(minimumSize: 6)
    var entities: [Entity] = []
    entities.reserveCapacity(entityCount)
    for index in 0..<entityCount {
      let name = try readString()
      let kind = EntityKind.allCases[try readCase(below: EntityKind.allCases.count)]
      let aliases = try readStrings()
      let roles = try readStrings()
      let mentioned = try readIDs(below: articleCount).map(ArticleID.init)
      entities.append(
        Entity(
          id: EntityID(index), name: name, kind: kind, aliases: aliases, roles: roles,
          articles: mentioned, mentions: try read()))
    }
    let statementCount = try readCount(minimumSize: 14)
    var statements: [Statement] = []
    var topics: [[EntityID]] = []
    // Equal lists share storage, as `CorpusBuilder` makes them.
    var sharedNames = SharedValues<ExactStrings>()
    var sharedIDs = SharedValues<[EntityID]>()
    statements.reserveCapacity(statementCount)
    topics.reserveCapacity(statementCount)
    for index in 0..<statementCount {
      let article = try readIDs(below: articleCount, count: 1)[0]
      let sentence = try read()
      let speaker = try readString()
      let speakers = sharedNames.intern(ExactStrings(try readStrings())).strings
      let speakerEntities = sharedIDs.intern(try readIDs(below: entityCount).map(EntityID.init))
      let (cue, content, kind, sourceSpan, cueSpan, contentSpan) = try readReport()
      topics.append(sharedIDs.intern(try readIDs(below: entityCount).map(EntityID.init)))
      statements.append(
        Statement(
          id: StatementID(index), article: ArticleID(article), sentence: sentence,
          speaker: speaker, speakers: speakers, speakerEntities: speakerEntities, cue: cue,
          content: content, kind: kind, sourceSpan: sourceSpan, cueSpan: cueSpan,
          contentSpan: contentSpan))
    }
    let meetingCount = try readCount(minimumSize: 8)
    var meetings: [Meeting] = []
    meetings.reserveCapacity(meetingCount)
    for _ in 0..<meetingCount {
      let article = try readIDs(below: articleCount, count: 1)[0]
      let sentence = try read()
      let participants = try readStrings()
      let participantEntities = try readIDs(below: entityCount).map(EntityID.init)
      let date = try readDate()
      let place = try readOptionalString()
      let kind = MeetingKind.allCases[try readCase(below: MeetingKind.allCases.count)]
      meetings.append(
        Meeting(
          article: ArticleID(article), sentence: sentence, participants: participants,
          participantEntities: participantEntities, date: date, place: place, kind: kind,
          planned: try readBool()))
    }
    guard isAtEnd else { throw .malformed("bytes left over") }
    return DecodedCorpus(
      articles: articles, entities: entities, statements: statements, meetings: meetings,
      topics: topics)
  }

  private mutating func readArticle(id: Int) throws(SnapshotError) -> Article {
    let path = try readString()
    let format = ArticleFormat.allCases[try readCase(below: ArticleFormat.allCases.count)]
    let date = try readDate()
    let title = try readString()
    let source = try readOptionalString()
    let text = try readString()
    let bodyStart = try readOffset(upTo: text.utf8.count)
    let sentences = try readSentences(in: text)
    return Article(
      id: ArticleID(id), path: path, format: format, date: date, title: title, source: source,
      text: text, bodyStart: bodyStart, sentences: sentences)
  }

  /// A list of ids (or exactly `count` of them, unprefixed), each below `limit`.
  private mutating func readIDs(below limit: Int, count: Int? = nil) throws(SnapshotError)
    -> [Int]
  {
    let ids: [Int]
    if let count {
      var values: [Int] = []
      for _ in 0..<count { values.append(try read()) }
      ids = values
    } else {
      ids = try readInts()
    }
    guard ids.allSatisfy({ $0 >= 0 && $0 < limit }) else { throw .malformed("id out of range") }
    return ids
  }
}

/// A corpus read from a snapshot, before its indexes are built: `corpus()` builds them once
/// the snapshot's bytes can be let go.
struct DecodedCorpus {
  var articles: [Article]
  var entities: [Entity]
  var statements: [Statement]
  var meetings: [Meeting]
  var topics: [[EntityID]]

  func corpus() -> Corpus {
    Corpus(
      articles: articles, entities: entities, statements: statements, meetings: meetings,
      statementTopics: topics)
  }
}
