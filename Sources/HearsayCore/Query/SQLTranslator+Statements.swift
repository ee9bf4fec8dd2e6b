/// Statement lists, counts and rankings over `statements s JOIN articles a`.
extension SQLTranslator {
  static let statementFrom = ["statements s", "JOIN articles a ON a.id = s.article_id"]

  /// `who said`, `what did … say`, `statements`, `who discussed`: hearsay's statement columns,
  /// in article order unless sorted.
  func statementList(
    _ clauses: QueryClauses, speaker: QueryName? = nil, pattern: QueryPattern? = nil,
    topic: Topic?, kinds: [StatementKind] = [.direct, .indirect]
  ) throws(QueryError) -> SQLSelect {
    var columns: [SQLSelect.Column] = [
      .init(expression: "s.speaker", name: "speaker"), .init(expression: "s.cue", name: "cue"),
      .init(expression: "s.content", name: "statement"),
      .init(expression: "a.name", name: "article"),
      .init(expression: Self.shown("a.date"), name: "date"),
    ]
    if clauses.spans {
      func span(_ part: String) -> String {
        "CAST(s.\(part)_start AS VARCHAR(12)) || '-' || CAST(s.\(part)_end AS VARCHAR(12))"
      }
      columns += [
        .init(expression: "s.kind", name: "kind"),
        .init(expression: "s.as_written", name: "as_written"),
        .init(expression: "s.sentence", name: "sentence", numeric: true),
        .init(expression: "COALESCE(\(span("source")), '')", name: "source_span"),
        .init(expression: span("cue"), name: "cue_span"),
        .init(expression: span("content"), name: "content_span"),
      ]
    }
    var select = SQLSelect(columns: columns, from: Self.statementFrom)
    select.conditions = try statementConditions(
      clauses, speaker: speaker, pattern: pattern, topic: topic, kinds: kinds)
    if let sort = clauses.sort {
      switch sort.key {
      case .date: select.orderBy = Self.nullsLast("a.date", descending: sort.descending)
      case .speaker: select.orderBy = ["LOWER(s.speaker)" + (sort.descending ? " DESC" : "")]
      case .cue: select.orderBy = ["LOWER(s.cue)" + (sort.descending ? " DESC" : "")]
      default: select.orderBy = ["a.name" + (sort.descending ? " DESC" : "")]
      }
    }
    select.orderBy += ["a.path", Self.ordinal("s.id")]
    return select
  }

  /// The conditions a statement query puts on `s` and `a`: kinds, speaker, dates, source,
  /// pattern and topic, as `StatementSelection` applies them.
  func statementConditions(
    _ clauses: QueryClauses, speaker: QueryName?, pattern: QueryPattern?, topic: Topic?,
    kinds defaultKinds: [StatementKind] = [.direct, .indirect]
  ) throws(QueryError) -> [String] {
    var conditions: [String] = []
    let kinds =
      clauses.kinds.map { choice in StatementKind.allCases.filter(choice.includes) }
      ?? defaultKinds
    if kinds.count == 1 {
      conditions.append("s.kind = " + Self.literal(kinds[0].rawValue))
    } else if kinds.count < StatementKind.allCases.count {
      conditions.append("s.kind IN " + Self.list(kinds.map(\.rawValue)))
    }
    if let speaker {
      conditions.append(spokenBy(try resolver.speaker(speaker)))
    }
    conditions += try scopeConditions(clauses, date: "a.date")
    if let pattern, let condition = try patternCondition(pattern) {
      conditions.append(condition)
    }
    if let topic {
      conditions.append(try predicate(topic, on: .statements))
    }
    return conditions
  }

  /// The statements whose speakers include the match's entities or names as written.
  private func spokenBy(_ match: NameMatch) -> String {
    var who: [String] = []
    if !match.entities.isEmpty { who.append("sp.entity_id IN " + entityIDs(match.entities)) }
    if !match.written.isEmpty { who.append("sp.name_key IN " + Self.list(match.written)) }
    var condition =
      "s.id IN (SELECT sp.statement_id FROM statement_speakers sp\n  WHERE "
      + who.joined(separator: " OR ") + ")"
    if !match.written.isEmpty {
      condition =
        "(" + condition + "\n  OR LOWER(s.as_written) IN " + Self.list(match.written) + ")"
    }
    return condition
  }

  /// The stable ids of entities, as an SQL list.
  func entityIDs(_ entities: Set<EntityID>) -> String {
    Self.list(
      entities.map { id in
        let entity = corpus.entity(id)
        return StableID.entity(kind: entity.kind, name: entity.name)
      })
  }

  /// `s.content_words LIKE …`, nil for a pattern matching anything.
  private func patternCondition(_ pattern: QueryPattern) throws(QueryError) -> String? {
    guard let like = MarkedWords.likePattern(pattern.text) else {
      throw QueryError.patternNotTranslated(pattern.text, at: pattern.range)
    }
    return like == "%" ? nil : "s.content_words LIKE " + Self.literal(like)
  }

  // MARK: Counts

