/// Answers a `Topic` from the corpus's indexes, as the statements, sentences or articles it
/// holds for.
///
/// A name holds for a statement the extractor found to be about one of the name's entities, or
/// whose content holds the name as typed (a phrase, `*` allowed). For sentences, a name holds
/// where the name as typed or its entity's full name occurs, or, within the articles the entity
/// is found in, one of its aliases ("Wang" for Wang Yi, "Russian" for Russia). An article holds a
/// name when one of its sentences does or the entity is found in it. `and`, `or` and `not` work
/// on these sets; `not` means all the others.
struct TopicSearch {
  let resolver: NameResolver
  private var corpus: Corpus { resolver.corpus }

  /// The statements the topic holds for.
  func statements(_ topic: Topic) -> IDSet {
    evaluate(topic) { name in
      let entities = entities(named: name)
      let indexed = entities.map { entity in
        (corpus.statementsByTopic[entity.id] ?? []).map { UInt32($0.rawValue) }
      }
      return IDSet.union(indexed + [statementSearch.texts(matching: TextPattern(name.text))])
    }
  }

  /// The sentences (numbered across the corpus, `Corpus.sentenceStarts`) the topic holds for.
  func sentences(_ topic: Topic) -> IDSet {
    evaluate(topic) { name in sentences(naming: name) }
  }

  /// The articles the topic holds for.
  func articles(_ topic: Topic) -> IDSet {
    evaluate(topic) { name in
      let known = IDSet.union(
        entities(named: name).map { $0.articles.map { UInt32($0.rawValue) }.sorted() })
      var articles: [UInt32] = []
      let starts = corpus.sentenceStarts
      var article = 0
      // The entity's own articles hold the name already: their sentences are not searched.
      for number in sentences(naming: name, outside: known) {
        // Sentence numbers ascend, so the article holding each is at or after the last one's.
        while article + 1 < starts.count - 1, starts[article + 1] <= Int(number) { article += 1 }
        if articles.last != UInt32(article) { articles.append(UInt32(article)) }
      }
      return IDSet.union(articles, known)
    }
  }

  /// The entities the topic's names stand for, `not` or not.
  func entities(in topic: Topic) -> Set<EntityID> {
    switch topic {
    case .name(let name): return Set(entities(named: name).map(\.id))
    case .and(let a, let b), .or(let a, let b): return entities(in: a).union(entities(in: b))
    case .not(let a): return entities(in: a)
    }
  }

  private func evaluate(_ topic: Topic, term: (QueryName) -> [UInt32]) -> IDSet {
    switch topic {
    case .name(let name): return .only(term(name))
    case .and(let a, let b): return evaluate(a, term: term) && evaluate(b, term: term)
    case .or(let a, let b): return evaluate(a, term: term) || evaluate(b, term: term)
    case .not(let a): return !evaluate(a, term: term)
    }
  }

  private func entities(named name: QueryName) -> [Entity] {
    name.text.contains("*") ? [] : corpus.entities(named: name.text)
  }

  /// The sentences naming `name`, but for those of the articles `skipped` (ascending), which
  /// are not searched: `articles` needs no sentence of an article it keeps anyway.
  private func sentences(naming name: QueryName, outside skipped: [UInt32] = []) -> [UInt32] {
    let typed = NameFolding.fold(name.text)
    let excluded = sentenceNumbers(of: skipped.map { ArticleID(Int($0)) })
    let search = sentenceSearch
    var found = search.texts(matching: TextPattern(name.text), excluding: excluded)
    for entity in entities(named: name) {
      if NameFolding.fold(entity.name) != typed {
        found = IDSet.union(
          found, search.texts(matching: TextPattern(entity.name), excluding: excluded))
      }
      let aliases = Set(entity.aliases.map(NameFolding.fold)).subtracting([typed])
      guard !aliases.isEmpty else { continue }
      let within = IDSet.subtracting(sentenceNumbers(of: entity.articles), excluded)
      guard !within.isEmpty else { continue }
      // Words first, found from the index alone; then phrases, each confirmed in a sentence's
      // text, but not in the sentences found already ("U.S.A." after "U.S.", "US").
      let patterns = aliases.sorted().filter { !$0.isEmpty }.map(TextPattern.init)
      for pattern in patterns.filter(\.isOneWord) + patterns.filter({ !$0.isOneWord }) {
        let unseen = pattern.isOneWord ? [] : [found]
        found = IDSet.union(
          found, search.texts(matching: pattern, within: within, excluding: unseen))
      }
    }
    return found
  }

  /// The numbers of all the sentences of the articles, ascending.
  private func sentenceNumbers(of articles: [ArticleID]) -> [UInt32] {
    var ordered = articles.map(\.rawValue)
    ordered.sort()
    var numbers: [UInt32] = []
    var previous = -1
    for article in ordered where article != previous {
      previous = article
      let range = corpus.sentenceNumbers(of: ArticleID(article))
      numbers.append(contentsOf: UInt32(range.lowerBound)..<UInt32(range.upperBound))
    }
    return numbers
  }

  private var statementSearch: WordSearch { WordSearch(index: corpus.words.statements) }

  private var sentenceSearch: WordSearch { WordSearch(index: corpus.words.sentences) }
}
