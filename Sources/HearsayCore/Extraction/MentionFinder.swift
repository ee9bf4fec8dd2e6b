/// Finds names in a sentence's tokens: capitalised runs split into role and name
/// ("Russian Deputy Foreign Minister" + "Andrey Rudenko"), acronyms in parentheses, countries
/// and demonyms, and classifies each as person, organisation or place when the words show it.
struct MentionFinder: Sendable {
  func mentions(in tokens: [Token], sentence: Int, lowercaseSeen: Set<String>) -> [Mention] {
    var result: [Mention] = []
    var i = 0
    while i < tokens.count {
      guard startsName(tokens, i, lowercaseSeen) else {
        i += 1
        continue
      }
      var j = i + 1
      var possessive = tokens[i].lower.hasPlainSuffix("'s")
      while !possessive, j < tokens.count {
        let t = tokens[j]
        if isNameWord(t) {
          possessive = t.lower.hasPlainSuffix("'s")
          j += 1
        } else if t.lower == "of", j + 2 < tokens.count, tokens[j + 1].lower == "the",
          isNameWord(tokens[j + 2]), allowsConnector(tokens[j - 1])
        {
          j += 2
        } else if isConnector(t), j + 1 < tokens.count, isNameWord(tokens[j + 1]),
          allowsConnector(tokens[j - 1]), !NameLexicon.functionWords.contains(tokens[j + 1].lower),
          // ("The Vice President and President Herzog": two people.)
          t.lower != "and" || !MentionFinder.leaderTitles.contains(tokens[j + 1].lower)
        {
          j += 1
        } else if MentionFinder.nameParticles.contains(t.text), j + 1 < tokens.count,
          isNameWord(tokens[j + 1]) || j + 2 < tokens.count && MentionFinder.nameParticles.contains(tokens[j + 1].text) && isNameWord(tokens[j + 2])
        {
          // "Ursula von der Leyen", "Mohamed bin Zayed Al Nahyan": particles inside a name.
          j += 1
        } else if t.lower == "the", j > i, tokens[j - 1].lower == "of", j + 1 < tokens.count,
          isNameWord(tokens[j + 1])
        {
          j += 1
        } else {
          break
        }
      }
      // Trailing connectors never end a name.
      while j > i + 1, isConnector(tokens[j - 1]) || tokens[j - 1].lower == "the" { j -= 1 }
      if j == i + 1, let parts = countryCompound(tokens[i]) {
        for country in parts {
          var m = make(tokens, i, j, roleFirst: i, sentence: sentence, kind: .place, acronym: nil)
          m.name = country.name
          m.aliases = country.aliases
          result.append(m)
        }
      } else if let mention = classify(tokens, i, j, sentence: sentence) {
        result.append(mention)
      }
      i = j
    }
    return result
  }

  /// "China-Russia", "US-China": a hyphenated pair of countries names both.
  private func countryCompound(_ t: Token) -> [Gazetteer.Country]? {
    guard Self.mayHaveHyphen(t.text) else { return nil }
    let parts = t.lower.split(separator: "-").map(String.init)
    let countries = parts.compactMap { Gazetteer.country($0) }
    return countries.count == parts.count && parts.count >= 2 ? countries : nil
  }

  /// Whether a word may hold a hyphen: a hyphen byte, or (as `contains("-")` checks characters)
  /// any byte outside ASCII; one pass over the bytes.
  private static func mayHaveHyphen(_ text: String) -> Bool {
    let fast = text.utf8.withContiguousStorageIfAvailable { bytes in
      bytes.contains(where: { $0 == UInt8(ascii: "-") || $0 >= 0x80 })
    }
    if let fast, !fast { return false }
    return text.utf8.contains(UInt8(ascii: "-")) || !text.utf8.allSatisfy({ $0 < 0x80 }) && text.contains("-")
  }

  // MARK: Chunking

  private func isNameWord(_ t: Token) -> Bool {
    t.kind == .word && (t.isCapitalized || t.isAcronym) && !t.lower.hasPlainSuffix("-based")
  }

