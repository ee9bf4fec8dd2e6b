/// Sentences, articles and meetings.
extension SQLTranslator {
  /// `who mentioned TOPIC`: every sentence naming the topic, in the articles the dates and
  /// `from` keep.
  func mentionSelect(_ topic: Topic, clauses: QueryClauses) throws(QueryError) -> SQLSelect {
    var select = SQLSelect(
      columns: [
        .init(expression: "a.name", name: "article"),
        .init(expression: Self.shown("a.date"), name: "date"),
        .init(expression: "sn.idx", name: "sentence", numeric: true),
        .init(expression: "sn.text", name: "text"),
      ],
      from: ["sentences sn", "JOIN articles a ON a.id = sn.article_id"])
    select.conditions = [try predicate(topic, on: .sentences)]
    select.conditions += try scopeConditions(clauses, date: "a.date")
    if let sort = clauses.sort { select.orderBy = Self.articleOrDateOrder(sort, date: "a.date") }
    select.orderBy += ["a.path", "sn.idx"]
    return select
  }

  /// `articles`: name, date, title, source and the statements the clauses keep, for the
  /// articles the dates, `from`, `mentioning` and `about` keep.
  func articleSelect(_ clauses: QueryClauses) throws(QueryError) -> SQLSelect {
    var kinds = QueryClauses()
    kinds.kinds = clauses.kinds
    var counted = try statementConditions(
      kinds, speaker: nil, pattern: nil, topic: clauses.topic)
    counted.insert("s.article_id = a.id", at: 0)
    let statements =
      "(SELECT COUNT(*) FROM statements s\n  WHERE "
      + counted.map { Self.indented($0) }.joined(separator: "\n    AND ") + ")"
    var select = SQLSelect(
      columns: [
        .init(expression: "a.name", name: "article"),
        .init(expression: Self.shown("a.date"), name: "date"),
        .init(expression: "a.title", name: "title"),
        .init(expression: "COALESCE(a.source, '')", name: "source"),
        .init(expression: Self.indented(statements), name: "statements", numeric: true),
      ],
      from: ["articles a"])
    select.conditions = try scopeConditions(clauses, date: "a.date")
    if let name = clauses.mentioning {
      select.conditions.append(try predicate(.name(name), on: .articles))
    }
    if clauses.topic != nil { select.conditions.append(statements + " > 0") }
    if let sort = clauses.sort {
      let descending = sort.descending
      switch sort.key {
      case .statements: select.orderBy = [statements + (descending ? " DESC" : "")]
      case .date: select.orderBy = Self.nullsLast("a.date", descending: descending)
      case .source: select.orderBy = Self.nullsLast("LOWER(a.source)", descending: descending)
      default: select.orderBy = ["a.name" + (descending ? " DESC" : "")]
      }
    }
    select.orderBy.append("a.path")
    return select
  }

  /// `people`, `organizations`, `places`: name, aliases and roles in their order, mentions and
  /// articles, most mentioned first; with dates or `from`, only those found in the articles
  /// kept, `articles` counting those.
  func entitySelect(kind: EntityKind, like: QueryPattern?, clauses: QueryClauses)
    throws(QueryError) -> SQLSelect
  {
    let scope = try scopeConditions(clauses, date: "a.date")
    var articles = "(SELECT COUNT(*) FROM entity_articles ea"
    if !scope.isEmpty { articles += " JOIN articles a ON a.id = ea.article_id" }
    articles +=
      "\n  WHERE " + (["ea.entity_id = e.id"] + scope).joined(separator: "\n    AND ") + ")"
    var select = SQLSelect(
      columns: [
        .init(expression: "e.name", name: "name"),
        .init(expression: "COALESCE(alias_list.items, '')", name: "aliases"),
        .init(expression: "COALESCE(role_list.items, '')", name: "roles"),
        .init(expression: "e.mentions", name: "mentions", numeric: true),
        .init(expression: Self.indented(articles), name: "articles", numeric: true),
      ],
      from: [
        "(SELECT id, MIN(name) AS name, MIN(name_key) AS name_key, MIN(name_words) AS name_words,"
          + "\n      SUM(mentions) AS mentions"
          + "\n    FROM entities WHERE type = \(Self.literal(kind.rawValue)) GROUP BY id) e",
        "LEFT JOIN alias_lists alias_list ON alias_list.owner = e.id",
        "LEFT JOIN role_lists role_list ON role_list.owner = e.id",
      ])
    select.recursive = true
    select.ctes =
      Self.listCTEs(
        "alias", from: "aliases", owner: "entity_id", item: "alias", separator: "; ",
        distinct: true)
      + Self.listCTEs(
        "role", from: "roles", owner: "entity_id", item: "role", separator: "; ", distinct: true)
    if let like {
      guard let pattern = MarkedWords.likePattern(like.text) else {
        throw QueryError.patternNotTranslated(like.text, at: like.range)
      }
      if pattern != "%" {
        let literal = Self.literal(pattern)
        select.conditions.append(
          "(e.name_words LIKE \(literal)\n  OR EXISTS (SELECT 1 FROM aliases x "
            + "WHERE x.entity_id = e.id AND x.alias_words LIKE \(literal)))")
      }
    }
    if !scope.isEmpty { select.conditions.append(articles + " > 0") }
    let descending = clauses.sort?.descending
    switch clauses.sort?.key {
    case .name: select.orderBy = ["e.name_key" + (descending == true ? " DESC" : "")]
    case .articles: select.orderBy = [articles + (descending == true ? " DESC" : ""), "e.name_key"]
    default: select.orderBy = ["e.mentions" + (descending ?? true ? " DESC" : ""), "e.name_key"]
    }
    return select
  }

