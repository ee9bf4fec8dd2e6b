/// Turns speaker phrases into entities: names through coreference, he/she by gender and
/// salience, "they" and "the two leaders" into the participants of the latest meeting or the
/// people just named, "it" into the latest organisation, and unnamed sources ("officials",
/// "a spokesman for the ministry") kept as written.
struct SpeakerResolver: Sendable {
  var coreference: Coreference
  let sentences: [AnalyzedSentence]
  let buffer: TextBuffer
  var meetings: [LocalMeeting] = []
  /// The latest speaker named by a plural noun ("the leaders", "officials") and its sentence.
  private var lastGroupSpeaker: (entity: Int, sentence: Int)?

  /// Entities that spoke most recently, latest first.
  private var recentSpeakers: [Int] = []

  /// Who wrote the text when its title says so ("Statement from President Joe Biden on …"):
  /// the "I" of sentences outside quotes and labels.
  var author: String?

  init(coreference: Coreference, sentences: [AnalyzedSentence], buffer: TextBuffer) {
    self.coreference = coreference
    self.sentences = sentences
    self.buffer = buffer
  }

  typealias Resolved = (speaker: String, entities: [Int], source: TextSpan?)

  /// Full names the article's title gives ("Press Briefing by Press Secretary Dana Lee"), for
  /// transcript labels in capitals ("MS. LEE:").
  var titleNames: [String] = []

  /// The article's title, for the holders of roles named in transcript labels ("THE PRESIDENT:").
  var title = ""

  mutating func speaker(of a: Attribution) -> Resolved? {
    guard var resolved = resolvedSpeaker(of: a) else { return nil }
    // A role in capitals ("THE VICE PRESIDENT:") is the person holding it in the article or title.
    if resolved.entities.count <= 1, let holder = roleHolder(forCapitals: resolved.speaker) {
      if let e = resolved.entities.first, coreference.entities[e].name == resolved.speaker {
        coreference.rename(e, to: holder)
        resolved.speaker = holder
      } else {
        let e = coreference.entity(named: holder, kind: .person)
        resolved = (coreference.entities[e].name, [e], resolved.source)
      }
      return resolved
    }
    // A label in capitals ("MS. LEE") names the person the article or its title names in full.
    if resolved.entities.count == 1, coreference.entities[resolved.entities[0]].kind == .person,
      let full = fullName(forCapitals: resolved.speaker)
    {
      coreference.rename(resolved.entities[0], to: full)
      resolved.speaker = full
    }
    return resolved
  }

  /// The person holding a role written in capitals ("THE PRESIDENT", "THE FIRST LADY"): the
  /// article's person with exactly that role, mentioned most, else the name the title gives
  /// after it.
  private func roleHolder(forCapitals label: String) -> String? {
    guard label.hasPrefix("THE "), !label.unicodeScalars.contains(where: { $0.properties.isLowercase }) else { return nil }
    let role = label.dropFirst(4).split(separator: " ").map { $0.lowercased() }
    guard let head = role.last, NameLexicon.titleWords.contains(head) else { return nil }
    let holders = coreference.entities.filter { e in
      e.kind == .person && e.roles.contains(where: { $0.lowercased().split(separator: " ").map(String.init) == role })
    }
    if let best = holders.max(by: { $0.mentions < $1.mentions }) { return best.name }
    return StatementAuthor.holder(of: role, inTitle: title)
  }

  /// The full name for a name written in capitals ("LEE", "DANA LEE"): a person the article
  /// names whose surname it ends with, or a name in the title.
  private func fullName(forCapitals name: String) -> String? {
    guard name.unicodeScalars.contains(where: { $0.properties.isUppercase }),
      !name.unicodeScalars.contains(where: { $0.properties.isLowercase }),
      let last = name.split(separator: " ").last.map({ String($0).uppercased() }), last.count >= 2,
      !NameLexicon.titleWords.contains(last.lowercased()), !NameLexicon.speakerNouns.contains(last.lowercased())
    else { return nil }
    // (Only names in lower and upper case: "Trustworthy AI" is no name for "AI".)
    let people = coreference.entities.filter { $0.kind == .person }.map(\.name) + titleNames
    return people.first(where: { full in
      let words = full.split(separator: " ")
      return words.count >= 2 && words.allSatisfy({ $0.unicodeScalars.contains(where: { $0.properties.isLowercase }) })
        && words.last.map({ String($0).uppercased() == last }) == true
    })
  }

