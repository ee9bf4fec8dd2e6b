/// What sort of thing an entity is.
public enum EntityKind: String, Sendable, Codable, CaseIterable {
  case person
  case organization
  case place
  /// A group of people named by a common noun ("officials", "the two leaders").
  case group
}

/// A person, organisation, place or group, with the names it goes by across the corpus.
public struct Entity: Sendable, Identifiable {
  public let id: EntityID
  /// The canonical name: the fullest form seen ("Wang Yi", "Shanghai Cooperation Organisation").
  public let name: String
  public let kind: EntityKind
  /// Other names: surnames, acronyms, demonyms, honorific forms.
  public let aliases: [String]
  /// Titles and roles seen with the name ("Chinese Foreign Minister").
  public let roles: [String]
  /// Articles that mention it, in order.
  public let articles: [ArticleID]
  /// How many times it is mentioned in all.
  public let mentions: Int

  public init(
    id: EntityID, name: String, kind: EntityKind, aliases: [String], roles: [String],
    articles: [ArticleID], mentions: Int
  ) {
    self.id = id
    self.name = name
    self.kind = kind
    self.aliases = aliases
    self.roles = roles
    self.articles = articles
    self.mentions = mentions
  }

  /// Every name the entity answers to: its name first, then its aliases.
  public var names: [String] { [name] + aliases }
}
