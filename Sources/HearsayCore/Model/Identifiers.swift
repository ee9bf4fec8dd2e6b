/// The position of an article in a `Corpus` (load order: paths sorted).
public struct ArticleID: Hashable, Comparable, Sendable, Codable {
  public let rawValue: Int
  public init(_ rawValue: Int) { self.rawValue = rawValue }
  public static func < (a: ArticleID, b: ArticleID) -> Bool { a.rawValue < b.rawValue }
}

/// The position of an entity in a `Corpus`.
public struct EntityID: Hashable, Comparable, Sendable, Codable {
  public let rawValue: Int
  public init(_ rawValue: Int) { self.rawValue = rawValue }
  public static func < (a: EntityID, b: EntityID) -> Bool { a.rawValue < b.rawValue }
}

/// The position of a statement in a `Corpus` (article order, then text order).
public struct StatementID: Hashable, Comparable, Sendable, Codable {
  public let rawValue: Int
  public init(_ rawValue: Int) { self.rawValue = rawValue }
  public static func < (a: StatementID, b: StatementID) -> Bool { a.rawValue < b.rawValue }
}