  /// `meetings [with NAME]` and `who met NAME`: participants joined by `, ` in their order
  /// (for `who met`, without the person asked about), date, place, kind and article.
  func meetingSelect(match: NameMatch?, listingOthers: Bool, clauses: QueryClauses)
    throws(QueryError) -> SQLSelect
  {
    let others = listingOthers ? match.map { "name_key NOT IN " + Self.list($0.names) } : nil
    var select = SQLSelect(
      columns: [
        .init(expression: "COALESCE(pl.items, '')", name: "participants"),
        .init(expression: Self.shown("m.date"), name: "date"),
        .init(expression: "COALESCE(m.place, '')", name: "place"),
        .init(expression: "m.kind", name: "kind"),
        .init(expression: "a.name", name: "article"),
      ],
      from: [
        "meetings m", "JOIN articles a ON a.id = m.article_id",
        "LEFT JOIN participant_lists pl ON pl.owner = m.id",
      ])
    select.recursive = true
    select.ctes = Self.listCTEs(
      "participant", from: "meeting_participants", owner: "meeting_id", item: "name",
      separator: ", ", where: others)
    if let match {
      var who: [String] = []
      if !match.entities.isEmpty { who.append("entity_id IN " + entityIDs(match.entities)) }
      if !match.written.isEmpty { who.append("name_key IN " + Self.list(match.written)) }
      select.conditions.append(
        "m.id IN (SELECT meeting_id FROM meeting_participants\n  WHERE "
          + who.joined(separator: " OR ") + ")")
    }
    select.conditions += try scopeConditions(clauses, date: "COALESCE(m.date, a.date)")
    if let sort = clauses.sort { select.orderBy = Self.articleOrDateOrder(sort, date: "COALESCE(m.date, a.date)") }
    select.orderBy += ["a.path", Self.ordinal("m.id")]
    return select
  }

  /// Three CTEs ending in `PREFIX_lists (owner, items)`: each owner's items joined in order.
  ///
  /// The `item`s of each `owner` in `table` are joined by `separator` in `ordinal` order, by
  /// recursion, which every engine has (their aggregates for it differ: `STRING_AGG`,
  /// `GROUP_CONCAT`, `LISTAGG`).
  /// `distinct` lists an item once, at its first place, as in `aliases` of several shards.
  static func listCTEs(
    _ prefix: String, from table: String, owner: String, item: String, separator: String,
    where condition: String? = nil, distinct: Bool = false
  ) -> [String] {
    let items = prefix + "_items"
    let joined = prefix + "_joined"
    let order = distinct ? "MIN(ordinal), \(item)" : "ordinal"
    return [
      """
      \(items) AS (
        SELECT \(owner) AS owner, \(item) AS item,
          ROW_NUMBER() OVER (PARTITION BY \(owner) ORDER BY \(order)) AS n
        FROM \(table)\(condition.map { " WHERE " + $0 } ?? "")\(
          distinct ? " GROUP BY \(owner), \(item)" : ""))
      """,
      """
      \(joined) (owner, n, items) AS (
        SELECT owner, n, item FROM \(items) WHERE n = 1
        UNION ALL
        SELECT j.owner, i.n, j.items || \(literal(separator)) || i.item
        FROM \(joined) j JOIN \(items) i ON i.owner = j.owner AND i.n = j.n + 1)
      """,
      """
      \(prefix)_lists AS (
        SELECT owner, items FROM \(joined) j WHERE NOT EXISTS (
          SELECT 1 FROM \(items) i WHERE i.owner = j.owner AND i.n = j.n + 1))
      """,
    ]
  }
}
