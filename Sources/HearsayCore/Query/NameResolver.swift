/// Finds who or what a name in a query stands for.
///
/// A name means the entities answering to it (names, aliases and demonyms, folded), or, for
/// speakers and participants the extractor left without an entity, the names as written. It is an
/// error when no one answers, or when several speakers do.
struct NameResolver {
  let corpus: Corpus

  /// The statements' speakers a name means.
  ///
  /// Entities that speak somewhere are preferred to those that do not; of several that speak,
  /// one whose full name was typed wins, else the name is ambiguous.
  func speaker(_ name: QueryName) throws(QueryError) -> NameMatch {
    let corpus = corpus
    return try resolve(
      name, activity: { corpus.statementsBySpeaker[$0]?.count ?? 0 },
      isWritten: { corpus.statementsBySpeakerName[$0] != nil },
      writtenNames: { corpus.statementsBySpeakerName.values.map(\.name) })
  }

  /// The meeting participants a name means, chosen the way `speaker(_:)` chooses.
  func participant(_ name: QueryName) throws(QueryError) -> NameMatch {
    let corpus = corpus
    return try resolve(
      name, activity: { corpus.meetingsByParticipant[$0]?.count ?? 0 },
      isWritten: { corpus.meetingsByParticipantName[$0] != nil },
      writtenNames: { corpus.meetingsByParticipantName.values.map(\.name) })
  }

  /// The entities a topic name means; none is no error, as topics also match words.
  func topicEntities(_ text: String) -> [EntityID] {
    corpus.entities(named: text).map(\.id)
  }

  /// The statements a speaker match stands for, ascending.
  func statements(of match: NameMatch) -> [UInt32] {
    var lists: [[UInt32]] = match.entities.map { entity in
      (corpus.statementsBySpeaker[entity] ?? []).map { UInt32($0.rawValue) }
    }
    for name in match.written {
      lists.append(
        (corpus.statementsBySpeakerName[name]?.statements ?? []).map { UInt32($0.rawValue) })
    }
    return IDSet.union(lists)
  }

  /// The articles `from SOURCE` keeps, ascending: those whose source credit or publisher holds
  /// the words typed (`from Xinhua` keeps "Xinhua-Global Times"), or with a folder of that name
  /// in their path (`from bbc`, `from business`).
  func articles(from source: QueryName) throws(QueryError) -> [UInt32] {
    let folded = NameFolding.fold(source.text)
    let pattern = TextPattern(source.text)
    var lists: [[UInt32]] = []
    for (key, entry) in corpus.articlesBySource
    where key == folded || pattern.matches(folded: Array(key.utf8)) {
      lists.append(entry.articles.map { UInt32($0.rawValue) })
    }
    if let folder = corpus.articlesByFolder[folded] {
      lists.append(folder.articles.map { UInt32($0.rawValue) })
    }
    let found = IDSet.union(lists)
    guard found.isEmpty else { return found }
    let known =
      (corpus.articlesBySource.values.map(\.name)
      + corpus.articlesByFolder.values.map(\.name)).sorted()
    throw QueryError.unknownSource(
      source, suggestions: Suggestions.nearest(to: source.text, among: known))
  }

  /// The entities, or names as written, that a speaker or participant name stands for.
  ///
  /// Entities of one name count as one candidate. Of several, the one whose full name was typed
  /// wins when it is quoted or none of the others is more active; otherwise the name is
  /// ambiguous, and the message lists the candidates most active first.
  private func resolve(
    _ name: QueryName, activity: (EntityID) -> Int, isWritten: (String) -> Bool,
    writtenNames: () -> [String]
  ) throws(QueryError) -> NameMatch {
    let folded = NameFolding.fold(name.text)
    var candidates = corpus.entities(named: name.text)
    let active = candidates.filter { activity($0.id) > 0 }
    if !active.isEmpty { candidates = active }
    var groups: [(name: String, entities: [Entity], activity: Int)] = []
    for entity in candidates {
      let key = NameFolding.fold(entity.name)
      if let at = groups.firstIndex(where: { NameFolding.fold($0.name) == key }) {
        groups[at].entities.append(entity)
        groups[at].activity += activity(entity.id)
      } else {
        groups.append((entity.name, [entity], activity(entity.id)))
      }
    }
    if groups.count > 1 {
      let exact = groups.first { NameFolding.fold($0.name) == folded }
      let busiest = groups.map(\.activity).max() ?? 0
      if let exact, name.quoted || exact.activity >= busiest {
        candidates = exact.entities
      } else if !active.isEmpty {
        let ranked = groups.enumerated().sorted {
          ($1.element.activity, $0.offset) < ($0.element.activity, $1.offset)
        }.map(\.element.name)
        throw QueryError.ambiguousName(name, candidates: ranked, exactAlso: exact != nil)
      }
    }
    let names = Set(candidates.map { NameFolding.fold($0.name) }).union([folded])
    let match = NameMatch(
      entities: Set(candidates.map(\.id)), names: names,
      written: names.filter(isWritten))
    guard match.entities.isEmpty && match.written.isEmpty else { return match }
    let known = corpus.entities.filter { activity($0.id) > 0 }
    throw QueryError.unknownName(
      name,
      suggestions: suggestions(
        for: name.text, entities: known, written: writtenNames().sorted()))
  }

  /// Up to three names to offer instead of `typed`: full names holding the words typed first
  /// ("Marsh" → "Elena Marsh"), then near misses by edit distance; aliases offer the entity's
  /// name.
  func suggestions(for typed: String, entities: [Entity], written: [String]) -> [String] {
    var keys: [String] = []
    var shown: [String] = []
    for entity in entities {
      for alias in entity.names {
        keys.append(alias)
        shown.append(entity.name)
      }
    }
    keys += written
    shown += written
    let words = TextPattern(typed)
    let containing = words.matchesEverything ? [] : keys.indices.filter { words.matches(keys[$0]) }
    var out: [String] = []
    for index in containing + Suggestions.nearestIndices(to: typed, among: keys)
    where !out.contains(shown[index]) {
      out.append(shown[index])
      if out.count == 3 { break }
    }
    return out
  }
}

/// Who a resolved name stands for: entities, and names as written in the corpus for speakers or
/// participants without an entity.
struct NameMatch: Sendable {
  let entities: Set<EntityID>
  /// The folded names: the one typed and the entities' own.
  let names: Set<String>
  /// Those of `names` that some speaker or participant in the corpus is written as (folded).
  let written: Set<String>

  /// Whether any of the ids or names is one of ours.
  func matches(entities ids: [EntityID], names: [String]) -> Bool {
    ids.contains(where: entities.contains)
      || (!written.isEmpty && names.contains { written.contains(NameFolding.fold($0)) })
  }
}