  private mutating func resolvedSpeaker(of a: Attribution) -> Resolved? {
    switch a.speaker {
    case .sameAs:
      return nil
    case .group(let si, let match):
      let members = group(for: match, sentence: si)
      let source = span(si, match)
      if members.count >= 2 {
        let names = members.map { coreference.entities[$0].name }
        return (names.joined(separator: " and "), members, source)
      }
      // "They discussed …" after a meeting of unnamed parties: the latest plural speaker, or
      // no one, but no single organisation.
      if let pronoun = match.pronoun, pronoun == "they" || pronoun == "we" {
        return latestGroupSpeaker(before: si, source: source) ?? (pronoun, [], source)
      }
      return phraseSpeaker(si, match)
    case .phrase(let si, let match):
      return phraseSpeaker(si, match)
    }
  }

  private mutating func phraseSpeaker(_ si: Int, _ match: SpeakerPhrase.Match) -> Resolved? {
    let s = sentences[si]
    let source = span(si, match)
    // A relative pronoun: named by the phrase it stands for, found at the pronoun.
    if let antecedent = match.antecedent {
      let named = SpeakerPhrase.Match(first: antecedent.lowerBound, last: antecedent.upperBound, mention: match.mention, pronoun: nil)
      guard let resolved = phraseSpeaker(si, named) else { return nil }
      return (resolved.0, resolved.1, source)
    }
    if let pronoun = match.pronoun {
      let token = match.first
      switch pronoun {
      case "he", "she":
        let gender: Gender = pronoun == "he" ? .male : .female
        guard let e = coreference.resolvePronoun(gender: gender, sentence: si, token: token, recentSpeakers: recentSpeakers) else {
          return (pronoun, [], source)
        }
        coreference.learnGender(gender, for: e)
        noteSpeaker(e)
        return (coreference.entities[e].name, [e], source)
      case "they", "we":
        let members = group(for: match, sentence: si)
        if members.count >= 2 {
          return (members.map { coreference.entities[$0].name }.joined(separator: " and "), members, source)
        }
        // "The Leaders welcomed … They noted …": the latest plural speaker, before any organisation.
        if let group = latestGroupSpeaker(before: si, source: source) { return group }
        // ("We" outside quotes is the writers, not the last organisation named.)
        if pronoun == "they", let org = latestOrganization(before: si) {
          return (coreference.entities[org].name, [org], source)
        }
        return (pronoun, [], source)
      case "it":
        if let org = latestOrganization(before: si) { return (coreference.entities[org].name, [org], source) }
        return nil
      case "i":
        // "I" outside quotes: the interviewee in an answer ("A: I think …"), the speaker of a
        // transcript paragraph ("MS. LEE: … I think …"); otherwise whoever wrote the text, whom
        // the text does not name (a statement's title names its author), so no attribution.
        if let turn = turnLabel(paragraph: s.paragraph) {
          if turn.colon == 1, turn.opening.tokens[0].text == "Q" { return nil }
          if let labelled = labelledSpeaker(turn, source: source) { return labelled }
        }
        guard let author else { return ("the writer", [], source) }
        // The article's own entity for the author when it names them ("Biden" for "Joe Biden").
        let surname = author.split(separator: " ").last.map(String.init) ?? author
        let e = coreference.entities.indices.first(where: {
          coreference.entities[$0].kind == .person && (coreference.entities[$0].name == author || coreference.entities[$0].name.hasSuffix(" " + surname))
        }) ?? coreference.entity(named: author, kind: .person)
        return (coreference.entities[e].name, [e], source)
      default:
        // "you" outside quotes addresses the reader: no attribution.
        return nil
      }
    }
    if let m = match.mention, let e = coreference.entity(at: si, token: m.first) {
      // "X and Y said": both.
      var members = [e]
      for other in s.mentions where other.first >= match.first && other.last <= match.last && other.first != m.first {
        if let oe = coreference.entity(at: si, token: other.first), coreference.entities[oe].kind == .person, !members.contains(oe) {
          members.append(oe)
        }
      }
      let persons = members.filter { coreference.entities[$0].kind == .person }
      let chosen = persons.count >= 2 ? persons : [e]
      chosen.forEach { noteSpeaker($0) }
      let name = chosen.map { coreference.entities[$0].name }.joined(separator: " and ")
      return (name, chosen, source)
    }
    // "A: …" in an interview: the answer is the interviewee's, the person most talked about.
    if match.last - match.first == 1, s.tokens[match.first].text == "A", match.last < s.tokens.count,
      s.tokens[match.last].text == ":"
    {
      return interviewee(source: source)
    }
    // Sentence adverbs and headline words are not speakers: "Now, …", "Perhaps …", "Latest:".
    if match.last - match.first == 1, match.mention.map({ coreference.entity(at: si, token: $0.first) == nil }) ?? true {
      let w = s.tokens[match.first].lower
      // (Nor is a participle: "Recognizing the consensus …, condemning …".)
      if w.hasSuffix("ly") || w.hasSuffix("ing") || NameLexicon.functionWords.contains(w) || SpeakerResolver.notSpeakers.contains(w) {
        return nil
      }
    }
    // A name the mention finder ran together with other capitals (a headline in title case):
    // the person or organisation of the article with that name or surname.
    if match.mention.map({ coreference.entity(at: si, token: $0.first) == nil }) ?? true,
      (match.first..<match.last).allSatisfy({ s.tokens[$0].isCapitalized }), let e = namedEntity(match, in: s)
    {
      noteSpeaker(e)
      return (coreference.entities[e].name, [e], source)
    }
    // An unnamed source kept as written, lowercased at the start: "officials", "a spokesman".
    // (Hard-wrapped text: "the White\nHouse" is "the White House".)
    var text = SpaceFolding.fold(buffer.string(s.tokens[match.first].start, s.tokens[match.last - 1].end))
    let firstWord = s.tokens[match.first].lower
    let startsWithName = s.mentions.contains { $0.first <= match.first && match.first < $0.last }
      && !NameLexicon.speakerNouns.contains(firstWord) && !SpeakerPhrase.determiners.contains(firstWord)
    let titleCased = match.last - match.first >= 2 && (match.first..<match.last).allSatisfy { s.tokens[$0].isCapitalized }
    if let first = text.first, first.isUppercase, !startsWithName, !titleCased, !s.tokens[match.first].isAcronym {
      text = text.prefix(1).lowercased() + text.dropFirst()
    }
    // The head is the noun before any "of/for/from" tail: "officials from both sides".
    let headIndex = ((match.first..<match.last).first(where: { ["of", "for", "from", "at", "in", "with"].contains(s.tokens[$0].lower) }) ?? match.last) - 1
    let isGroup = headIndex >= match.first && NameLexicon.groupNouns.contains(s.tokens[headIndex].lower)
    if isGroup, let lastMeeting = meetings.last(where: { $0.sentence <= si }), lastMeeting.participants.count >= 2,
      (match.first...headIndex).contains(where: { ["two", "both"].contains(s.tokens[$0].lower) })
    {
      let names = lastMeeting.participants.map { coreference.entities[$0].name }
      return (names.joined(separator: " and "), lastMeeting.participants, source)
    }
    let e = coreference.entity(named: text, kind: .group)
    if headIndex >= match.first, s.tokens[headIndex].lower.hasSuffix("s"), !s.tokens[headIndex].lower.hasSuffix("ss") {
      lastGroupSpeaker = (e, si)
    }
    return (text, [e], source)
  }

