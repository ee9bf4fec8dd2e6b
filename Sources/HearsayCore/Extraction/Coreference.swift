/// Links an article's mentions to entities: full names, surnames and honorific forms of the
/// same person ("Wang Yi", "Wang", "Mr Wang"), acronyms and long forms of an organisation, role
/// nouns ("the minister"), and pronouns by gender, number and salience.
struct Coreference: Sendable {
  private(set) var entities: [LocalEntity] = []
  /// (sentence, first token) → entity index, for every resolved mention.
  private(set) var mentionEntity: [MentionKey: Int] = [:]
  /// Lowercased name or alias → entity, kept in step with `entities`.
  private var byName: [String: Int] = [:]
  /// Lowercased word of a person's name → persons whose name has it, for surname matching.
  private var personsByWord: [String: [Int]] = [:]
  /// The latest position of each entity in `personTrail` (-1 before its first mention as a
  /// person), for recency among candidates.
  private var lastSeen: [Int] = []
  /// Entity indices of persons in order of mention, with sentence and whether the mention was
  /// the first person named in its sentence (a subject, most often).
  private var personTrail: [(entity: Int, sentence: Int, token: Int, subject: Bool)] = []
  /// Each entity's roles, lowercased, kept in step with `entities`.
  private var lowercasedRoles: [[String]] = []

  init() {
    // Room for a typical article's mentions and names, so the tables rarely grow.
    mentionEntity.reserveCapacity(64)
    byName.reserveCapacity(64)
  }

  struct MentionKey: Hashable, Sendable {
    var sentence: Int
    var token: Int
  }

  /// Adds a sentence's mentions in order.
  mutating func add(_ mentions: [Mention]) {
    var firstPersonSeen = false
    for mention in mentions {
      guard let index = resolve(mention) else { continue }
      mentionEntity[MentionKey(sentence: mention.sentence, token: mention.first)] = index
      entities[index].mentions += 1
      entities[index].positions.append(mention.start)
      if entities[index].kind == .person {
        if lastSeen.count < entities.count {
          lastSeen.append(contentsOf: repeatElement(-1, count: entities.count - lastSeen.count))
        }
        lastSeen[index] = personTrail.count
        personTrail.append((index, mention.sentence, mention.first, !firstPersonSeen))
        firstPersonSeen = true
      }
    }
  }

  private mutating func resolve(_ m: Mention) -> Int? {
    if m.isRoleOnly {
      // "the Foreign Minister": the most recent person holding that role.
      guard let role = m.role?.fastLowercased else { return nil }
      let head = role.lastSpaceSeparatedWord.map(String.init) ?? role
      // Every word of the role must be the person's: "the Vice President" is not the
      // President, "the minister" is the Foreign Minister.
      let words = role.split(separator: " ")
      // Each entity is checked once, at its latest place in the trail.
      var checked = [Bool](repeating: false, count: entities.count)
      for trail in personTrail.reversed() where !checked[trail.entity] {
        checked[trail.entity] = true
        if lowercasedRoles[trail.entity].contains(where: { held in
          guard held.hasSuffix(head) else { return false }
          let heldWords = held.split(separator: " ")
          return words.allSatisfy { word in heldWords.contains(word) || ["the", "a", "an"].contains(word) }
        }) {
          return trail.entity
        }
      }
      return nil
    }
    let lowercasedName = m.name.fastLowercased
    // The same name, or one of its aliases.
    if let existing = byName[lowercasedName] {
      merge(m, into: existing)
      return existing
    }
    let words = m.name.lowercasedWords
    // A single word that is part of a known person's name: a surname or given name.
    if words.count == 1, m.kind != .place, m.kind != .organization || m.name.count > 4 {
      let candidates = (personsByWord[words[0]] ?? []).filter { $0 < lastSeen.count && lastSeen[$0] >= 0 }
      if let person = candidates.max(by: { lastSeen[$0] < lastSeen[$1] }) {
        merge(m, into: person)
        return person
      }
    }
    // A fuller form of an earlier short mention: "Wang" then "Wang Yi".
    if words.count >= 2, m.kind == .person || m.kind == nil {
      var short: Int?
      for word in words {
        for candidate in personsByWord[word] ?? [] where entities[candidate].name.spaceSeparatedCount == 1 {
          short = min(short ?? candidate, candidate)
        }
      }
      if let short {
        let old = entities[short].name
        entities[short].name = m.name
        entities[short].addAlias(old)
        byName[lowercasedName] = short
        indexWords(words, of: short)
        merge(m, into: short)
        return short
      }
    }
    guard let kind = m.kind ?? inferKind(m) else { return nil }
    var entity = LocalEntity(name: m.name, kind: kind)
    entity.gender = m.gender
    entities.append(entity)
    lowercasedRoles.append([])
    let index = entities.count - 1
    byName[lowercasedName] = index
    indexWords(words, of: index)
    merge(m, into: index)
    return index
  }

