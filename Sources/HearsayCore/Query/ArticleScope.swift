/// The articles a query's date clauses and `from` keep, each nil when not given.
///
/// Dates are the articles' own: once a date clause is given, undated articles drop out.
struct ArticleScope {
  /// Articles dated within `since`…`until`, ascending.
  let dated: [UInt32]?
  /// Articles `from` keeps, ascending.
  let sourced: [UInt32]?

  init(_ clauses: QueryClauses, resolver: NameResolver) throws(QueryError) {
    let corpus = resolver.corpus
    if clauses.since != nil || clauses.until != nil {
      let first = clauses.since?.dayNumber ?? Int.min
      let last = clauses.until?.dayNumber ?? Int.max
      let days = corpus.articlesByDay
      var lo = 0
      var hi = days.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if days[mid].day < first { lo = mid + 1 } else { hi = mid }
      }
      var found: [UInt32] = []
      var index = lo
      while index < days.count, days[index].day <= last {
        found.append(UInt32(days[index].article.rawValue))
        index += 1
      }
      dated = found.sorted()
    } else {
      dated = nil
    }
    sourced = try clauses.source.map { name throws(QueryError) in try resolver.articles(from: name)
    }
  }

  /// The articles both clauses keep; nil when neither is given.
  var articles: [UInt32]? {
    switch (dated, sourced) {
    case (let a?, let b?): return IDSet.intersection(a, b)
    case (let a?, nil): return a
    case (nil, let b?): return b
    case (nil, nil): return nil
    }
  }

  /// The statements of the articles kept, ascending; nil when all are.
  func statements(in corpus: Corpus) -> [UInt32]? {
    articles.map { articles in
      IDSet.union(
        articles.map { article in
          corpus.statementsByArticle[Int(article)].map { UInt32($0.rawValue) }
        })
    }
  }

  /// The sentences (numbered across the corpus) of the articles kept, ascending; nil when all are.
  func sentences(in corpus: Corpus) -> [UInt32]? {
    articles.map { articles in
      articles.flatMap { corpus.sentenceNumbers(of: ArticleID(Int($0))).map { UInt32($0) } }
    }
  }
}
