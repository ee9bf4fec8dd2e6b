/// Finds the speaker's noun phrase next to a cue: before it ("Wang said", "a spokesman for the
/// ministry said", "Wang, who is also …, said") or after it ("…, said Chinese Foreign Minister
/// Wang Yi during a meeting").
struct SpeakerPhrase: Sendable {
  /// Token range `[first, last)` within the sentence, and the mention or pronoun it holds.
  struct Match: Sendable {
    var first: Int
    var last: Int
    /// The mention forming the phrase's head, if the head is a name.
    var mention: Mention?
    /// The pronoun, lowercased, if the head is one.
    var pronoun: String?
    /// For a relative pronoun ("the union, which endorsed …"), the noun phrase it stands for;
    /// the speaker is named by it while the source span stays the pronoun.
    var antecedent: Range<Int>? = nil
  }

  static let determiners: LexiconSet = [
    "the", "a", "an", "these", "those", "his", "her", "their", "its", "our",
    "another", "some", "many", "most", "several", "two", "three", "four", "both", "all", "other",
    "one", "few", "top", "senior", "former", "several", "multiple", "unnamed", "anonymous",
  ]

  /// An adverb in "-ly" between a subject and its verb ("repeatedly said"); not the nouns
  /// "rally", "ally", "family".
  static func isAdverb(_ t: Token) -> Bool {
    guard t.kind == .word, !t.isCapitalized else { return false }
    if t.lower.hasSuffix("ly") { return !lyNouns.contains(t.lower) }
    // Adverbs without "-ly" between a subject and its verb: "has since said", "have long
    // argued" (a switch: this runs for every word before a cue, and hashing costs more).
    switch t.lower {
    case "since", "already", "long", "often", "never", "always", "still", "ever", "once", "later", "too", "hereby", "therefore", "thus":
      return true
    default: return false
    }
  }

  private static let lyNouns: LexiconSet = [
    "rally", "ally", "family", "assembly", "supply", "reply", "monopoly", "anomaly", "bully", "fly", "belly", "folly", "tally",
  ]

  /// The pronoun in a contraction with an auxiliary: "he’s" → "he", "they've" → "they".
  static func contractedPronoun(_ word: String) -> String? {
    // (Most words have no apostrophe: a byte scan before any splitting.)
    let bytes = word.utf8
    guard bytes.count >= 3, bytes.count <= 9, bytes.contains(where: { $0 == 0x27 || $0 == 0xE2 }) else { return nil }
    for mark in ["’", "'"] {
      let parts = word.components(separatedBy: mark)
      guard parts.count == 2, ["s", "ve", "d", "ll"].contains(parts[1]) else { continue }
      let pronoun = parts[0]
      if ["he", "she", "they", "we", "i", "it"].contains(pronoun) { return pronoun }
    }
    return nil
  }

  static let speakerPronouns: LexiconSet = ["he", "she", "they", "i", "we", "it", "you", "who"]

  /// Words that end a backward scan: clause links and verbs that cannot sit inside a subject.
  static let stoppers: LexiconSet = [
    "that", "which", "and", "but", "or", "because", "when", "while", "if", "as", "after",
    "before", "since", "although", "though", "so", "than", "to", "is", "was", "are", "were",
    "be", "been", "has", "have", "had", "will", "would", "not", "what", "where", "how", "why",
    "whether", "once", "until", "unless", "then", "also", "said", "says", "say", "told", "in",
    "on", "at", "by", "with", "about", "into", "over", "under", "during", "against", "between",
    "through", "without", "like", "just", "even", "only", "either", "neither", "nor",
  ]

