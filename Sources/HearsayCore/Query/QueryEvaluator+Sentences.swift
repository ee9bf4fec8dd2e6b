/// Tables of sentences: `who mentioned`, `show` and `context`.
extension QueryEvaluator {
  static let mentionColumns = ["article", "date", "sentence", "text"]
  static let showColumns = ["sentence", "text", "statements"]
  static let contextColumns = ["article", "sentence", "focus", "text", "statements"]
  /// How many sentences `context` shows on each side of the row's own.
  static let contextReach = 2

  /// Every sentence that mentions the topic, statement or not, in the articles the dates and
  /// `from` keep: article, date, sentence index (from 0) and text.
  static func mentionTable(_ topic: Topic, clauses: QueryClauses, resolver: NameResolver)
    throws(QueryError) -> ResultTable
  {
    let corpus = resolver.corpus
    var found = TopicSearch(resolver: resolver).sentences(topic)
    if let scoped = try ArticleScope(clauses, resolver: resolver).sentences(in: corpus) {
      found = found && .only(scoped)
    }
    var sentences = found.ids(outOf: corpus.sentenceCount).map {
      corpus.sentence(numbered: Int($0))
    }
    if let sort = clauses.sort {
      sentences = sorted(sentences, descending: sort.descending) { sentence -> String? in
        sort.key == .article
          ? corpus.articleNames[sentence.article.rawValue]
          : corpus.article(sentence.article).date?.description
      }
    }
    return ResultTable(
      columns: mentionColumns, lazy: SentenceRows(corpus: corpus, sentences: sentences),
      numericColumns: [2],
      rowSources: sentences.map { RowSource(article: $0.article, sentence: $0.index) })
  }

  /// The rows of a `who mentioned` table, read from the corpus when rendered.
  struct SentenceRows: LazyRows {
    let corpus: Corpus
    let sentences: [(article: ArticleID, index: Int)]

    var count: Int { sentences.count }
    var columns: Int { 4 }

    func cell(_ row: Int, _ column: Int) -> String {
      let (article, index) = sentences[row]
      switch column {
      case 0: return corpus.articleNames[article.rawValue]
      case 1: return corpus.articleDates[article.rawValue]
      case 2: return String(index)
      case 3: return corpus.articles[article.rawValue].sentences[index].text
      default: return ""
      }
    }

    func appendCell(_ row: Int, _ column: Int, to bytes: inout [UInt8]) {
      let (article, index) = sentences[row]
      switch column {
      case 0: RenderBuffer.append(corpus.articleNames[article.rawValue], to: &bytes)
      case 1: RenderBuffer.append(corpus.articleDates[article.rawValue], to: &bytes)
      case 3: corpus.articles[article.rawValue].sentences[index].appendText(to: &bytes)
      default: RenderBuffer.append(cell(row, column), to: &bytes)
      }
    }

    /// `appendCell`, with the corpus's arrays taken hold of once for all the cells written.
    func withCellWriter<Result>(_ body: (CellWriter) -> Result) -> Result {
      let names = corpus.articleNames
      let dates = corpus.articleDates
      return corpus.articles.withUnsafeBufferPointer { articles in
        sentences.withUnsafeBufferPointer { sentences in
          body { row, column, bytes in
            let (article, index) = sentences[row]
            switch column {
            case 0: RenderBuffer.append(names[article.rawValue], to: &bytes)
            case 1: RenderBuffer.append(dates[article.rawValue], to: &bytes)
            case 2: KeyCountRows.appendDecimal(index, to: &bytes)
            case 3: articles[article.rawValue].sentences[index].appendText(to: &bytes)
            default: RenderBuffer.append(cell(row, column), to: &bytes)
            }
          }
        }
      }
    }
  }

  /// One row per sentence of the article: its index, its text with the content of every
  /// statement in it between `«` and `»`, and the statements whose cue it holds, as
  /// `Speaker cue (kind)` joined by `; `.
  static func showTable(_ article: Article, corpus: Corpus) -> ResultTable {
    let rows = article.sentences.map { sentenceRow($0, of: article, corpus: corpus) }
    return ResultTable(
      columns: showColumns, rows: rows, numericColumns: [0],
      rowSources: article.sentences.map { RowSource(article: article.id, sentence: $0.index) })
  }

  /// The sentence behind a row and up to `contextReach` on each side, marked as `show` marks
  /// them, the row's own with `*` under `focus`.
  static func contextTable(around source: RowSource, corpus: Corpus) -> ResultTable {
    guard corpus.articles.indices.contains(source.article.rawValue) else {
      return ResultTable(columns: contextColumns, rows: [])
    }
    let article = corpus.article(source.article)
    let lower = max(0, source.sentence - contextReach)
    let upper = min(article.sentences.count, source.sentence + contextReach + 1)
    let shown = lower < upper ? Array(article.sentences[lower..<upper]) : []
    let rows = shown.map { sentence -> [String] in
      let row = sentenceRow(sentence, of: article, corpus: corpus)
      return [corpus.articleNames[article.id.rawValue], row[0]]
        + [sentence.index == source.sentence ? "*" : ""] + row[1...]
    }
    return ResultTable(
      columns: contextColumns, rows: rows, numericColumns: [1],
      rowSources: shown.map { RowSource(article: article.id, sentence: $0.index) })
  }

  /// `[index, marked text, statements]` for one sentence.
  private static func sentenceRow(_ sentence: Sentence, of article: Article, corpus: Corpus)
    -> [String]
  {
    let statements = corpus.statementsByArticle[article.id.rawValue].map(corpus.statement)
    var marks: [(offset: Int, text: String)] = []
    for statement in statements where statement.contentSpan.overlaps(sentence.span) {
      let span = statement.contentSpan
      marks.append((max(span.start, sentence.span.start) - sentence.span.start, "«"))
      marks.append((min(span.end, sentence.span.end) - sentence.span.start, "»"))
    }
    // At one offset, closing marks go before opening ones.
    marks.sort { ($0.offset, $0.text == "«" ? 1 : 0) < ($1.offset, $1.text == "«" ? 1 : 0) }
    var text = ""
    var next = 0
    for (offset, scalar) in sentence.text.unicodeScalars.enumerated() {
      while next < marks.count, marks[next].offset <= offset {
        text += marks[next].text
        next += 1
      }
      text.unicodeScalars.append(scalar)
    }
    for mark in marks[next...] { text += mark.text }
    let cued = statements.filter { $0.sentence == sentence.index }.map {
      "\(speakerName(of: $0)) \($0.cue) (\($0.kind.rawValue))"
    }
    return [String(sentence.index), text, cued.joined(separator: "; ")]
  }
}