  private mutating func indexWords(of index: Int) {
    guard entities[index].kind == .person else { return }
    indexWords(entities[index].nameWords, of: index)
  }

  /// Files a person under the words of their name (`nameWords`, when the caller has them).
  private mutating func indexWords(_ words: [String], of index: Int) {
    guard entities[index].kind == .person else { return }
    for word in words {
      // One look-up of the word: the list is made when missing and grows only when needed.
      Self.add(index, to: &personsByWord[word, default: []])
    }
  }

  private static func add(_ index: Int, to list: inout [Int]) {
    if !list.contains(index) { list.append(index) }
  }

  private func inferKind(_ m: Mention) -> EntityKind? {
    nil
  }

  private mutating func merge(_ m: Mention, into index: Int) {
    let aliasCount = entities[index].aliases.count
    defer {
      for alias in entities[index].aliases[aliasCount...] {
        let key = alias.fastLowercased
        if byName[key] == nil { byName[key] = index }
      }
    }
    if let role = m.role {
      let roleCount = entities[index].roles.count
      entities[index].addRole(role)
      if entities[index].roles.count > roleCount { lowercasedRoles[index].append(role.fastLowercased) }
    }
    if let acronym = m.acronym { entities[index].addAlias(acronym) }
    for alias in m.aliases { entities[index].addAlias(alias) }
    if m.name != entities[index].name { entities[index].addAlias(m.name) }
    if entities[index].gender == nil { entities[index].gender = m.gender }
    if entities[index].kind == .person, let honorific = m.role, m.name.spaceSeparatedCount == 1,
      NameLexicon.honorifics[honorific.fastLowercased] != nil
    {
      entities[index].addAlias("\(honorific) \(m.name)")
    }
    if entities[index].kind == .person {
      if entities[index].name.spaceSeparatedCount >= 2, let last = entities[index].name.lastSpaceSeparatedWord {
        entities[index].addAlias(String(last))
      }
    }
  }

  /// Registers an unnamed speaker ("officials", "a spokesman") or an otherwise unknown name.
  mutating func entity(named name: String, kind: EntityKind) -> Int {
    if let existing = byName[name.fastLowercased], entities[existing].name == name { return existing }
    entities.append(LocalEntity(name: name, kind: kind))
    lowercasedRoles.append([])
    byName[name.fastLowercased] = entities.count - 1
    return entities.count - 1
  }

  /// Gives an entity its full name, keeping the old one as an alias ("PSAKI" → "Jen Psaki").
  mutating func rename(_ entity: Int, to name: String) {
    let old = entities[entity].name
    guard old != name else { return }
    entities[entity].name = name
    entities[entity].addAlias(old)
    byName[name.fastLowercased] = entity
    indexWords(of: entity)
  }

  /// Records that an entity was mentioned (so salience sees speakers named by role or noun).
  mutating func noteSpeaker(_ entity: Int, sentence: Int, token: Int) {
    if entities[entity].kind == .person {
      personTrail.append((entity, sentence, token, true))
    }
  }

  /// Learns a person's gender from a pronoun that was resolved to them.
  mutating func learnGender(_ gender: Gender, for entity: Int) {
    if entities[entity].gender == nil { entities[entity].gender = gender }
  }

  /// The person a he/she pronoun most likely refers to: the most salient person of agreeing
  /// gender in this or the three previous sentences, preferring subjects and recent speakers.
  func resolvePronoun(gender: Gender?, sentence: Int, token: Int, recentSpeakers: [Int]) -> Int? {
    var best: (entity: Int, score: Int)?
    for trail in personTrail.reversed() {
      if trail.sentence > sentence || (trail.sentence == sentence && trail.token >= token) { continue }
      let distance = sentence - trail.sentence
      if distance > 4 { break }
      let e = entities[trail.entity]
      if let g = gender, let eg = e.gender, g != eg { continue }
      var score = 100 - distance * 20
      if trail.subject { score += 12 }
      if let rank = recentSpeakers.firstIndex(of: trail.entity) { score += max(0, 15 - rank * 5) }
      if score > (best?.score ?? Int.min) { best = (trail.entity, score) }
    }
    return best?.entity
  }

  /// The persons mentioned in the sentence range, in order, without repeats.
  func persons(in sentences: ClosedRange<Int>) -> [Int] {
    var seen: [Int] = []
    for trail in personTrail where sentences.contains(trail.sentence) && !seen.contains(trail.entity) {
      seen.append(trail.entity)
    }
    return seen
  }

  /// The entity a mention starting at (sentence, token) resolved to.
  func entity(at sentence: Int, token: Int) -> Int? {
    mentionEntity[MentionKey(sentence: sentence, token: token)]
  }
}