  /// The speaker phrase ending just before token `end` (exclusive), skipping auxiliaries.
  func before(_ s: AnalyzedSentence, end cueIndex: Int) -> Match? {
    var k = timeAdverbialStart(s, end: cueIndex)
    while k > 0, s.tokens[k - 1].kind == .word,
      CueLexicon.auxiliaries.contains(s.tokens[k - 1].lower) || SpeakerPhrase.isAdverb(s.tokens[k - 1])
    {
      k -= 1
    }
    guard k > 0 else { return nil }
    // "Sen. David Perdue (R-Ga.) said": skip a parenthesis.
    if s.tokens[k - 1].text == ")", let open = (0..<(k - 1)).last(where: { s.tokens[$0].text == "(" }), k - open <= 8 {
      return before(s, end: open)
    }
    // "Jason Sims — a teacher from Mount Pleasant — says": skip an apposition between dashes.
    if s.tokens[k - 1].kind == .dash, let open = (max(0, k - 14)..<(k - 1)).last(where: { s.tokens[$0].kind == .dash }),
      open > 0, s.mention(endingAt: open) != nil
    {
      return before(s, end: open)
    }
    // "A former candidate -- John McCain, who lost in 2008 -- said": the name between dashes.
    if s.tokens[k - 1].kind == .dash, let open = (max(0, k - 24)..<(k - 1)).last(where: { s.tokens[$0].kind == .dash }),
      open > 0, let name = s.mention(startingAt: open + 1), name.kind == .person, name.last < k - 1,
      name.last == k - 1 || s.tokens[name.last].text == ","
    {
      return Match(first: open + 1, last: name.last, mention: name, pronoun: nil)
    }
    // "Wang, who is also a member of …, said": skip the relative clause or apposition.
    if s.tokens[k - 1].text == ",", let open = clauseOpening(s, closingComma: k - 1) {
      return before(s, end: open)
    }
    // "the ministry's spokesman, Tom Baker, said": a role and the person's name after it.
    if s.tokens[k - 1].text == ",", let name = s.mention(endingAt: k - 1), name.kind == .person, name.roleFirst >= 2,
      s.tokens[name.roleFirst - 1].text == ",", let role = before(s, end: name.roleFirst - 1),
      role.mention == nil, role.pronoun == nil, role.antecedent == nil
    {
      return Match(first: role.first, last: k - 1, mention: name, pronoun: nil)
    }
    // "Another delegate on the Cruz slate, Jim Poolman, said": any phrase opening the clause
    // before a full name between commas.
    if s.tokens[k - 1].text == ",", let name = s.mention(endingAt: k - 1), name.kind == .person, name.last - name.first >= 2,
      name.roleFirst >= 2, s.tokens[name.roleFirst - 1].text == ",", let role = clauseSubject(s, end: name.roleFirst - 1),
      role.last == name.roleFirst - 1, SpeakerPhrase.determiners.contains(s.tokens[role.first].lower)
    {
      return Match(first: role.first, last: k - 1, mention: name, pronoun: nil)
    }
    let head = s.tokens[k - 1]
    // "Joseph R. Biden, Jr. said": the suffix belongs to the name before its comma.
    if head.kind == .word, ["jr.", "jr", "sr.", "sr"].contains(head.lower), k >= 3, s.tokens[k - 2].text == "," {
      guard var m = before(s, end: k - 2) else { return nil }
      m.last = k
      return m
    }
    // "he’s said", "they've argued": a pronoun with its auxiliary run together.
    if head.kind == .word, let pronoun = SpeakerPhrase.contractedPronoun(head.lower) {
      return Match(first: k - 1, last: k, mention: nil, pronoun: pronoun)
    }
    if head.kind == .word, SpeakerPhrase.speakerPronouns.contains(head.lower) {
      // "Senator Ann Lee, who said …": the relative pronoun stands for the name before it.
      if head.lower == "who" { return relative(s, pronoun: k - 1) }
      return Match(first: k - 1, last: k, mention: nil, pronoun: head.lower)
    }
    // "The union, which endorsed …", "an organization that endorsed …": a relative pronoun
    // right before the verb stands for the noun phrase before it.
    if head.kind == .word, head.lower == "which" || head.lower == "that", cueIndex < s.tokens.count,
      k == cueIndex, isFinite(s.tokens[cueIndex])
    {
      return relative(s, pronoun: k - 1)
    }
    // A name (with its role) ends right here.
    if let m = s.mention(endingAt: k) {
      // "former Gov. Jeb Bush of Florida said": the person, not the place.
      if m.roleFirst >= 2, ["of", "from"].contains(s.tokens[m.roleFirst - 1].lower),
        let person = s.mention(endingAt: m.roleFirst - 1), person.kind == .person
      {
        var first = person.roleFirst
        while first > 0, SpeakerPhrase.determiners.contains(s.tokens[first - 1].lower) { first -= 1 }
        return Match(first: first, last: k, mention: person, pronoun: nil)
      }
      // "Experts on North Korea said": the speaker is the experts, the name their subject.
      // (Also with a lowercase modifier before the name: "a spokesman for committee Democrats".)
      var link = m.roleFirst - 1
      if link >= 2, s.tokens[link].kind == .word, !s.tokens[link].isCapitalized,
        !SpeakerPhrase.prepositions.contains(s.tokens[link].lower), !SpeakerPhrase.stoppers.contains(s.tokens[link].lower),
        SpeakerPhrase.prepositions.contains(s.tokens[link - 1].lower)
      {
        link -= 1
      }
      if link >= 1, SpeakerPhrase.prepositions.contains(s.tokens[link].lower),
        NameLexicon.speakerNouns.contains(s.tokens[link - 1].lower)
      {
        var first = link - 1
        while first > 0, SpeakerPhrase.determiners.contains(s.tokens[first - 1].lower) { first -= 1 }
        return Match(first: first, last: k, mention: nil, pronoun: nil)
      }
      var first = m.roleFirst
      while first > 0, SpeakerPhrase.determiners.contains(s.tokens[first - 1].lower) { first -= 1 }
      // "X and Y said": keep both names.
      // (Not a name after a preposition: "developments in the Middle East and the Vice
      // President underscored".)
      if first >= 2, s.tokens[first - 1].lower == "and", let other = s.mention(endingAt: first - 1) {
        var p = other.roleFirst - 1
        if p >= 0, s.tokens[p].lower == "the" { p -= 1 }
        if p < 0 || !(SpeakerPhrase.prepositions.contains(s.tokens[p].lower) || ["to", "about", "by"].contains(s.tokens[p].lower)) {
          first = other.roleFirst
        }
      }
      return Match(first: first, last: k, mention: m, pronoun: nil)
    }
    // A common-noun speaker: "officials", "a spokesman for the ministry", "the campaign".
    var first = k
    var sawHead = false
    var steps = 0
    while first > 0, steps < 9 {
      let t = s.tokens[first - 1]
      if t.kind == .word || t.kind == .number || t.text == "-" || t.text == "&" {
        if !sawHead {
          guard isSpeakerHead(t) else { return nil }
          sawHead = true
        } else if SpeakerPhrase.stoppers.contains(t.lower) && !SpeakerPhrase.prepositions.contains(t.lower) {
          break
        }
        if s.quoteOf.indices.contains(first - 1), s.quoteOf[first - 1] != nil { break }
        first -= 1
        steps += 1
      } else {
        break
      }
    }
    guard sawHead else { return nil }
    // The phrase starts at a determiner or a capitalised word; drop trailing prepositions.
    while first < k - 1, SpeakerPhrase.prepositions.contains(s.tokens[first].lower) { first += 1 }
    while first < k - 1 {
      let t = s.tokens[first]
      if SpeakerPhrase.determiners.contains(t.lower) || t.isCapitalized || t.kind == .number
        || NameLexicon.speakerNouns.contains(t.lower)
      {
        break
      }
      first += 1
    }
    // (A name before the head noun is a modifier: "Senior Administration officials" are no
    // "Senior Administration".)
    return Match(first: first, last: k, mention: s.mentions.last(where: { $0.first >= first && $0.last == k }), pronoun: nil)
  }