  /// The interviewee of an interview in questions and answers: the person the article names
  /// most.
  private func interviewee(source: TextSpan) -> Resolved? {
    guard let e = coreference.entities.indices.filter({ coreference.entities[$0].kind == .person })
      .max(by: { coreference.entities[$0].mentions < coreference.entities[$1].mentions })
    else { return nil }
    return (coreference.entities[e].name, [e], source)
  }

  /// Who "I" is in a paragraph that opens with a label: the interviewee after "A:", the
  /// labelled speaker of a transcript ("MS. LEE:", "PRESIDENT OKAFOR:").
  /// The label of the turn holding a paragraph ("MS. LEE:", "A:", "Q:"): the nearest one
  /// opening a paragraph at or before it, a turn running over the paragraphs after its label.
  private func turnLabel(paragraph: Int) -> (opening: AnalyzedSentence, colon: Int)? {
    guard let here = sentences.lastIndex(where: { $0.paragraph == paragraph && $0.paragraph >= 0 }) else { return nil }
    var i = here
    while i >= 0, paragraph - sentences[i].paragraph <= 30 {
      let s = sentences[i]
      if i == 0 || sentences[i - 1].paragraph != s.paragraph,
        let c = s.tokens.prefix(8).firstIndex(where: { $0.text == ":" }), c >= 1,
        c == 1 && ["A", "Q"].contains(s.tokens[0].text)
          || s.tokens[..<c].allSatisfy({ $0.kind == .word && $0.isAcronym || $0.text == "." }) && s.tokens[..<c].contains(where: { $0.kind == .word })
      {
        return (s, c)
      }
      i -= 1
    }
    return nil
  }

