extension SnapshotEncoder {
  /// Articles go in blocks of this many, each after its length in bytes, so that a reader can
  /// decode the blocks on all cores.
  static let articleBlock = 16

  /// A whole corpus in sections: its articles in blocks of `articleBlock`, each decodable on
  /// its own, and the rest (entities, statements with their topics, meetings), ids as
  /// positions.
  static func sections(of corpus: Corpus) -> (blocks: [[UInt8]], rest: [UInt8]) {
    var blocks: [[UInt8]] = []
    blocks.reserveCapacity((corpus.articles.count + articleBlock - 1) / articleBlock)
    for start in stride(from: 0, to: corpus.articles.count, by: articleBlock) {
      var block = SnapshotEncoder()
      let end = min(start + articleBlock, corpus.articles.count)
      for article in corpus.articles[start..<end] { block.write(article) }
      blocks.append(block.bytes)
    }
    var rest = SnapshotEncoder()
    rest.writeRest(of: corpus)
    return (blocks, rest.bytes)
  }

  private mutating func write(_ article: Article) {
    write(article.path)
    write(caseOf: article.format, in: ArticleFormat.allCases)
    write(article.date)
    write(article.title)
    write(article.source)
    write(article.text)
    write(article.bodyStart)
    write(article.sentences)
  }

  private mutating func writeRest(of corpus: Corpus) {
    write(unsigned: UInt64(corpus.entities.count))
    for entity in corpus.entities {
      write(entity.name)
      write(caseOf: entity.kind, in: EntityKind.allCases)
      write(entity.aliases)
      write(entity.roles)
      write(entity.articles.map(\.rawValue))
      write(entity.mentions)
    }
    write(unsigned: UInt64(corpus.statements.count))
    for statement in corpus.statements {
      write(statement.article.rawValue)
      write(statement.sentence)
      write(statement.speaker)
      write(statement.speakers)
      write(statement.speakerEntities.map(\.rawValue))
      writeReport(
        cue: statement.cue, content: statement.content, kind: statement.kind, sourceSpan: statement.sourceSpan,
        cueSpan: statement.cueSpan, contentSpan: statement.contentSpan)
      write(corpus.topics(of: statement.id).map(\.rawValue))
    }
    write(unsigned: UInt64(corpus.meetings.count))
    for meeting in corpus.meetings {
      write(meeting.article.rawValue)
      write(meeting.sentence)
      write(meeting.participants)
      write(meeting.participantEntities.map(\.rawValue))
      write(meeting.date)
      write(meeting.place)
      write(caseOf: meeting.kind, in: MeetingKind.allCases)
      write(meeting.planned)
    }
  }
}
