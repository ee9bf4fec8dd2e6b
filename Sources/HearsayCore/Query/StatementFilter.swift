/// What a speech query keeps of the corpus's statements: kind, dates, speaker, pattern, topic.
struct StatementFilter {
  let clauses: QueryClauses
  let speaker: NameMatch?
  let pattern: TextPattern?
  let topic: TopicMatcher?

  init(
    _ clauses: QueryClauses, speaker: QueryName?, pattern: QueryPattern?, resolver: NameResolver
  ) throws(QueryError) {
    self.clauses = clauses
    self.speaker = try speaker.map { name throws(QueryError) in try resolver.speaker(name) }
    self.pattern = pattern.map { TextPattern($0.text) }.flatMap { $0.matchesEverything ? nil : $0 }
    topic = clauses.topic.map { TopicMatcher($0, resolver: resolver) }
  }

  /// The statements kept, in corpus order.
  func statements(in corpus: Corpus) -> [Statement] {
    corpus.statements.filter { keeps($0, in: corpus) }
  }

  /// Cheap tests first; the content is folded only when a pattern or topic needs it.
  func keeps(_ statement: Statement, in corpus: Corpus) -> Bool {
    guard clauses.kinds?.includes(statement.kind) ?? statement.kind.isSpeech,
      QueryEvaluator.date(corpus.article(statement.article).date, fits: clauses)
    else { return false }
    if let speaker,
      !speaker.matches(
        entities: statement.speakerEntities, names: [statement.speaker] + statement.speakers)
    {
      return false
    }
    guard pattern != nil || topic != nil else { return true }
    let content = TextPattern.fold(statement.content)
    if let pattern, !pattern.matches(folded: content) { return false }
    if let topic, !topic.matches(statement.id, content: content) { return false }
    return true
  }
}
