/// The statements a statement query keeps, found from the indexes: the speaker's statements,
/// those matching the pattern and the topic, those of the articles in the dates and `from`,
/// intersected, then narrowed by kind.
struct StatementSelection {
  let kinds: (StatementKind) -> Bool
  private let constraint: IDSet

  /// Resolves the speaker and `from`, and finds the statements each clause keeps.
  ///
  /// `kinds` are the kinds kept when the clauses name none: speech (direct and indirect) for
  /// every form but `who discussed`. Throws for a speaker or source no one answers to.
  init(
    _ clauses: QueryClauses, speaker: QueryName?, pattern: QueryPattern?, topic: Topic?,
    kinds defaultKinds: @escaping (StatementKind) -> Bool = { $0.isSpeech }, resolver: NameResolver
  ) throws(QueryError) {
    let corpus = resolver.corpus
    if let choice = clauses.kinds {
      kinds = choice.includes
    } else {
      kinds = defaultKinds
    }
    var constraint = IDSet.everything
    if let speaker {
      let match = try resolver.speaker(speaker)
      constraint = constraint && .only(resolver.statements(of: match))
    }
    if let scoped = try ArticleScope(clauses, resolver: resolver).statements(in: corpus) {
      constraint = constraint && .only(scoped)
    }
    if let pattern, !TextPattern(pattern.text).matchesEverything {
      let search = WordSearch(index: corpus.words.statements)
      constraint = constraint && .only(search.texts(matching: TextPattern(pattern.text)))
    }
    if let topic {
      constraint = constraint && TopicSearch(resolver: resolver).statements(topic)
    }
    self.constraint = constraint
  }

  /// The positions of the statements kept in `corpus.statements`, in corpus order.
  func statements(in corpus: Corpus) -> [Int] {
    let all = corpus.statements
    return constraint.ids(outOf: all.count).lazy.map { Int($0) }.filter { kinds(all[$0].kind) }
  }
}
