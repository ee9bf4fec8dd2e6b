/// Tables of people, organisations and places.
extension QueryEvaluator {
  static let entityColumns = ["name", "aliases", "roles", "mentions", "articles"]

  /// Entities of a kind whose name or an alias matches `like`; most mentioned first.
  static func entityTable(kind: EntityKind, like: QueryPattern?, sort: SortOrder?, corpus: Corpus)
    -> ResultTable
  {
    let pattern = like.map { TextPattern($0.text) }
    var entities = corpus.entities.filter { entity in
      entity.kind == kind && (pattern.map { p in entity.names.contains(where: p.matches) } ?? true)
    }
    entities = sorted(entities, descending: false) { NameFolding.fold($0.name) }
    switch sort?.key {
    case .name:
      if sort?.descending == true { entities.reverse() }
    case .articles:
      entities = sorted(entities, descending: sort?.descending ?? false) { $0.articles.count }
    default:
      entities = sorted(entities, descending: sort?.descending ?? true) { $0.mentions }
    }
    let rows = entities.map { entity in
      [
        entity.name, entity.aliases.joined(separator: "; "), entity.roles.joined(separator: "; "),
        String(entity.mentions), String(entity.articles.count),
      ]
    }
    return ResultTable(columns: entityColumns, rows: rows, numericColumns: [3, 4])
  }
}
