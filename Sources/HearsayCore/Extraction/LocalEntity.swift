/// An entity as one article knows it, before entities are merged across the corpus.
struct LocalEntity: Sendable {
  var name: String
  var kind: EntityKind
  var aliases: [String] = []
  var roles: [String] = []
  var gender: Gender?
  var mentions: Int = 0
  /// Byte offsets of each mention's start, in text order.
  var positions: [Int] = []

  /// The words of the name, lowercased, for surname matching.
  var nameWords: [String] { name.lowercasedWords }

  init(name: String, kind: EntityKind) {
    self.name = name
    self.kind = kind
  }

  mutating func addAlias(_ alias: String) {
    guard alias != name, !alias.isEmpty, !aliases.contains(alias) else { return }
    aliases.append(alias)
  }

  mutating func addRole(_ role: String) {
    guard !role.isEmpty, !roles.contains(role) else { return }
    roles.append(role)
  }
}
