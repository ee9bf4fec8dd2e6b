extension SnapshotDecoder {
  /// Reads what `SnapshotEncoder.write(_: Corpus)` wrote, checking every id against the counts
  /// of what it names.
  mutating func readCorpus() throws(SnapshotError) -> Corpus {
    let articleCount = try readCount(minimumSize: 8)
    let perBlock = SnapshotEncoder.articleBlock
    let blockCount = (articleCount + perBlock - 1) / perBlock
    var blocks: [Range<Int>] = []
    blocks.reserveCapacity(blockCount)
    for _ in 0..<blockCount {
      blocks.append(try readRaw(try readCount()).indices)
    }
    let ranges = blocks
    let whole = self
    let decoded = Array(ranges.indices).concurrentMap(chunkSize: 4) { block in
      Result { () throws(SnapshotError) -> [Article] in
        var decoder = whole.decoder(over: ranges[block])
        let first = block * perBlock
        let end = min(first + perBlock, articleCount)
        var articles: [Article] = []
        for index in first..<end { articles.append(try decoder.readArticle(id: index)) }
        guard decoder.isAtEnd else { throw .malformed("bytes left over in an article block") }
        return articles
      }
    }
    var articles: [Article] = []
    articles.reserveCapacity(articleCount)
    for block in decoded { articles += try block.get() }
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
    statements.reserveCapacity(statementCount)
    topics.reserveCapacity(statementCount)
    for index in 0..<statementCount {
      let article = try readIDs(below: articleCount, count: 1)[0]
      let sentence = try read()
      let speaker = try readString()
      let speakers = try readStrings()
      let speakerEntities = try readIDs(below: entityCount).map(EntityID.init)
      let (cue, content, kind, sourceSpan, cueSpan, contentSpan) = try readReport()
      topics.append(try readIDs(below: entityCount).map(EntityID.init))
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
    return Corpus(
      articles: articles, entities: entities, statements: statements, meetings: meetings,
      statementTopics: topics)
  }

  private mutating func readArticle(id: Int) throws(SnapshotError) -> Article {
    let path = try readString()
    let format = ArticleFormat.allCases[try readCase(below: ArticleFormat.allCases.count)]
    let date = try readDate()
    let title = try readString()
    let source = try readOptionalString()
    let text = try readString()
    let bodyStart = try readOffset(upTo: text.utf8.count)
    let sentences = try readSentences()
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
