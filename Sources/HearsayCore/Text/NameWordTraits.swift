/// What the lexicons say about one lowercased word, gathered in one table so that a word of a
/// name costs one lookup: function word, honorific, cue verb form, title, person title,
/// organisation head word, demonym, and whether it ends a role.
struct NameWordTraits: OptionSet, Sendable {
  let rawValue: UInt16

  static let functionWord = NameWordTraits(rawValue: 1 << 0)
  static let honorific = NameWordTraits(rawValue: 1 << 1)
  static let cueForm = NameWordTraits(rawValue: 1 << 2)
  static let title = NameWordTraits(rawValue: 1 << 3)
  static let personTitle = NameWordTraits(rawValue: 1 << 4)
  static let organizationHead = NameWordTraits(rawValue: 1 << 5)
  static let demonym = NameWordTraits(rawValue: 1 << 6)
  /// Ends the role before a name: a title word (but not "of", "State", "House" …), a person
  /// title or an honorific.
  static let roleWord = NameWordTraits(rawValue: 1 << 7)

  /// The traits of a lowercased word; empty for words no lexicon lists.
  static func of(_ word: String) -> NameWordTraits { table[word] ?? [] }

  private static let table: LexiconTable<NameWordTraits> = {
    var table: [String: NameWordTraits] = [:]
    func add(_ words: some Sequence<String>, _ trait: NameWordTraits) {
      for word in words { table[word, default: []].insert(trait) }
    }
    add(NameLexicon.functionWords.words, .functionWord)
    add(NameLexicon.honorifics.dictionary.keys, .honorific)
    add(CueLexicon.forms.keys, .cueForm)
    add(NameLexicon.titleWords.words, .title)
    add(NameLexicon.personTitles.words, .personTitle)
    add(NameLexicon.organizationHeads.words, .organizationHead)
    add(Gazetteer.demonyms.words, .demonym)
    add(
      NameLexicon.titleWords.words.subtracting(["of", "the", "state", "house", "white", "national", "first", "general"])
        .union(NameLexicon.personTitles.words).union(NameLexicon.honorifics.dictionary.keys), .roleWord)
    return LexiconTable(table)
  }()
}
