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
    // Each kind is asked about once, and each statement's kind read in place: a statement
    // copied whole is a retain and a release of each of its strings and arrays.
    let kept = StatementKind.allCases.map(kinds)
    return corpus.statements.withUnsafeBufferPointer { all in
      var found: [Int] = []
      if constraint == .everything {
        // No list of every number to make first.
        found.reserveCapacity(all.count)
        for id in all.indices where kept[all[id].kind.ordinal] { found.append(id) }
        return found
      }
      let ids = constraint.ids(outOf: all.count)
      found.reserveCapacity(ids.count)
      for id in ids where kept[all[Int(id)].kind.ordinal] { found.append(Int(id)) }
      return found
    }
  }
}

extension StatementKind {
  /// The kind's place in `allCases`.
  fileprivate var ordinal: Int {
    switch self {
    case .direct: 0
    case .indirect: 1
    case .belief: 2
    case .discussion: 3
    }
  }
}