  /// Who a turn's label names: the interviewee after "A:", the labelled speaker of a
  /// transcript ("MS. LEE:", "PRESIDENT OKAFOR:"); nil for "Q:" and for labels naming no one.
  private mutating func labelledSpeaker(_ turn: (opening: AnalyzedSentence, colon: Int), source: TextSpan) -> Resolved? {
    let label = turn.opening.tokens[..<turn.colon]
    if turn.colon == 1, label.first?.text == "Q" { return nil }  // the questioner, unnamed
    if turn.colon == 1, label.first?.text == "A" { return interviewee(source: source) }
    let match = SpeakerPhrase.Match(
      first: 0, last: turn.colon, mention: turn.opening.mentions.first(where: { $0.first == 0 || $0.roleFirst == 0 }), pronoun: nil)
    guard let resolved = phraseSpeaker(turn.opening.index, match) else { return nil }
    return (resolved.speaker, resolved.entities, source)
  }

  /// The entity whose name or alias is the phrase's words, or the one person whose surname is
  /// its last word ("Trump" in a headline for "Donald Trump" of the body).
  private func namedEntity(_ match: SpeakerPhrase.Match, in s: AnalyzedSentence) -> Int? {
    let words = (match.first..<match.last).map { s.tokens[$0].lower }
    let name = words.joined(separator: " ")
    if let e = coreference.entities.indices.first(where: { e in
      coreference.entities[e].name.fastLowercased == name
        || coreference.entities[e].aliases.contains(where: { $0.fastLowercased == name })
    }) {
      return e
    }
    guard words.count <= 2, let last = words.last else { return nil }
    let persons = coreference.entities.indices.filter {
      coreference.entities[$0].kind == .person && coreference.entities[$0].nameWords.last == last
    }
    return persons.count == 1 ? persons[0] : nil
  }

  /// Single words that open sentences and headlines but never name a speaker.
  private static let notSpeakers: LexiconSet = [
    "perhaps", "now", "recently", "instead", "correction", "update", "today", "yesterday",
    "tonight", "latest", "abstract", "meanwhile", "still", "here", "there", "then", "health",
    "editor", "note", "watch", "related", "photo", "video", "advertisement",
  ]

  private mutating func noteSpeaker(_ e: Int) {
    recentSpeakers.removeAll { $0 == e }
    recentSpeakers.insert(e, at: 0)
  }

  /// Participants "they" or "the two sides" stand for: the latest meeting's, or the persons
  /// named in this and the previous sentence.
  private func group(for match: SpeakerPhrase.Match, sentence si: Int) -> [Int] {
    if let meeting = meetings.last(where: { $0.sentence <= si }), meeting.participants.count >= 2, si - meeting.sentence <= 12 {
      return meeting.participants
    }
    return Array(coreference.persons(in: max(0, si - 1)...si).prefix(4))
  }