  /// `count statements [by GROUP]`: one total, or a count per group ordered as hearsay orders
  /// them (most first; by month, in month order).
  func countSelect(_ clauses: QueryClauses) throws(QueryError) -> SQLSelect {
    let conditions = try statementConditions(
      clauses, speaker: clauses.speaker, pattern: nil, topic: clauses.topic)
    guard let group = clauses.group else {
      var select = SQLSelect(
        columns: [.init(expression: "COUNT(*)", name: "statements", numeric: true)],
        from: Self.statementFrom)
      select.conditions = conditions
      return select
    }
    var (select, key) = grouped(by: group, conditions: conditions, excluding: nil)
    let byKey = clauses.sort.map { $0.key != .count } ?? (group == .month)
    let descending = clauses.sort?.descending ?? (group != .month)
    select.orderBy =
      byKey
      ? ["CASE WHEN \(key) = '' THEN 1 ELSE 0 END", key + (descending ? " DESC" : "")]
      : ["COUNT(*)" + (descending ? " DESC" : ""), key]
    return select
  }

  /// `top N speakers|topics`: the N with most statements, ties by name; topics named in
  /// `about` left out.
  func topSelect(_ clauses: QueryClauses, subject: TopSubject, count: Int)
    throws(QueryError) -> SQLSelect
  {
    let conditions = try statementConditions(
      clauses, speaker: clauses.speaker, pattern: nil, topic: clauses.topic)
    let excluded = clauses.topic.flatMap { entityLookup(namesIn: $0) }
    var (select, key) = grouped(
      by: subject == .speakers ? .speaker : .topic, conditions: conditions, excluding: excluded)
    select.orderBy = ["COUNT(*) DESC", key]
    select.limit = count
    return select
  }

  /// Each entity's name, once however many shards' exports found it.
  static let entityNames = "(SELECT id, MIN(name) AS name FROM entities GROUP BY id)"

  /// Statements counted per group, and the group's key expression.
  ///
  /// Speakers count as hearsay counts them: a statement's one entity, or all its entities when
  /// every speaker has one, else its names; each once a statement, named by the entity's name.
  private func grouped(by group: GroupKey, conditions: [String], excluding: String?)
    -> (SQLSelect, key: String)
  {
    let count = SQLSelect.Column(expression: "COUNT(*)", name: "statements", numeric: true)
    switch group {
    case .speaker:
      var rows = SQLSelect(
        columns: [
          .init(expression: "COALESCE(sp.entity_id, sp.name)", name: "who"),
          .init(expression: "COALESCE(e.name, sp.name)", name: "name"),
        ],
        from: Self.statementFrom + [
          "JOIN statement_speakers sp ON sp.statement_id = s.id",
          "JOIN speaker_counts sc ON sc.statement_id = s.id",
          "LEFT JOIN \(Self.entityNames) e ON e.id = sp.entity_id",
        ])
      let kept = excluding.map { "sp.entity_id NOT IN (\n    " + Self.indented($0, by: 4) + ")" }
      rows.conditions =
        conditions + [
          """
          CASE WHEN sc.entities = 1 THEN sp.entity_id IS NOT NULL
            WHEN sc.entities = sc.names THEN \(kept ?? "sp.entity_id IS NOT NULL")
            ELSE sp.entity_id IS NULL END
          """
        ]
      let distinct =
        "SELECT DISTINCT s.id AS statement_id,\n  " + rows.core().dropFirst("SELECT ".count)
      var select = SQLSelect(
        columns: [.init(expression: "w.name", name: "speaker"), count],
        from: ["(" + Self.indented(distinct, by: 2) + ") w"])
      select.ctes = [
        """
        speaker_counts AS (
          SELECT statement_id, COUNT(entity_id) AS entities, COUNT(*) AS names
          FROM statement_speakers GROUP BY statement_id)
        """
      ]
      select.groupBy = ["w.name"]
      return (select, "w.name")
    case .topic:
      var select = SQLSelect(
        columns: [.init(expression: "e.name", name: "topic"), count],
        from: Self.statementFrom + [
          "JOIN statement_topics t ON t.statement_id = s.id",
          "JOIN \(Self.entityNames) e ON e.id = t.entity_id",
        ])
      select.conditions =
        conditions
        + (excluding.map { ["t.entity_id NOT IN (\n  " + Self.indented($0) + ")"] } ?? [])
      select.groupBy = ["e.name"]
      return (select, "e.name")
    case .cue, .kind, .month, .source, .article:
      let key: String
      switch group {
      case .cue: key = "LOWER(s.cue)"
      case .kind: key = "s.kind"
      case .month: key = "COALESCE(SUBSTR(CAST(a.date AS VARCHAR(10)), 1, 7), '')"
      case .source: key = "COALESCE(a.source, '')"
      default: key = "a.name"
      }
      var select = SQLSelect(
        columns: [.init(expression: key, name: group.rawValue), count], from: Self.statementFrom)
      select.conditions = conditions
      select.groupBy = [key]
      return (select, key)
    }
  }
}