  /// The relative pronoun at token `pronoun` standing for the name or phrase before it (and
  /// before its comma): "Senator Ann Lee, who said", "a young child, who said", "an
  /// organization that endorsed".
  private func relative(_ s: AnalyzedSentence, pronoun: Int) -> Match? {
    let end = pronoun >= 2 && s.tokens[pronoun - 1].text == "," ? pronoun - 1 : pronoun
    guard end >= 1 else { return nil }
    if let antecedent = s.mention(endingAt: end) { return Match(first: pronoun, last: pronoun + 1, mention: antecedent, pronoun: nil) }
    guard let phrase = before(s, end: end), phrase.pronoun == nil, phrase.antecedent == nil,
      !s.tokens[phrase.first..<phrase.last].contains(where: { ["who", "which", "that"].contains($0.lower) })
    else { return nil }
    return Match(first: pronoun, last: pronoun + 1, mention: phrase.mention, pronoun: nil, antecedent: phrase.first..<phrase.last)
  }

  /// A verb form that can follow a relative pronoun as its verb: "endorsed", "says", "told".
  private func isFinite(_ t: Token) -> Bool {
    t.kind == .word && !t.isCapitalized && (t.lower.hasSuffix("ed") || t.lower.hasSuffix("s") || ["said", "told", "wrote", "thought", "felt", "saw", "knew", "sought"].contains(t.lower))
  }

