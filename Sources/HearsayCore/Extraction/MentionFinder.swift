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
      var possessive = tokens[i].lower.hasSuffix("'s")
      while !possessive, j < tokens.count {
        let t = tokens[j]
        if isNameWord(t) {
          possessive = t.lower.hasSuffix("'s")
          j += 1
        } else if t.lower == "of", j + 2 < tokens.count, tokens[j + 1].lower == "the",
          isNameWord(tokens[j + 2]), allowsConnector(tokens[j - 1])
        {
          j += 2
        } else if isConnector(t), j + 1 < tokens.count, isNameWord(tokens[j + 1]),
          allowsConnector(tokens[j - 1]), !NameLexicon.functionWords.contains(tokens[j + 1].lower)
        {
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
    guard t.text.contains("-") else { return nil }
    let parts = t.lower.split(separator: "-").map(String.init)
    let countries = parts.compactMap { Gazetteer.country($0) }
    return countries.count == parts.count && parts.count >= 2 ? countries : nil
  }

  // MARK: Chunking

  private func isNameWord(_ t: Token) -> Bool {
    t.kind == .word && (t.isCapitalized || t.isAcronym) && !t.lower.hasSuffix("-based")
  }

  private func isConnector(_ t: Token) -> Bool {
    t.kind == .word && ["of", "for", "on", "de", "del", "da", "van", "von", "bin", "al", "and", "&"].contains(t.lower)
      || t.text == "&"
  }

  /// "of", "for", "and" join names only after an organisation or title word:
  /// "Secretary of State", "Bureau of Labor", "Department for Education".
  private func allowsConnector(_ before: Token) -> Bool {
    let w = before.lower
    return NameLexicon.organizationHeads.contains(w) || NameLexicon.titleWords.contains(w)
      || ["bureau", "secretary", "ministry", "minister", "university", "bank", "museum"].contains(w)
  }

  private func startsName(_ tokens: [Token], _ i: Int, _ lowercaseSeen: Set<String>) -> Bool {
    let t = tokens[i]
    guard isNameWord(t) else { return false }
    let bare = t.lower.hasSuffix("'s") ? String(t.lower.dropLast(2)) : t.lower
    if NameLexicon.functionWords.contains(bare) && NameLexicon.honorifics[bare] == nil { return false }
    if CueLexicon.forms[bare] != nil && !t.isAcronym { return false }
    let atSentenceStart = i == 0 || (i == 1 && tokens[0].kind == .quote)
      || (i > 0 && (tokens[i - 1].kind == .quote || tokens[i - 1].text == "(" || tokens[i - 1].text == ":"))
    if atSentenceStart && !t.isAcronym && lowercaseSeen.contains(bare)
      && Gazetteer.country(bare) == nil && NameLexicon.honorifics[bare] == nil
      && !NameLexicon.titleWords.contains(bare)
    {
      return false
    }
    return true
  }

  // MARK: Classification

  private func classify(_ tokens: [Token], _ i: Int, _ j: Int, sentence: Int) -> Mention? {
    var words = Array(tokens[i..<j])
    guard !words.isEmpty else { return nil }
    // Lowercase title words just before the run belong to the role: "foreign minister Wang Yi".
    var roleFirst = i
    while roleFirst > 0 {
      let t = tokens[roleFirst - 1]
      guard t.kind == .word, NameLexicon.titleWords.contains(t.lower) || Gazetteer.isDemonym(t.lower),
        t.lower != "the", t.lower != "of"
      else { break }
      roleFirst -= 1
    }
    let lowerWords = words.map { $0.lower.hasSuffix("'s") ? String($0.lower.dropLast(2)) : $0.lower }
    let lastLower = lowerWords[lowerWords.count - 1]
    var acronym: String?
    if j + 2 < tokens.count, tokens[j].text == "(", tokens[j + 1].isAcronym, tokens[j + 2].text == ")" {
      acronym = tokens[j + 1].text
    }
    // A whole run ending in an organisation word is an organisation: "Shanghai Cooperation
    // Organisation", "Chinese Foreign Ministry".
    if NameLexicon.organizationHeads.contains(lastLower) && words.count > 1 || acronym != nil && words.count > 1 {
      return make(tokens, i, j, roleFirst: i, sentence: sentence, kind: .organization, acronym: acronym)
    }
    // Split off the role: everything up to the last title word or honorific
    // ("Port Avalon Mayor" + "Victor Anand", "Valdorian Foreign Minister" + "Elena Marsh").
    var k = 0
    var gender: Gender?
    var sawPersonTitle = false
    if let p = lowerWords.indices.last(where: { isRoleWord(lowerWords[$0]) }) {
      k = p + 1
      for w in lowerWords[...p] {
        if let honorific = NameLexicon.honorifics[w] {
          gender = honorific
          sawPersonTitle = true
        }
        if NameLexicon.personTitles.contains(w) { sawPersonTitle = true }
      }
    } else {
      while k < words.count, Gazetteer.isDemonym(lowerWords[k]) || looksLikeDemonym(words[k], next: k + 1 < words.count ? lowerWords[k + 1] : nil) {
        k += 1
      }
    }
    // Keep words like "State", "House" in the name when nothing follows them.
    if k == words.count {
      if words.count == 1, let country = Gazetteer.country(lastLower) {
        return place(tokens, i, j, sentence: sentence, country: country)
      }
      var m = make(tokens, roleFirst, j, roleFirst: roleFirst, sentence: sentence, kind: nil, acronym: acronym)
      m.isRoleOnly = true
      m.role = m.name
      m.gender = gender
      return m
    }
    let nameStart = i + k
    words = Array(tokens[nameStart..<j])
    let nameLower = Array(lowerWords[k...])
    var kind: EntityKind?
    if sawPersonTitle || roleFirst < nameStart {
      kind = .person
    } else if isPlaceName(nameLower) {
      kind = .place
    } else if Gazetteer.country(nameLower.joined(separator: " ")) == nil, nameStart > 0,
      tokens[nameStart - 1].lower == "the"
    {
      // People do not take an article: "the Global South", "the White House".
      kind = Gazetteer.places[nameLower.joined(separator: " ")] != nil ? .place : .organization
    }
    // "Americans", "African Americans", "Democrats": people as a group, not a person.
    if kind == nil, let lastWord = nameLower.last, isGroupWord(lastWord) {
      kind = .group
    }
    if kind == nil {
      let joined = nameLower.joined(separator: " ")
      if let country = Gazetteer.country(joined) {
        return place(tokens, nameStart, j, sentence: sentence, country: country)
      }
      if Gazetteer.places[joined] != nil {
        kind = .place
      } else if words.count == 1 && words[0].isAcronym {
        kind = .organization
      } else if NameLexicon.organizationHeads.contains(nameLower[nameLower.count - 1]) {
        kind = .organization
      } else if isPlaceName(nameLower) || (nameStart > 0 && ["in", "at", "near", "outside"].contains(tokens[nameStart - 1].lower)) {
        kind = .place
      } else if words.count >= 2 && words.count <= 4 && words.allSatisfy({ !$0.isAcronym || $0.text.count <= 2 }) {
        kind = .person
      } else if words.count == 1, nameStart > 0, ["in", "at", "near", "outside"].contains(tokens[nameStart - 1].lower) {
        kind = .place
      }
    }
    if kind == .person, gender == nil, let given = nameLower.first, nameLower.count >= 2 {
      gender = FirstNames.genders[given]
    }
    var m = make(tokens, nameStart, j, roleFirst: roleFirst, sentence: sentence, kind: kind, acronym: acronym)
    m.gender = gender
    if roleFirst < nameStart {
      let roleText = tokens[roleFirst..<nameStart].map(\.text).joined(separator: " ")
      m.role = roleText
    }
    return m
  }

  private func isGroupWord(_ w: String) -> Bool {
    guard w.hasSuffix("s"), w.count > 3 else { return false }
    let singular = String(w.dropLast())
    return Gazetteer.isDemonym(singular) || Gazetteer.isDemonym(w)
      || ["democrats", "republicans", "conservatives", "liberals", "progressives", "evangelicals", "latinos", "hispanics", "muslims", "christians", "jews", "catholics", "millennials", "independents"].contains(w)
  }

  private func isPlaceName(_ words: [String]) -> Bool {
    guard let first = words.first, let last = words.last, words.count >= 2 else { return false }
    return ["port", "mount", "lake", "fort", "san", "santa", "st", "st.", "new", "north", "south", "east", "west", "upper", "lower", "cape", "isle"].contains(first)
      || ["city", "island", "islands", "bay", "sound", "river", "valley", "street", "square", "county", "province", "region", "harbor", "harbour", "beach", "hills", "heights", "park", "strait", "sea", "ocean", "coast", "peninsula", "mountains", "town", "village", "district", "airport", "road", "avenue"].contains(last)
  }

  private func isRoleWord(_ word: String) -> Bool {
    if word.hasSuffix("-elect") || word.hasSuffix("-designate") { return true }
    let w = word.hasSuffix(".") ? String(word.dropLast()) : word
    return NameLexicon.titleWords.contains(w) && !["of", "the", "state", "house", "white", "national", "first", "general"].contains(w)
      || NameLexicon.personTitles.contains(w) || NameLexicon.honorifics[w] != nil
  }

  /// A capitalised adjective of an unknown country before a title: "Ostrian President".
  private func looksLikeDemonym(_ t: Token, next: String?) -> Bool {
    guard let next, NameLexicon.titleWords.contains(next) else { return false }
    return ["ian", "an", "ese", "ish", "i"].contains(where: { t.lower.hasSuffix($0) })
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
    var text = ""
    var end = tokens[j - 1].end
    for k in i..<j {
      if k > i {
        // Keep hyphens and ampersands tight as written.
        text += tokens[k].start == tokens[k - 1].end ? "" : " "
      }
      text += tokens[k].text
    }
    if text.hasSuffix("'s") {
      text.removeLast(2)
      end -= 2
    } else if text.hasSuffix("\u{2019}s") {
      text.removeLast(2)
      end -= 4
    }
    return Mention(
      sentence: sentence, first: i, last: j, roleFirst: roleFirst, start: tokens[i].start, end: end,
      name: text, role: nil, kind: kind, gender: nil, acronym: acronym)
  }
}
