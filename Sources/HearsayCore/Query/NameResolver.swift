/// Finds who a name in a query stands for.
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
    try resolve(
      name, hasActivity: { !corpus.statements(by: $0).isEmpty },
      writtenNames: corpus.statements.lazy.flatMap { [$0.speaker] + $0.speakers })
  }

  /// The meeting participants a name means, chosen the way `speaker(_:)` chooses.
  func participant(_ name: QueryName) throws(QueryError) -> NameMatch {
    let participants = Set(corpus.meetings.flatMap(\.participantEntities))
    return try resolve(
      name, hasActivity: { participants.contains($0) },
      writtenNames: corpus.meetings.lazy.flatMap(\.participants))
  }

  /// The entities a topic name means; none is no error, as topics also match words.
  func topicEntities(_ text: String) -> [EntityID] {
    corpus.entities(named: text).map(\.id)
  }

  private func resolve(
    _ name: QueryName, hasActivity: (EntityID) -> Bool,
    writtenNames: some Sequence<String>
  ) throws(QueryError) -> NameMatch {
    let folded = NameFolding.fold(name.text)
    var candidates = corpus.entities(named: name.text)
    let active = candidates.filter { hasActivity($0.id) }
    if !active.isEmpty { candidates = active }
    if candidates.count > 1 {
      let exact = candidates.filter { NameFolding.fold($0.name) == folded }
      if exact.count == 1 {
        candidates = exact
      } else if active.count > 1 {
        throw QueryError.ambiguousName(name, candidates: candidates.map(\.name))
      }
    }
    let written = Set(writtenNames)
    let names = Set(candidates.map { NameFolding.fold($0.name) }).union([folded])
    let match = NameMatch(
      entities: Set(candidates.map(\.id)), names: names,
      written: written.filter { names.contains(NameFolding.fold($0)) })
    guard match.entities.isEmpty && match.written.isEmpty else { return match }
    let known = corpus.entities.filter { hasActivity($0.id) }
    throw QueryError.unknownName(
      name, suggestions: suggestions(for: name.text, entities: known, written: written.sorted()))
  }

  /// Up to three names to offer instead of `typed`: full names holding the words typed first
  /// ("Marsh" → "Elena Marsh"), then near misses by edit distance; aliases offer the entity's name.
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
  /// The speaker or participant names in the corpus that fold to one of `names`.
  let written: Set<String>

  /// Whether any of the ids or names is one of ours.
  func matches(entities ids: [EntityID], names: [String]) -> Bool {
    ids.contains(where: entities.contains) || names.contains(where: written.contains)
  }
}