  /// The speaker named by a plural noun in the last eight sentences ("the leaders").
  private func latestGroupSpeaker(before si: Int, source: TextSpan) -> Resolved? {
    guard let group = lastGroupSpeaker, si - group.sentence <= 8 else { return nil }
    return (coreference.entities[group.entity].name, [group.entity], source)
  }

  private func latestOrganization(before si: Int) -> Int? {
    var best: (Int, Int)?
    for (i, e) in coreference.entities.enumerated() where e.kind == .organization {
      let limit = sentences[si].start
      if let p = e.positions.last(where: { $0 < limit }), best == nil || p > best!.1 { best = (i, p) }
    }
    return best?.0
  }

  private func span(_ si: Int, _ match: SpeakerPhrase.Match) -> TextSpan {
    let s = sentences[si]
    var first = match.first
    // A relative pronoun's source runs from the phrase it stands for: "some experts who",
    // "Senator Ann Lee, who".
    if match.last - first == 1, ["who", "which", "that"].contains(s.tokens[first].lower) {
      if let antecedent = match.antecedent, antecedent.lowerBound < first {
        first = antecedent.lowerBound
      } else if let m = match.mention, m.last <= first {
        first = m.roleFirst
      }
    }
    return buffer.span(s.tokens[first].start, s.tokens[match.last - 1].end)
  }

  /// Resolves a meeting's participants: the sentence's subject (or speaker) and the guests.
  mutating func meeting(_ found: MeetingExtractor.Found, in s: AnalyzedSentence) -> LocalMeeting? {
    var participants: [Int] = []
    func add(_ e: Int?) {
      if let e, coreference.entities[e].kind == .person || coreference.entities[e].kind == .organization,
        !participants.contains(e)
      {
        participants.append(e)
      }
    }
    // Host: persons named before the meeting phrase (or the sentence's speaker).
    for m in s.mentions where m.last <= found.guestStart - 1 {
      if let e = coreference.entity(at: s.index, token: m.first), coreference.entities[e].kind == .person { add(e) }
    }
    if participants.isEmpty, let pronounIndex = s.tokens[..<found.guestStart].firstIndex(where: { ["he", "she"].contains($0.lower) }) {
      let gender: Gender = s.tokens[pronounIndex].lower == "he" ? .male : .female
      add(coreference.resolvePronoun(gender: gender, sentence: s.index, token: pronounIndex, recentSpeakers: recentSpeakers))
    }
    // Guests: names after the phrase, joined by "and" or commas, until a preposition.
    var k = found.guestStart
    while k < s.tokens.count {
      if let m = s.mention(startingAt: k) ?? s.mentions.first(where: { $0.first == k }) {
        add(coreference.entity(at: s.index, token: m.first))
        k = m.last
        if k < s.tokens.count, s.tokens[k].lower == "of", k + 1 < s.tokens.count, s.mention(startingAt: k + 1) != nil {
          k = s.mention(startingAt: k + 1).map(\.last) ?? k + 1  // "Chancellor Scholz of Germany"
        }
        continue
      }
      let w = s.tokens[k].lower
      if w == "and" || w == "," || SpeakerPhrase.determiners.contains(w) || NameLexicon.titleWords.contains(w) || Gazetteer.isDemonym(w) {
        k += 1
        continue
      }
      break
    }
    // "The two mayors are scheduled to meet again … together with X": the group is the
    // latest meeting's participants, and "with" names more.
    let opening = s.tokens[..<min(found.guestStart, s.tokens.count)].map(\.lower)
    if participants.count < 2, opening.contains(where: { ["two", "both", "they", "sides"].contains($0) }),
      let last = meetings.last
    {
      last.participants.forEach { add($0) }
    }
    if let with = s.tokens.indices.first(where: { $0 >= found.guestStart && s.tokens[$0].lower == "with" }) {
      for m in s.mentions where m.roleFirst > with || m.first > with {
        if let e = coreference.entity(at: s.index, token: m.first), coreference.entities[e].kind == .person { add(e) }
      }
    }
    guard participants.count >= 2 else { return nil }
    return LocalMeeting(
      sentence: s.index, participants: participants, date: found.date, place: found.place, kind: found.kind,
      planned: found.planned)
  }
}
