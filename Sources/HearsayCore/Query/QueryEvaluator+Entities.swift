/// Tables of people, organisations and places.
extension QueryEvaluator {
  static let entityColumns = ["name", "aliases", "roles", "mentions", "articles"]

  /// Entities of a kind whose name or an alias matches `like`; most mentioned first.
  ///
  /// With `within` (the articles dates and `from` keep), only entities found in one of those
  /// articles are listed, and `articles` counts those articles; `mentions` stays the corpus total.
  static func entityTable(
    kind: EntityKind, like: QueryPattern?, within scope: [UInt32]?, sort: SortOrder?,
    limit: Int? = nil, corpus: Corpus
  ) -> ResultTable {
    let names = corpus.words.entityNames
    var positions: [Int]
    if let like, !TextPattern(like.text).matchesEverything {
      let search = WordSearch(index: names.words)
      let pattern = TextPattern(like.text)
      // The joined names can hold a match across the ` ; `; each name is checked on its own.
      positions = search.texts(matching: pattern).map { Int($0) }.filter { position in
        corpus.entities[position].names.contains(where: pattern.matches)
      }
    } else {
      positions = Array(corpus.entities.indices)
    }
    let inScope = scope.map { Set($0.map { ArticleID(Int($0)) }) }
    // Entities are read in place, field by field: one copied whole is a retain and a release
    // of each of its strings and arrays.
    return corpus.entities.withUnsafeBufferPointer { entities in
      var listed: [(position: Int, articles: Int)] = []
      for position in positions where entities[position].kind == kind {
        let articles = inScope.map { scope in
          entities[position].articles.count { scope.contains($0) }
        }
        if articles == 0 { continue }
        listed.append((position, articles ?? entities[position].articles.count))
      }
      // Name order first, so that ties stay in it.
      func inNameOrder() { listed.sort { names.rank[$0.position] < names.rank[$1.position] } }
      switch sort?.key {
      case .name:
        inNameOrder()
        if sort?.descending == true { listed.reverse() }
      case .articles:
        inNameOrder()
        listed = sorted(listed, descending: sort?.descending ?? false) { $0.articles }
      default:
        let descending = sort?.descending ?? true
        if let limit, limit > 0, limit < listed.count {
          // Only the entities mentioned at least as often as the limit-th can make the cut.
          var mentions = listed.map { entities[$0.position].mentions }
          mentions.sort(by: descending ? (>) : (<))
          let threshold = mentions[limit - 1]
          listed.removeAll { entry in
            let count = entities[entry.position].mentions
            return descending ? count < threshold : count > threshold
          }
        }
        inNameOrder()
        listed = sorted(listed, descending: descending) { entities[$0.position].mentions }
      }
      if let limit, limit < listed.count { listed.removeSubrange(limit...) }
      let rows = listed.map { position, articles -> [String] in
        [
          entities[position].name, entities[position].aliases.joined(separator: "; "),
          entities[position].roles.joined(separator: "; "), String(entities[position].mentions),
          String(articles),
        ]
      }
      return ResultTable(columns: entityColumns, rows: rows, numericColumns: [3, 4])
    }
  }
}