  private func isConnector(_ t: Token) -> Bool {
    t.kind == .word && t.lower.utf8.count <= 3 && MentionFinder.connectors.contains(t.lower) || t.text == "&"
  }

  private static let connectors: LexiconSet = ["of", "for", "on", "de", "del", "da", "van", "von", "bin", "al", "and", "&"]
  /// Titles that open a second person's name after "and": "The Vice President and President Herzog".
  private static let leaderTitles: LexiconSet = [
    "president", "vice", "prime", "premier", "chancellor", "king", "queen", "prince", "princess", "crown", "emir",
    "sheikh", "sultan", "pope", "ambassador", "governor", "senator", "mayor", "minister",
  ]
  /// Lowercase particles inside personal names, between two capitalised words.
  private static let nameParticles: LexiconSet = [
    "von", "van", "der", "den", "de", "del", "della", "da", "dos", "das", "du", "bin", "ibn", "al", "el", "di", "ter", "zu",
  ]
  /// Words after which a connector may continue a name.
  private static let connectorHosts = LexiconSet(
    NameLexicon.organizationHeads.words.union(NameLexicon.titleWords.words)
      .union(["bureau", "secretary", "ministry", "minister", "university", "bank", "museum"]))
  private static let placePrepositions: LexiconSet = ["in", "at", "near", "outside"]
  private static let groupWords: LexiconSet = [
    "democrats", "republicans", "conservatives", "liberals", "progressives", "evangelicals", "latinos", "hispanics",
    "muslims", "christians", "jews", "catholics", "millennials", "independents",
  ]
  private static let placeFirstWords: LexiconSet = [
    "port", "mount", "lake", "fort", "san", "santa", "st", "st.", "new", "north", "south", "east", "west", "upper",
    "lower", "cape", "isle",
  ]
  private static let placeLastWords: LexiconSet = [
    "city", "island", "islands", "bay", "sound", "river", "valley", "street", "square", "county", "province", "region",
    "harbor", "harbour", "beach", "hills", "heights", "park", "strait", "sea", "ocean", "coast", "peninsula",
    "mountains", "town", "village", "district", "airport", "road", "avenue",
  ]

  /// "of", "for", "and" join names only after an organisation or title word:
  /// "Secretary of State", "Bureau of Labor", "Department for Education".
  private func allowsConnector(_ before: Token) -> Bool {
    MentionFinder.connectorHosts.contains(before.lower)
  }

  /// The word, possessive dropped, that `startsName` looks up in the article's lowercase words
  /// when token `i` starts a name at a sentence start; nil when it would not look.
  func sentenceStartWord(_ tokens: [Token], _ i: Int) -> String? {
    guard tokens[i].kind == .word, tokens[i].isCapitalized, !tokens[i].isAcronym, isAtSentenceStart(tokens, i),
      !tokens[i].lower.hasPlainSuffix("-based")
    else { return nil }
    let lower = tokens[i].lower
    return lower.hasPlainSuffix("'s") ? String(lower.dropLast(2)) : lower
  }

  private func isAtSentenceStart(_ tokens: [Token], _ i: Int) -> Bool {
    i == 0 || (i == 1 && tokens[0].kind == .quote)
      || (i > 0 && (tokens[i - 1].kind == .quote || tokens[i - 1].text == "(" || tokens[i - 1].text == ":"))
  }

  private func startsName(_ tokens: [Token], _ i: Int, _ lowercaseSeen: Set<String>) -> Bool {
    guard tokens[i].kind == .word, tokens[i].isCapitalized || tokens[i].isAcronym else { return false }
    let t = tokens[i]
    guard isNameWord(t) else { return false }
    let bare = t.lower.hasPlainSuffix("'s") ? String(t.lower.dropLast(2)) : t.lower
    let traits = NameWordTraits.of(bare)
    if traits.contains(.functionWord) && !traits.contains(.honorific) { return false }
    if traits.contains(.cueForm) && !t.isAcronym { return false }
    if !t.isAcronym && isAtSentenceStart(tokens, i) && lowercaseSeen.contains(bare)
      && Gazetteer.country(bare) == nil && !traits.contains(.honorific) && !traits.contains(.title)
    {
      return false
    }
    return true
  }

