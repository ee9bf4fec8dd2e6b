@testable import HearsayCore
import Testing

/// Entities are found by any of their names folded, in entity order, and never by a name that
/// only shares a hash with theirs.
@Suite struct EntityNameIndexTests {
  static let entities: [Entity] = [
    entity(0, "Wang Yi", aliases: ["Wang", "Mr Wang"]),
    entity(1, "Andrés Pérez", aliases: ["Pérez"]),
    entity(2, "Wang Lei", aliases: ["Wang"]),
    entity(3, "Russia", aliases: ["Russian", "RUSSIA"]),
    entity(4, "José Ramos", aliases: ["Jose\u{301} Ramos"]),
    entity(5, "   ", aliases: []),
  ]

  static func entity(_ id: Int, _ name: String, aliases: [String]) -> Entity {
    Entity(
      id: EntityID(id), name: name, kind: .person, aliases: aliases, roles: [], articles: [],
      mentions: 1)
  }

  /// What the dictionary of folded names that the index replaced answered.
  static func expected(_ name: String) -> [EntityID] {
    let folded = NameFolding.fold(name)
    guard !folded.isEmpty else { return [] }
    return entities.filter { $0.names.map(NameFolding.fold).contains(folded) }.map(\.id)
  }

  @Test(arguments: [
    "Wang", "wang yi", "WANG YI", "Mr. Wang", "mr wang", "Andres Perez", "perez", "Pérez's",
    "russia", "Russia's", "russians", "Jose Ramos", "josé ramos", "Wang Lei", "nobody", "",
    "   ",
  ])
  func findsWhatTheFoldedNamesDictionaryFound(_ name: String) {
    let index = EntityNameIndex(entities: Self.entities)
    #expect(index.entities(named: NameFolding.fold(name), in: Self.entities) == Self.expected(name))
  }

  @Test func listsSeveralEntitiesOfOneNameInOrder() {
    let index = EntityNameIndex(entities: Self.entities)
    #expect(index.entities(named: "wang", in: Self.entities) == [EntityID(0), EntityID(2)])
    #expect(index.entities(named: "russia", in: Self.entities) == [EntityID(3)])
  }

  @Test func keepsEachFoldedNameOfAnEntityOnce() {
    let index = EntityNameIndex(entities: Self.entities)
    // wang yi, wang, mr wang; andres perez, perez; wang lei, wang; russia, russian; jose ramos.
    #expect(index.count == 10)
    #expect(
      Set(index.names(in: Self.entities)) == [
        "wang yi", "wang", "mr wang", "andres perez", "perez", "wang lei", "russia", "russian",
        "jose ramos",
      ])
  }

  @Test func aCorpusFindsItsEntitiesByAnyName() {
    let corpus = Corpus(
      articles: [], entities: Self.entities, statements: [], meetings: [], statementTopics: [])
    #expect(corpus.entities(named: "Mr Wang").map(\.name) == ["Wang Yi"])
    #expect(corpus.entities(named: "WANG").map(\.name) == ["Wang Yi", "Wang Lei"])
    #expect(corpus.entities(named: "Perez").map(\.name) == ["Andrés Pérez"])
    #expect(corpus.entities(named: "Ramos").isEmpty)
    #expect(Set(corpus.knownNames).contains("andres perez"))
  }
}
