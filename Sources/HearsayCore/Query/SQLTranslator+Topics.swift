/// Topics, dates and sources as SQL conditions.
extension SQLTranslator {
  /// What a topic is tested on: a statement `s`, a sentence `sn` or an article `a`.
  enum TopicTarget {
    case statements, sentences, articles
  }

  /// The topic as a condition on the target's row, as `TopicSearch` finds it: `and`, `or` and
  /// `not` over the conditions of its names.
  func predicate(_ topic: Topic, on target: TopicTarget) throws(QueryError) -> String {
    switch topic {
    case .name(let name): return try term(name, on: target)
    case .and(let a, let b):
      return "(" + (try predicate(a, on: target)) + "\n  AND "
        + Self.indented(try predicate(b, on: target)) + ")"
    case .or(let a, let b):
      return "(" + (try predicate(a, on: target)) + "\n  OR "
        + Self.indented(try predicate(b, on: target)) + ")"
    case .not(let a):
      return "NOT " + (try predicate(a, on: target))
    }
  }

  /// One name of a topic: a statement about one of the entities answering to it, or whose
  /// content holds it; a sentence holding it or its entity's name (or, in the entity's
  /// articles, an alias); an article with such a sentence or where the entity is found.
  private func term(_ name: QueryName, on target: TopicTarget) throws(QueryError) -> String {
    guard let like = MarkedWords.likePattern(name.text) else {
      throw QueryError.patternNotTranslated(name.text, at: name.range)
    }
    let key = NameFolding.fold(name.text)
    let lookup = name.text.contains("*") || key.isEmpty ? nil : Self.entityLookup(key)
    switch target {
    case .statements:
      var parts = ["s.content_words LIKE " + Self.literal(like)]
      if let lookup {
        parts.insert(
          "s.id IN (SELECT st.statement_id FROM statement_topics st WHERE st.entity_id IN (\n  "
            + Self.indented(lookup) + "))", at: 0)
      }
      return like == "%" ? "1 = 1" : Self.either(parts)
    case .sentences:
      return like == "%" ? "1 = 1" : sentenceTerm(like: like, key: key, lookup: lookup)
    case .articles:
      var parts = [
        "EXISTS (SELECT 1 FROM sentences sn WHERE sn.article_id = a.id\n  AND "
          + Self.indented(sentenceTerm(like: like, key: key, lookup: lookup), by: 4) + ")"
      ]
      if let lookup {
        parts.append(
          "a.id IN (SELECT article_id FROM entity_articles WHERE entity_id IN (\n  "
            + Self.indented(lookup) + "))")
      }
      return like == "%" ? "1 = 1" : Self.either(parts)
    }
  }

  /// A sentence `sn` holding the name as typed, its entity's full name, or one of its aliases
  /// in an article the entity is found in.
  private func sentenceTerm(like: String, key: String, lookup: String?) -> String {
    var parts = ["sn.text_words LIKE " + Self.literal(like)]
    if let lookup {
      parts.append(
        """
        EXISTS (SELECT 1 FROM entities e WHERE e.id IN (
            \(Self.indented(lookup, by: 4)))
          AND e.name_key <> \(Self.literal(key)) AND e.name_words <> ''
          AND sn.text_words LIKE '%' || e.name_words || '%')
        """)
      parts.append(
        """
        EXISTS (SELECT 1 FROM aliases al
            JOIN entity_articles ea ON ea.entity_id = al.entity_id
          WHERE al.entity_id IN (
            \(Self.indented(lookup, by: 4)))
          AND al.alias_key <> \(Self.literal(key)) AND al.alias_words <> ''
          AND ea.article_id = sn.article_id
          AND sn.text_words LIKE '%' || al.alias_words || '%')
        """)
    }
    return Self.either(parts)
  }

  /// `(a OR b)`, one a line.
  private static func either(_ parts: [String]) -> String {
    "(" + parts.map { indented($0) }.joined(separator: "\n  OR ") + ")"
  }

  /// The ids of the entities answering to a folded name: by name or by alias.
  static func entityLookup(_ key: String) -> String {
    "SELECT id FROM entities WHERE name_key = \(literal(key))\n"
      + "UNION SELECT entity_id FROM aliases WHERE alias_key = \(literal(key))"
  }

  /// The ids of the entities every name of the topic answers to (`not` or not), or nil.
  func entityLookup(namesIn topic: Topic) -> String? {
    var keys: [String] = []
    func collect(_ topic: Topic) {
      switch topic {
      case .name(let name):
        let key = NameFolding.fold(name.text)
        if !name.text.contains("*"), !key.isEmpty, !keys.contains(key) { keys.append(key) }
      case .and(let a, let b), .or(let a, let b):
        collect(a)
        collect(b)
      case .not(let a): collect(a)
      }
    }
    collect(topic)
    guard !keys.isEmpty else { return nil }
    return keys.map(Self.entityLookup).joined(separator: "\nUNION ")
  }

  // MARK: Dates and sources

  /// The conditions of the date clauses on `date`, and of `from` on the article `a`.
  func scopeConditions(_ clauses: QueryClauses, date: String) throws(QueryError) -> [String] {
    var conditions: [String] = []
    if let since = clauses.since, let until = clauses.until {
      conditions.append(
        "\(date) BETWEEN \(Self.literal(since.description)) AND \(Self.literal(until.description))")
    } else if let since = clauses.since {
      conditions.append("\(date) >= " + Self.literal(since.description))
    } else if let until = clauses.until {
      conditions.append("\(date) <= " + Self.literal(until.description))
    }
    if let source = clauses.source {
      conditions.append(try sourceCondition(source))
    }
    return conditions
  }

  /// `from SOURCE`: the source credits and folders of the loaded articles it names, written
  /// out as they are spelled (the same error as hearsay's when none is).
  private func sourceCondition(_ name: QueryName) throws(QueryError) -> String {
    _ = try resolver.articles(from: name)
    let folded = NameFolding.fold(name.text)
    let pattern = TextPattern(name.text)
    var sources: Set<String> = []
    for (key, entry) in corpus.articlesBySource
    where key == folded || pattern.matches(folded: Array(key.utf8)) {
      for article in entry.articles {
        if let source = corpus.article(article).source { sources.insert(source) }
      }
    }
    var folders: Set<String> = []
    for article in corpus.articles {
      for folder in article.path.split(separator: "/").dropLast()
      where folder != "." && folder != ".." && NameFolding.fold(String(folder)) == folded {
        folders.insert(String(folder))
      }
    }
    var parts: [String] = []
    if !sources.isEmpty { parts.append("a.source IN " + Self.list(sources)) }
    for folder in folders.sorted() {
      parts.append("'/' || a.path LIKE " + Self.literal("%/" + folder + "/%"))
    }
    return parts.count == 1 ? parts[0] : "(" + parts.joined(separator: "\n  OR ") + ")"
  }
}