  // MARK: Classification

  private func classify(_ tokens: [Token], _ i: Int, _ j: Int, sentence: Int) -> Mention? {
    guard i < j else { return nil }
    let runCount = j - i
    // Lowercase title words just before the run belong to the role: "foreign minister Wang Yi".
    var roleFirst = i
    while roleFirst > 0 {
      let t = tokens[roleFirst - 1]
      guard t.kind == .word, !NameWordTraits.of(t.lower).isDisjoint(with: [.title, .demonym]),
        t.lower != "the", t.lower != "of"
      else { break }
      roleFirst -= 1
    }
    var lowerWords: [String] = []
    var traits: [NameWordTraits] = []
    lowerWords.reserveCapacity(runCount)
    traits.reserveCapacity(runCount)
    for k in i..<j {
      let lower = tokens[k].lower
      let word = lower.hasPlainSuffix("'s") ? String(lower.dropLast(2)) : lower
      lowerWords.append(word)
      traits.append(NameWordTraits.of(word))
    }
    let lastLower = lowerWords[lowerWords.count - 1]
    var acronym: String?
    if j + 2 < tokens.count, tokens[j].text == "(", tokens[j + 1].isAcronym, tokens[j + 2].text == ")" {
      acronym = tokens[j + 1].text
    }
    // A whole run ending in an organisation word is an organisation: "Shanghai Cooperation
    // Organisation", "Chinese Foreign Ministry".
    if traits[runCount - 1].contains(.organizationHead) && runCount > 1 || acronym != nil && runCount > 1 {
      return make(tokens, i, j, roleFirst: i, sentence: sentence, kind: .organization, acronym: acronym)
    }
    // Split off the role: everything up to the last title word or honorific
    // ("Port Avalon Mayor" + "Victor Anand", "Valdorian Foreign Minister" + "Elena Marsh").
    var k = 0
    var gender: Gender?
    var sawPersonTitle = false
    if let p = lowerWords.indices.last(where: { isRoleWord(lowerWords[$0], traits[$0]) }) {
      k = p + 1
      for q in 0...p {
        if traits[q].contains(.honorific), let honorific = NameLexicon.honorifics[lowerWords[q]] {
          gender = honorific
          sawPersonTitle = true
        }
        if traits[q].contains(.personTitle) { sawPersonTitle = true }
      }
    } else {
      while k < runCount,
        traits[k].contains(.demonym)
          || looksLikeDemonym(tokens[i + k], beforeTitle: k + 1 < runCount && traits[k + 1].contains(.title))
      {
        k += 1
      }
    }
    // Keep words like "State", "House" in the name when nothing follows them.
    if k == runCount {
      if runCount == 1, let country = Gazetteer.country(lastLower) {
        return place(tokens, i, j, sentence: sentence, country: country)
      }
      var m = make(tokens, roleFirst, j, roleFirst: roleFirst, sentence: sentence, kind: nil, acronym: acronym)
      m.isRoleOnly = true
      m.role = m.name
      m.gender = gender
      return m
    }
    let nameStart = i + k
    let words = tokens[nameStart..<j]
    let nameLower = k == 0 ? lowerWords : Array(lowerWords[k...])
    var joinedName: String?
    func joined() -> String {
      if let joinedName { return joinedName }
      let name = nameLower.joined(separator: " ")
      joinedName = name
      return name
    }
    var kind: EntityKind?
    if sawPersonTitle || roleFirst < nameStart {
      kind = .person
    } else if isPlaceName(nameLower) {
      kind = .place
    } else if nameStart > 0, tokens[nameStart - 1].lower == "the", Gazetteer.country(joined()) == nil {
      // People do not take an article: "the Global South", "the White House".
      kind = Gazetteer.places[joined()] != nil ? .place : .organization
    }
    // "Americans", "African Americans", "Democrats": people as a group, not a person.
    if kind == nil, let lastWord = nameLower.last, isGroupWord(lastWord) {
      kind = .group
    }
    if kind == nil {
      let name = joined()
      if let country = Gazetteer.country(name) {
        return place(tokens, nameStart, j, sentence: sentence, country: country)
      }
      if Gazetteer.places[name] != nil {
        kind = .place
      } else if words.count == 1 && words[nameStart].isAcronym {
        kind = .organization
      } else if traits[runCount - 1].contains(.organizationHead) {
        kind = .organization
      } else if isPlaceName(nameLower) || (nameStart > 0 && MentionFinder.placePrepositions.contains(tokens[nameStart - 1].lower)) {
        kind = .place
      } else if words.count >= 2 && words.count <= 4 && words.allSatisfy({ !$0.isAcronym || $0.text.count <= 2 }) {
        kind = .person
      } else if words.count == 1, nameStart > 0, MentionFinder.placePrepositions.contains(tokens[nameStart - 1].lower) {
        kind = .place
      }
    }
    if kind == .person, gender == nil, let given = nameLower.first, nameLower.count >= 2 {
      gender = FirstNames.genders[given]
    }
    var m = make(tokens, nameStart, j, roleFirst: roleFirst, sentence: sentence, kind: kind, acronym: acronym)
    m.gender = gender
    if roleFirst < nameStart {
      var roleText = tokens[roleFirst].text
      for r in roleFirst + 1..<nameStart {
        roleText += " "
        roleText += tokens[r].text
      }
      m.role = roleText
    }
    return m
  }

