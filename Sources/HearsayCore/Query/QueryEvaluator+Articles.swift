/// The table of articles.
extension QueryEvaluator {
  static let articleColumns = ["article", "date", "title", "source", "statements"]

  /// One row per article the clauses keep: name, date, title, source and how many of its
  /// statements the statement clauses keep (speech, unless `kind` says otherwise; with `about`,
  /// only those about the topic, and only articles with one).
  static func articleTable(clauses: QueryClauses, resolver: NameResolver) throws(QueryError)
    -> ResultTable
  {
    let corpus = resolver.corpus
    var kept = IDSet.everything
    if let scoped = try ArticleScope(clauses, resolver: resolver).articles {
      kept = kept && .only(scoped)
    }
    if let name = clauses.mentioning {
      kept = kept && .only(try articles(mentioning: name, resolver: resolver))
    }
    var counts: [Int: Int]?
    if let topic = clauses.topic {
      let selection = try StatementSelection(
        clauses, speaker: nil, pattern: nil, topic: topic, resolver: resolver)
      var byArticle: [Int: Int] = [:]
      for statement in selection.statements(in: corpus) {
        byArticle[corpus.statements[statement].article.rawValue, default: 0] += 1
      }
      counts = byArticle
      kept = kept && .only(byArticle.keys.map { UInt32($0) }.sorted())
    }
    let choice = clauses.kinds
    let kinds: (StatementKind) -> Bool = { choice?.includes($0) ?? $0.isSpeech }
    // Articles and statements are read in place, field by field: one copied whole is a retain
    // and a release of each of its strings and arrays.
    var articles = kept.ids(outOf: corpus.articles.count).map { Int($0) }
    let statementCounts = corpus.statements.withUnsafeBufferPointer { all in
      articles.map { article in
        counts?[article]
          ?? corpus.statementsByArticle[article].count { kinds(all[$0.rawValue].kind) }
      }
    }
    let counted = Dictionary(uniqueKeysWithValues: zip(articles, statementCounts))
    corpus.articles.withUnsafeBufferPointer { all in
      if let sort = clauses.sort {
        switch sort.key {
        case .statements:
          articles = sorted(articles, descending: sort.descending) { counted[$0] }
        default:
          articles = sorted(articles, descending: sort.descending) { article -> String? in
            switch sort.key {
            case .date: return all[article].date?.description
            case .source: return all[article].source.map(NameFolding.fold)
            default: return corpus.articleNames[article]
            }
          }
        }
      }
    }
    let rows = corpus.articles.withUnsafeBufferPointer { all in
      articles.map { article -> [String] in
        [
          corpus.articleNames[article], corpus.articleDates[article], all[article].title,
          all[article].source ?? "", String(counted[article] ?? 0),
        ]
      }
    }
    return ResultTable(
      columns: articleColumns, rows: rows, numericColumns: [4],
      rowSources: corpus.articles.withUnsafeBufferPointer { all in
        articles.map { article in
          all[article].sentences.isEmpty ? nil : RowSource(article: ArticleID(article), sentence: 0)
        }
      })
  }

  /// The articles an entity of that name is found in, or whose text holds the name.
  private static func articles(mentioning name: QueryName, resolver: NameResolver)
    throws(QueryError) -> [UInt32]
  {
    let found = TopicSearch(resolver: resolver).articles(.name(name)).ids(outOf: 0)
    guard found.isEmpty else { return found }
    let corpus = resolver.corpus
    throw QueryError.unmentioned(
      name,
      suggestions: Suggestions.nearest(to: name.text, among: corpus.entities.map(\.name).sorted()))
  }
}
