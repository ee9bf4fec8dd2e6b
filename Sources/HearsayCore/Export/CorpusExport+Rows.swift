/// The rows of each exported table, written field by field in `ExportTable.columns` order.
extension CorpusExport {
  /// Appends the table's rows to `csv`, calling `rowDone` after each so the caller can flush.
  func forEachRow(
    of table: ExportTable, into csv: inout CSVWriter, rowDone: (inout CSVWriter) throws -> Void
  ) rethrows {
    switch table {
    case .articles:
      for (position, article) in corpus.articles.enumerated() {
        csv.field(articleIDs[position])
        csv.field(article.path)
        csv.field(corpus.articleNames[position])
        csv.field(article.format.rawValue)
        csv.field(article.date?.description)
        csv.field(article.title)
        csv.field(article.source)
        csv.endRecord()
        try rowDone(&csv)
      }
    case .sentences:
      for (position, article) in corpus.articles.enumerated() {
        for sentence in article.sentences {
          csv.field(articleIDs[position])
          csv.field(sentence.index)
          csv.field(sentence.span.start)
          csv.field(sentence.span.end)
          csv.field(sentence.text)
          csv.field(MarkedWords.mark(sentence.text))
          csv.endRecord()
          try rowDone(&csv)
        }
      }
    case .entities:
      for (position, entity) in corpus.entities.enumerated() {
        csv.field(entityIDs[position])
        csv.field(entity.name)
        csv.field(NameFolding.fold(entity.name))
        csv.field(MarkedWords.mark(entity.name))
        csv.field(entity.kind.rawValue)
        csv.field(entity.mentions)
        csv.endRecord()
        try rowDone(&csv)
      }
    case .entityArticles:
      for (position, entity) in corpus.entities.enumerated() {
        for article in Self.unique(entity.articles) {
          csv.record([entityIDs[position], articleIDs[article.rawValue]])
          try rowDone(&csv)
        }
      }
    case .aliases:
      for (position, entity) in corpus.entities.enumerated() {
        for (ordinal, alias) in Self.unique(entity.aliases).enumerated() {
          let key = NameFolding.fold(alias)
          csv.record([entityIDs[position], alias, key, MarkedWords.mark(key), String(ordinal)])
          try rowDone(&csv)
        }
      }
    case .roles:
      for (position, entity) in corpus.entities.enumerated() {
        for (ordinal, role) in Self.unique(entity.roles).enumerated() {
          csv.record([entityIDs[position], role, String(ordinal)])
          try rowDone(&csv)
        }
      }
    case .statements:
      for position in corpus.statements.indices {
        writeStatement(position, into: &csv)
        try rowDone(&csv)
      }
    case .statementSpeakers:
      for (position, statement) in corpus.statements.enumerated() {
        let id = statementID(position)
        let speakers = pair(
          names: statement.speakers.isEmpty ? [statement.speaker] : statement.speakers,
          entities: statement.speakerEntities)
        for (ordinal, speaker) in speakers.enumerated() {
          writeTaking(id, ordinal, speaker, into: &csv)
          try rowDone(&csv)
        }
      }
    case .statementTopics:
      for position in corpus.statements.indices {
        let id = statementID(position)
        for topic in Self.unique(corpus.topics(of: StatementID(position))) {
          csv.record([id, entityIDs[topic.rawValue]])
          try rowDone(&csv)
        }
      }
    case .meetings:
      for (position, meeting) in corpus.meetings.enumerated() {
        csv.field(meetingID(position))
        csv.field(articleIDs[meeting.article.rawValue])
        csv.field(meeting.sentence)
        csv.field(meeting.date?.description)
        csv.field(meeting.place)
        csv.field(meeting.kind.rawValue)
        csv.field(meeting.planned)
        csv.endRecord()
        try rowDone(&csv)
      }
    case .meetingParticipants:
      for (position, meeting) in corpus.meetings.enumerated() {
        let id = meetingID(position)
        let participants = pair(
          names: meeting.participants, entities: meeting.participantEntities)
        for (ordinal, participant) in participants.enumerated() {
          writeTaking(id, ordinal, participant, into: &csv)
          try rowDone(&csv)
        }
      }
    }
  }

  private func writeStatement(_ position: Int, into csv: inout CSVWriter) {
    let statement = corpus.statements[position]
    csv.field(statementID(position))
    csv.field(articleIDs[statement.article.rawValue])
    csv.field(statement.sentence)
    csv.field(
      statement.speakers.isEmpty
        ? statement.speaker : statement.speakers.joined(separator: ", "))
    csv.field(statement.speaker)
    csv.field(statement.cue)
    csv.field(statement.content)
    csv.field(MarkedWords.mark(statement.content))
    csv.field(statement.kind.rawValue)
    csv.field(statement.sourceSpan?.start)
    csv.field(statement.sourceSpan?.end)
    csv.field(statement.cueSpan.start)
    csv.field(statement.cueSpan.end)
    csv.field(statement.contentSpan.start)
    csv.field(statement.contentSpan.end)
    csv.endRecord()
  }

  /// A row of `statement_speakers` or `meeting_participants`.
  private func writeTaking(
    _ id: String, _ ordinal: Int, _ taker: (name: String, entity: EntityID?),
    into csv: inout CSVWriter
  ) {
    csv.field(id)
    csv.field(ordinal)
    csv.field(taker.name)
    csv.field(NameFolding.fold(taker.name))
    csv.field(taker.entity.map { entityIDs[$0.rawValue] })
    csv.endRecord()
  }

  /// Names and the entities behind them: side by side when there is one entity per name (as
  /// the corpus builds them); otherwise the entities under their own names, then the names.
  private func pair(names: [String], entities: [EntityID]) -> [(name: String, entity: EntityID?)] {
    if names.count == entities.count {
      return zip(names, entities).map { ($0, $1) }
    }
    return entities.map { (name: corpus.entity($0).name, entity: $0) } + names.map { ($0, nil) }
  }

  /// The items without repeats, first occurrences kept in order.
  static func unique<Item: Hashable>(_ items: [Item]) -> [Item] {
    var seen = Set<Item>()
    return items.filter { seen.insert($0).inserted }
  }
}
