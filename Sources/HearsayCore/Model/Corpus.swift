/// Everything loaded: articles, entities, statements and meetings, with the indexes queries use.
///
/// Built once by `CorpusBuilder` after extraction; immutable afterwards, so queries are pure
/// functions of (query, corpus).
public struct Corpus: Sendable {
  public let articles: [Article]
  public let entities: [Entity]
  public let statements: [Statement]
  public let meetings: [Meeting]
  /// Folded name or alias → entities answering to it.
  let entitiesByName: [String: [EntityID]]
  /// Entity → statements it is a speaker of.
  let statementsBySpeaker: [EntityID: [StatementID]]
  /// Entity → statements whose content mentions it.
  let statementsByTopic: [EntityID: [StatementID]]

  public init(
    articles: [Article], entities: [Entity], statements: [Statement], meetings: [Meeting],
    statementTopics: [[EntityID]]
  ) {
    self.articles = articles
    self.entities = entities
    self.statements = statements
    self.meetings = meetings
    var byName: [String: [EntityID]] = [:]
    for entity in entities {
      for name in Set(entity.names.map(NameFolding.fold)) where !name.isEmpty {
        byName[name, default: []].append(entity.id)
      }
    }
    entitiesByName = byName
    var bySpeaker: [EntityID: [StatementID]] = [:]
    var byTopic: [EntityID: [StatementID]] = [:]
    for statement in statements {
      for speaker in statement.speakerEntities {
        bySpeaker[speaker, default: []].append(statement.id)
      }
    }
    for (index, topics) in statementTopics.enumerated() {
      for topic in topics { byTopic[topic, default: []].append(StatementID(index)) }
    }
    statementsBySpeaker = bySpeaker
    statementsByTopic = byTopic
  }

  /// An empty corpus.
  public static let empty = Corpus(
    articles: [], entities: [], statements: [], meetings: [], statementTopics: [])

  public func article(_ id: ArticleID) -> Article { articles[id.rawValue] }
  public func entity(_ id: EntityID) -> Entity { entities[id.rawValue] }
  public func statement(_ id: StatementID) -> Statement { statements[id.rawValue] }

  /// Entities answering to a name, alias, acronym or demonym, case- and accent-insensitively.
  public func entities(named name: String) -> [Entity] {
    (entitiesByName[NameFolding.fold(name)] ?? []).map(entity)
  }

  /// Statements the entity is a speaker of, in corpus order.
  public func statements(by speaker: EntityID) -> [Statement] {
    (statementsBySpeaker[speaker] ?? []).map(statement)
  }

  /// Statements whose content mentions the entity, in corpus order.
  public func statements(about topic: EntityID) -> [Statement] {
    (statementsByTopic[topic] ?? []).map(statement)
  }

  /// Every folded name in the index, for completion and did-you-mean.
  public var knownNames: [String] { Array(entitiesByName.keys) }
}