  /// Where a time adverbial between the speaker and the cue starts: "Ryan on Tuesday called",
  /// "Lee last week said", "Lee yesterday said"; `end` itself when there is none.
  private func timeAdverbialStart(_ s: AnalyzedSentence, end: Int) -> Int {
    var k = end
    guard k >= 2, s.tokens[k - 1].kind == .word else { return end }
    let last = s.tokens[k - 1].lower
    if last == "ago", let unit = (max(0, k - 6)..<(k - 1)).first(where: {
      SpeakerPhrase.quantityOpeners.contains(s.tokens[$0].lower) || s.tokens[$0].kind == .number
        || SpeakerPhrase.countWords.contains(s.tokens[$0].lower)
    }) {
      // "The State Department less than two weeks ago said"
      k = unit
    } else if SpeakerPhrase.dayWords.contains(last) {
      k -= 1
      if k >= 2, s.tokens[k - 1].lower == "on" { k -= 1 }
    } else if SpeakerPhrase.periods.contains(last), SpeakerPhrase.periodDeterminers.contains(s.tokens[k - 2].lower) {
      k -= 2
    }
    // Only between a name (or noun) and its verb: the word before must not be a stopper.
    guard k < end, k >= 1, s.tokens[k - 1].kind == .word || s.tokens[k - 1].text == "," || s.tokens[k - 1].text == ")",
      !SpeakerPhrase.stoppers.contains(s.tokens[k - 1].lower)
    else {
      return end
    }
    return k
  }

  /// Prepositions opening an insertion between a name and its verb: "Lee, in a statement, said".
  static let insertionPrepositions: LexiconSet = ["in", "at", "during", "on", "after", "speaking"]

  /// Words that may open a share or count before a verb of saying: "About 9 percent said",
  /// "More than six in 10 said", "Only 7 percent said".
  static let quantityOpeners: LexiconSet = [
    "about", "almost", "nearly", "roughly", "approximately", "around", "some", "only", "just", "over",
    "under", "more", "less", "fewer", "than", "exactly", "even",
  ]

  /// Words that may start a count: "About one in five say", "Almost half said".
  static let countWords: LexiconSet = [
    "a", "half", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "third", "quarter",
  ]