  private func isGroupWord(_ w: String) -> Bool {
    guard w.hasPlainSuffix("s"), w.count > 3 else { return false }
    let singular = String(w.dropLast())
    return Gazetteer.isDemonym(singular) || Gazetteer.isDemonym(w) || MentionFinder.groupWords.contains(w)
  }

  private func isPlaceName(_ words: [String]) -> Bool {
    guard let first = words.first, let last = words.last, words.count >= 2 else { return false }
    return MentionFinder.placeFirstWords.contains(first) || MentionFinder.placeLastWords.contains(last)
  }

  private func isRoleWord(_ word: String, _ traits: NameWordTraits) -> Bool {
    if word.hasPlainSuffix("-elect") || word.hasPlainSuffix("-designate") { return true }
    if word.hasPlainSuffix(".") { return NameWordTraits.of(String(word.dropLast())).contains(.roleWord) }
    return traits.contains(.roleWord)
  }

  /// A capitalised adjective of an unknown country before a title: "Ostrian President".
  private func looksLikeDemonym(_ t: Token, beforeTitle: Bool) -> Bool {
    guard beforeTitle else { return false }
    return t.lower.hasPlainSuffix("ian") || t.lower.hasPlainSuffix("an") || t.lower.hasPlainSuffix("ese")
      || t.lower.hasPlainSuffix("ish") || t.lower.hasPlainSuffix("i")
  }

  private func place(_ tokens: [Token], _ i: Int, _ j: Int, sentence: Int, country: Gazetteer.Country) -> Mention {
    var m = make(tokens, i, j, roleFirst: i, sentence: sentence, kind: .place, acronym: nil)
    m.aliases = [m.name] + country.aliases
    m.name = country.name
    return m
  }

  private func make(
    _ tokens: [Token], _ i: Int, _ j: Int, roleFirst: Int, sentence: Int, kind: EntityKind?,
    acronym: String?
  ) -> Mention {
    var text = tokens[i].text
    var end = tokens[j - 1].end
    for k in i + 1..<max(i + 1, j) {
      // Keep hyphens and ampersands tight as written.
      if tokens[k].start != tokens[k - 1].end { text += " " }
      text += tokens[k].text
    }
    if text.hasPlainSuffix("'s") {
      text.removeLast(2)
      end -= 2
    } else if text.hasPlainSuffix("\u{2019}s") {
      text.removeLast(2)
      end -= 4
    }
    return Mention(
      sentence: sentence, first: i, last: j, roleFirst: roleFirst, start: tokens[i].start, end: end,
      name: text, role: nil, kind: kind, gender: nil, acronym: acronym)
  }
}