  /// A subject with a relative clause before a verb of saying: "people who have battled other
  /// online threats say", "The state officials whose laws have been invalidated say".
  func relativeSubject(_ s: AnalyzedSentence, end cueIndex: Int) -> Match? {
    var r = cueIndex - 1
    while r >= 1, cueIndex - r < 14 {
      let t = s.tokens[r]
      if t.kind == .punctuation || t.kind == .quote || t.kind == .dash { return nil }
      if ["who", "whose", "that"].contains(t.lower), isSpeakerHead(s.tokens[r - 1]), r + 1 < cueIndex { break }
      r -= 1
    }
    guard r >= 1, cueIndex - r < 14, ["who", "whose", "that"].contains(s.tokens[r].lower) else { return nil }
    // The relative clause must have a verb of its own before the cue: "who have battled".
    var first = r - 1
    while first > 0, r - first < 5, s.tokens[first - 1].kind == .word, !SpeakerPhrase.stoppers.contains(s.tokens[first - 1].lower),
      CueLexicon.entry(s.tokens[first - 1].lower) == nil
    {
      first -= 1
    }
    if first > 0 {
      let before = s.tokens[first - 1]
      guard before.kind == .punctuation || before.kind == .quote || SpeakerPhrase.clauseOpeners.contains(before.lower) else { return nil }
    }
    return Match(first: first, last: cueIndex, mention: s.mentions.last(where: { $0.first >= first && $0.last <= r }), pronoun: nil)
  }

  /// Prepositions that tie a tail to a speaker noun: "experts on North Korea", "a spokesman for".
  static let prepositions: LexiconSet = ["of", "for", "from", "at", "in", "with", "on"]

  /// Words that may stand inside a subject phrase: "those close to him", "attorneys for the family".
  private static let subjectLinks: LexiconSet = [
    "of", "for", "from", "on", "at", "in", "with", "to", "close", "familiar", "near", "over", "under", "among", "across",
  ]

  /// Words after which a new clause, and so a subject, begins.
  static let clauseOpeners: LexiconSet = ["that", "and", "but", "because", "while", "although", "though", "as"]

  /// Words naming a day: "Tuesday", "yesterday".
  static let dayWords: LexiconSet = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight",
  ]
  /// "last week", "this month": a period after one of `periodDeterminers`.
  static let periods: LexiconSet = ["week", "month", "year", "night", "weekend"]
  static let periodDeterminers: LexiconSet = ["last", "this"]

  /// Any short noun phrase opening the clause before a verb of saying: "Those close to him
  /// say", "63 percent said", "attorneys for the family said". Used only when `before` finds no
  /// speaker and the cue is unmistakably speech.
  func clauseSubject(_ s: AnalyzedSentence, end cueIndex: Int) -> Match? {
    var k = cueIndex
    while k > 0, s.tokens[k - 1].kind == .word,
      CueLexicon.auxiliaries.contains(s.tokens[k - 1].lower) || SpeakerPhrase.isAdverb(s.tokens[k - 1])
    {
      k -= 1
    }
    guard k > 0 else { return nil }
    let links = SpeakerPhrase.subjectLinks
    var first = k
    while first > 0, k - first < 10 {
      let t = s.tokens[first - 1]
      guard t.kind == .word || t.kind == .number || t.text == "-" || t.text == "%" else { break }
      if s.quoteOf.indices.contains(first - 1), s.quoteOf[first - 1] != nil { break }
      if SpeakerPhrase.stoppers.contains(t.lower), !links.contains(t.lower) { break }
      // (A cue word after a determiner is a noun: "An earlier report in a paper said"; a
      // participle before a time is a modifier: "A news report published Wednesday said".)
      let reducedRelative = t.lower.hasSuffix("ed") && first < k && first >= 2 && s.tokens[first - 2].kind == .word
        && (SpeakerPhrase.dayWords.contains(s.tokens[first].lower) || ["by", "last", "this", "earlier", "on", "in"].contains(s.tokens[first].lower))
      // (After a preposition too: "The former secretary of state said".)
      if CueLexicon.entry(t.lower) != nil, !reducedRelative,
        !(first >= 2 && (SpeakerPhrase.determiners.contains(s.tokens[first - 2].lower) || ["earlier", "new", "recent", "latest"].contains(s.tokens[first - 2].lower)
          || SpeakerPhrase.prepositions.contains(s.tokens[first - 2].lower)))
      {
        return nil
      }
      first -= 1
    }
    guard first < k else { return nil }
    // "About 9 percent said", "More than six in 10 said": a quantity's opening words.
    if first > 0, s.tokens[first].kind == .number || SpeakerPhrase.countWords.contains(s.tokens[first].lower) {
      var q = first
      while q > 0, first - q < 3, SpeakerPhrase.quantityOpeners.contains(s.tokens[q - 1].lower) { q -= 1 }
      first = q
    }
    // The phrase must open its clause: the sentence start, a comma, a quote or a link word
    // (or a focus adverb opening the sentence: "Even the organizer of the rally said").
    if first > 0 {
      let before = s.tokens[first - 1]
      let focus = ["even", "only", "perhaps", "indeed"].contains(before.lower)
        && (first == 1 || s.tokens[first - 2].kind == .punctuation || s.tokens[first - 2].kind == .quote)
      guard before.kind == .punctuation || before.kind == .quote || before.kind == .dash
        || SpeakerPhrase.clauseOpeners.contains(before.lower) || focus
      else { return nil }
    }
    while first < k - 1, links.contains(s.tokens[first].lower) { first += 1 }
    guard !links.contains(s.tokens[k - 1].lower) else { return nil }
    // A name heads the phrase only at its end: "the Republican presidential candidate" is no
    // Republican.
    return Match(first: first, last: k, mention: s.mentions.last(where: { $0.first >= first && $0.last == k }), pronoun: nil)
  }

  /// For a comma closing ", who …," or ", the company's chief," the index of the opening comma.
  private func clauseOpening(_ s: AnalyzedSentence, closingComma c: Int) -> Int? {
    var p = c - 1
    while p > 0, c - p < 30 {
      let t = s.tokens[p]
      if t.text == "," {
        guard p + 1 < c, p > 0 else { return nil }
        let first = s.tokens[p + 1].lower
        let next = s.tokens[p + 1]
        // (Also "Tina Tchen, Mrs. Obama's chief of staff," and "Lee, in a statement on Friday,".)
        let opensClause = ["who", "whose", "which", "whom"].contains(first)
          || SpeakerPhrase.determiners.contains(first) || NameLexicon.titleWords.contains(first)
          || next.kind == .number || (next.kind == .word && next.isCapitalized && s.mention(endingAt: p) != nil)
          || (SpeakerPhrase.insertionPrepositions.contains(first) && s.mention(endingAt: p) != nil)
        // (Any apposition after a person's full name: "Matdos Santos, legal director for ACLU,".)
        let afterPerson = s.mention(endingAt: p).map { $0.kind == .person || $0.last - $0.first >= 2 } ?? false
        // The phrase before the opening comma must end in a name or speaker noun.
        guard opensClause || afterPerson, s.mention(endingAt: p) != nil || isSpeakerHead(s.tokens[p - 1]) else { return nil }
        return p
      }
      // (A possessive's apostrophe is no quote: "Jeff Weaver, Sanders’ campaign manager,".)
      let possessive = t.kind == .quote && (t.text == "\u{2019}" || t.text == "'") && p > 0 && p + 1 < c
        && s.tokens[p - 1].kind == .word && s.tokens[p - 1].lower.hasSuffix("s") && s.tokens[p + 1].kind == .word
        && !s.tokens[p + 1].isCapitalized
      if (t.kind == .quote && !possessive) || [".", ";", ":", "(", ")"].contains(t.text) {
        return nil
      }
      p -= 1
    }
    return nil
  }

  /// The speaker phrase starting at token `start`: "said Chinese Foreign Minister Wang Yi", "said
  /// a spokesman for the ministry", "said he".
  func after(_ s: AnalyzedSentence, start: Int) -> Match? {
    guard start < s.tokens.count else { return nil }
    let t = s.tokens[start]
    if t.kind == .word, ["he", "she", "they", "it", "we", "i"].contains(t.lower) {
      return Match(first: start, last: start + 1, mention: nil, pronoun: t.lower)
    }
    // ("said of Cruz": a preposition opens no speaker.)
    guard !SpeakerPhrase.prepositions.contains(t.lower) else { return nil }
    var k = start
    while k < s.tokens.count, SpeakerPhrase.determiners.contains(s.tokens[k].lower) { k += 1 }
    if let m = s.mention(startingAt: k) {
      var last = m.last
      // "…, said X and Y"
      if last + 1 < s.tokens.count, s.tokens[last].lower == "and", let other = s.mention(startingAt: last + 1) {
        last = other.last
      }
      return Match(first: start, last: last, mention: m, pronoun: nil)
    }
    // Common-noun speaker: determiner, adjectives, a speaker noun, and an "of/for" tail.
    var last = k
    var head = -1
    while last < s.tokens.count, last - start < 8 {
      let w = s.tokens[last]
      guard w.kind == .word else { break }
      // "said just after midnight on CNN": a clause link before any head ends the search.
      if head < 0, SpeakerPhrase.stoppers.contains(w.lower) { break }
      if isSpeakerHead(w) { head = last } else if head >= 0 { break }
      last += 1
    }
    guard head >= 0 else { return nil }
    last = head + 1
    if last + 1 < s.tokens.count, ["for", "of", "at", "from"].contains(s.tokens[last].lower) {
      var e = last + 1
      while e < s.tokens.count, s.tokens[e].kind == .word,
        s.tokens[e].isCapitalized || SpeakerPhrase.determiners.contains(s.tokens[e].lower)
          || NameLexicon.speakerNouns.contains(s.tokens[e].lower) || s.tokens[e].lower.hasSuffix("'s")
      {
        e += 1
      }
      if e > last + 1 { last = e }
    }
    return Match(first: start, last: last, mention: s.mentions.first(where: { $0.first >= start && $0.last <= last }), pronoun: nil)
  }

  /// A determiner and up to `words` words after it that are no clause link, cue or question
  /// word: "the designer", "a 2008 campaign veteran", "a caller".
  func determinedNoun(_ s: AnalyzedSentence, start: Int, words: Int = 4) -> Match? {
    guard start < s.tokens.count, ["the", "a", "an", "one", "another"].contains(s.tokens[start].lower) else { return nil }
    var last = start + 1
    while last < s.tokens.count, last - start <= words,
      s.tokens[last].kind == .word || s.tokens[last].kind == .number || s.tokens[last].text == "-",
      !SpeakerPhrase.stoppers.contains(s.tokens[last].lower), s.tokens[last].lower != "who",
      CueLexicon.entry(s.tokens[last].lower) == nil
    {
      last += 1
    }
    guard last > start + 1 else { return nil }
    return Match(first: start, last: last, mention: s.mentions.first(where: { $0.first >= start && $0.last <= last }), pronoun: nil)
  }

  /// After a closing quote, any short noun phrase with a determiner that ends its clause:
  /// `“…,” said the designer, who …` (no speaker noun needed: nothing else stands there).
  func anyNounAfterQuote(_ s: AnalyzedSentence, start: Int) -> Match? {
    guard let noun = determinedNoun(s, start: start),
      noun.last == s.tokens.count || [",", ".", ";"].contains(s.tokens[noun.last].text)
    else { return nil }
    return noun
  }

  private func isSpeakerHead(_ t: Token) -> Bool {
    // "Having said that, …", "Being …": a participle opening the sentence.
    guard t.kind == .word, !["having", "being"].contains(t.lower) else { return false }
    if t.isCapitalized && !NameLexicon.functionWords.contains(t.lower) { return true }
    let w = t.lower.hasSuffix("'s") ? String(t.lower.dropLast(2)) : t.lower
    return NameLexicon.speakerNouns.contains(w) || NameLexicon.personTitles.contains(w)
  }
}
