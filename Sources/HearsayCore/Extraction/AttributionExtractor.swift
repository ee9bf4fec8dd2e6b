/// Finds attributions sentence by sentence: cue verbs and phrases with their speaker and
/// content in the forward ("X said (that) …"), inverted ("…, said X", "…, X added"),
/// interrupted ("The plan, he said, will fail") and "according to" forms; conjoined cues
/// ("… and added that …"); nested ones ("X said Y told him that …": the content is Y's);
/// and joint acts ("They exchanged views on …").
struct AttributionExtractor: Sendable {
  let phrases = SpeakerPhrase()

  func attributions(in sentences: [AnalyzedSentence], quotes: [QuoteRegion]) -> [Attribution] {
    var result: [Attribution] = []
    for (si, s) in sentences.enumerated() {
      var inSentence: [Attribution] = []
      var c = 0
      let previous = si > 0 && sentences[si - 1].paragraph == s.paragraph ? sentences[si - 1] : nil
      // A title line stands alone in its paragraph.
      if si == 0, sentences.count < 2 || sentences[1].paragraph != s.paragraph, let a = headline(s) {
        result.append(a)
        continue
      }
      while c < s.tokens.count {
        let kind = s.tokens[c].kind
        if kind == .number || kind == .quote || (kind == .punctuation && s.tokens[c].text != ":") {
          c += 1
          continue
        }
        if c <= 6, let previous, let a = afterQuoteInPreviousSentence(at: c, in: s, previous: previous, quotes: quotes) {
          inSentence.append(a)
        } else if kind != .word || Self.mayOpenAttribution(s.tokens[c].lower),
          let a = attribution(at: c, in: s, quotes: quotes, earlier: inSentence, all: result)
        {
          trimEarlier(&inSentence, before: a, in: s)
          inSentence.append(a)
        }
        c += 1
      }
      result += removeNested(inSentence, in: s)
    }
    extendLabels(&result, sentences)
    return result
  }

  /// Whether a word can open an attribution at all: a cue, or one of the words `attribution(at:)`
  /// checks before the lexicon. (Most words are neither; they skip the token copy there.)
  private static func mayOpenAttribution(_ word: String) -> Bool {
    CueLexicon.entry(word) != nil || openingWords.contains(word)
  }

  private static let openingWords: LexiconSet = ["according", "exchanged", "held", "asked", "that"]

  /// `“…?” Clinton said.` split into two sentences after the question mark: a sentence that is
  /// only a speaker and a cue takes the quote that closed the previous sentence.
  private func afterQuoteInPreviousSentence(
    at c: Int, in s: AnalyzedSentence, previous: AnalyzedSentence, quotes: [QuoteRegion]
  ) -> Attribution? {
    guard let lastToken = previous.tokens.last, lastToken.kind == .quote,
      let entry = CueLexicon.entry(s.tokens[c].lower), entry.invertible, s.quoteOf[c] == nil,
      let region = quotes.firstIndex(where: { $0.closed && $0.close == lastToken.end })
    else { return nil }
    let speaker: SpeakerPhrase.Match
    var tail: Int
    if c == 0, let after = phrases.after(s, start: 1) {
      speaker = after
      tail = after.last
    } else if let before = phrases.before(s, end: c), before.first == 0 {
      speaker = before
      tail = c + 1
    } else {
      return nil
    }
    if entry.lemma == "tell" {
      while tail < s.tokens.count, s.tokens[tail].kind == .word, s.tokens[tail].lower != "that" { tail += 1 }
    }
    if tail < s.tokens.count, !(s.tokens[tail].kind == .punctuation && s.tokens[tail].text != ":" || isAdverbialStart(s.tokens[tail])) {
      return nil
    }
    return Attribution(
      sentence: s.index, speaker: .phrase(sentence: s.index, speaker), cue: s.tokens[c].text,
      cueStart: s.tokens[c].start, cueEnd: s.tokens[c].end, contentStart: quotes[region].contentStart,
      contentEnd: quotes[region].contentEnd, kind: entry.kind == .indirect ? .direct : entry.kind)
  }

  /// A speaker label that opens a paragraph ("PENCE: Well, …") speaks the whole paragraph.
  private func extendLabels(_ list: inout [Attribution], _ sentences: [AnalyzedSentence]) {
    for i in list.indices where list[i].cue == ":" {
      let si = list[i].sentence
      guard si < sentences.count, si == 0 || sentences[si - 1].paragraph != sentences[si].paragraph else { continue }
      var last = si
      while last + 1 < sentences.count, sentences[last + 1].paragraph == sentences[si].paragraph { last += 1 }
      if last > si, list[i].contentEnd <= sentences[si].end {
        list[i].contentEnd = sentences[last].contentEnd
      }
    }
  }

  // MARK: One cue

  private func attribution(
    at c: Int, in s: AnalyzedSentence, quotes: [QuoteRegion], earlier: [Attribution], all: [Attribution]
  ) -> Attribution? {
    let t = s.tokens[c]
    // A transcript paragraph inside quotation marks: `"WALLACE: If I may, …`.
    if t.text == ":", c >= 2, c <= 4, s.tokens[0].kind == .quote,
      (1..<c).allSatisfy({ s.tokens[$0].kind == .word && s.tokens[$0].isAcronym }), c + 1 < s.tokens.count
    {
      let speaker = SpeakerPhrase.Match(first: 1, last: c, mention: s.mentions.first(where: { $0.first == 1 }), pronoun: nil)
      return Attribution(
        sentence: s.index, speaker: .phrase(sentence: s.index, speaker), cue: ":", cueStart: t.start,
        cueEnd: t.end, contentStart: s.tokens[c + 1].start, contentEnd: s.contentEnd, kind: .direct)
    }
    guard t.kind == .word || t.text == ":" || t.kind == .dash, s.quoteOf[c] == nil else { return nil }
    if t.lower == "according", c + 1 < s.tokens.count, s.tokens[c + 1].lower == "to" {
      return accordingTo(at: c, in: s, quotes: quotes)
    }
    if t.lower == "exchanged" || t.lower == "held", let joint = jointAct(at: c, in: s) { return joint }
    if t.lower == "asked", let question = askedBy(at: c, in: s) { return question }
    if (t.text == ":" || t.kind == .dash), let labelled = labelled(at: c, in: s, quotes: quotes) { return labelled }
    if t.kind == .dash, let signed = signedQuote(at: c, in: s, quotes: quotes) { return signed }
    if t.lower == "that", let generic = verbThat(at: c, in: s) { return generic }
    guard let entry = CueLexicon.entry(t.lower), !t.isCapitalized || c == 0 else { return nil }
    var cueEnd = c + 1
    if let particle = CueLexicon.needsParticle(entry.lemma) {
      guard c + 1 < s.tokens.count else { return nil }
      let next = s.tokens[c + 1].lower
      if next == particle || (entry.lemma == "call for" && next == "on") {
        cueEnd = c + 2
      } else if entry.lemma == "call for", s.quoteOf[(c + 1)...].contains(where: { $0 != nil })
        || ["him", "her", "it", "them", "himself", "herself", "themselves"].contains(next)
        || namesSomething(after: c, in: s)
        || phrases.before(s, end: c).map({ $0.first > 0 && ["what", "that"].contains(s.tokens[$0.first - 1].lower) }) ?? false
      {
        // "called Trump's plan “reckless”": a description in the speaker's words.
        cueEnd = c + 1
      } else {
        return nil
      }
    }
    guard isVerbUse(c, in: s, entry: entry) else { return nil }
    if entry.kind == .discussion { return discussion(at: c, in: s, cueEnd: cueEnd, earlier: earlier) }
    if entry.invertible, let inverted = inverted(at: c, cueEnd: cueEnd, in: s, quotes: quotes, entry: entry) {
      return inverted
    }
    return forward(at: c, cueEnd: cueEnd, in: s, quotes: quotes, entry: entry, earlier: earlier, all: all)
  }

  /// Words before a cue that make it a noun: "the report", "his claims", "early reports".
  private static let nounMarkers: LexiconSet = [
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these",
    "those", "new", "latest", "recent", "false", "such", "no", "any", "of", "early", "late",
  ]

  /// Cues whose content may be an infinitive: "want to limit immigration", "vowed to fight".
  private static let infinitiveCues: LexiconSet = ["want", "hope", "expect", "pledge", "promise", "vow", "agree", "urge", "ask", "threaten"]

  /// Ways of speaking after "by": "said by telephone", "told by email".
  private static let media: LexiconSet = ["phone", "telephone", "email", "e-mail", "text", "video", "videoconference", "satellite", "letter", "fax"]

  /// Words before a cue that make it passive: "was told", "is said".
  private static let passiveAuxiliaries: LexiconSet = ["was", "were", "is", "are", "be", "been", "being", "get", "got"]

  /// Words before "to" and a cue that make the cue no statement: "declined to say".
  private static let infinitiveTakers: LexiconSet = [
    "declined", "refused", "wants", "want", "expected", "going", "had", "has", "have", "is", "are", "was",
    "were", "able", "unable", "willing",
  ]

  /// Rejects noun and passive uses: "the report", "his claims", "was told", "is said to".
  private func isVerbUse(_ c: Int, in s: AnalyzedSentence, entry: CueLexicon.Entry) -> Bool {
    let t = s.tokens[c]
    // "filed for bankruptcy": a legal act, not a statement.
    if t.lower.hasPrefix("fil"), c + 1 < s.tokens.count, s.tokens[c + 1].lower == "for" { return false }
    // "appeared on MSNBC", "appears alongside Trump": a place to be seen, not a view.
    if entry.lemma.hasPrefix("appear"), c + 1 < s.tokens.count,
      ["on", "at", "in", "with", "before", "alongside", "together", "onstage", "outside", "inside"].contains(s.tokens[c + 1].lower)
    {
      return false
    }
    if c > 0 {
      let prev = s.tokens[c - 1].lower
      if Self.nounMarkers.contains(prev) {
        return false
      }
      if prev.hasSuffix("'s") && !["he's", "she's", "it's"].contains(prev) { return false }
      if Self.passiveAuxiliaries.contains(prev), !t.lower.hasSuffix("ing") {
        return false
      }
      if prev == "to", !["want", "expect"].contains(entry.lemma) {
        // "declined to say", "refused to comment": not a statement.
        if c >= 2, Self.infinitiveTakers.contains(s.tokens[c - 2].lower) {
          return false
        }
      }
    }
    // "member states", "New York state attorney general": "state" reports only "state that …".
    if entry.lemma == "state", t.lower != "stated", c + 1 < s.tokens.count, s.tokens[c + 1].lower != "that" {
      return false
    }
    if c + 1 < s.tokens.count {
      let next = s.tokens[c + 1].lower
      // "the claims of", "reports by": nouns; but "Latimer said of the episode" is speech.
      // ("said by telephone that …" is speech.)
      let byMedium = next == "by" && c + 2 < s.tokens.count && Self.media.contains(s.tokens[c + 2].lower)
      if ["of", "by"].contains(next), entry.lemma != "call for", !byMedium, next == "by" || !Self.ofTakingVerbs.contains(entry.lemma) {
        return false
      }
      // "is said to be", "said to have": not a statement; "said to reporters" is.
      if entry.lemma == "say", next == "to", c + 2 < s.tokens.count, ["be", "have", "been", "include", "plan", "face"].contains(s.tokens[c + 2].lower) {
        return false
      }
    }
    if t.lower.hasSuffix("ing") && c == 0 { return false }
    // "commitment to supporting the response", "the importance of proactively planning": a
    // gerund after a preposition names a position, nobody takes it there.
    if entry.kind == .belief, t.lower.hasSuffix("ing"), c > 0 {
      var p = c - 1
      if p > 0, SpeakerPhrase.isAdverb(s.tokens[p]) { p -= 1 }
      if Self.gerundPrepositions.contains(s.tokens[p].lower) { return false }
    }
    return true
  }

  /// Prepositions before a gerund that make it a noun: "commitment to supporting".
  private static let gerundPrepositions: LexiconSet = ["to", "toward", "towards"]

  // MARK: Forms

  /// "…, said X" and "…, X said": the content comes first.
  private func inverted(
    at c: Int, cueEnd: Int, in s: AnalyzedSentence, quotes: [QuoteRegion], entry: CueLexicon.Entry
  ) -> Attribution? {
    var speaker: SpeakerPhrase.Match?
    var contentBoundary: Int?  // token index of the comma (or closing quote) ending the content
    var tail = cueEnd
    var speakerAfterCue = false
    // (Whoever follows "told" is told: "X, the governor, told The Ledger she …".)
    // "A White House official, who requested anonymity, said the president …": the speaker
    // opens the sentence, and the commas close an insertion; the form is forward.
    if c > 0, s.tokens[c - 1].text == ",", let subject = phrases.before(s, end: c),
      !s.tokens[..<subject.first].contains(where: { $0.kind == .word || $0.kind == .number || $0.kind == .quote })
    {
      return nil
    }
    // (Never after a participle: "…, saying the law violated …" has no speaker after it.)
    if entry.lemma != "tell", !s.tokens[c].lower.hasSuffix("ing"), let comma = commaBefore(c, in: s),
      let after = phrases.after(s, start: cueEnd)
        ?? (s.tokens[c - 1].kind == .quote ? phrases.anyNounAfterQuote(s, start: cueEnd) : nil)
    {
      speakerAfterCue = true
      speaker = after
      contentBoundary = comma
      tail = after.last
    } else if let before = phrases.before(s, end: c), s.tokens[before.first].lower != "who",
      let comma = commaBefore(rolePrefixStart(before.first, in: s), in: s)
    {
      speaker = before
      contentBoundary = comma
      tail = cueEnd
    } else if ["say", "add", "write", "tell"].contains(entry.lemma), let subject = phrases.clauseSubject(s, end: c),
      subject.last - subject.first <= 4 || (subject.last - subject.first <= 6 && endsSentence(after: cueEnd, in: s)),
      let comma = commaBefore(subject.first, in: s), s.tokens[comma + 1].kind == .quote
        || s.tokens[comma].kind == .quote || endsSentence(after: cueEnd, in: s)
    {
      // `“…,” the narrator says`: after a closing quote any short noun phrase is the speaker.
      speaker = subject
      contentBoundary = comma
      tail = cueEnd
    } else if entry.lemma == "show" || entry.lemma == "find", cueEnd == s.tokens.count || s.tokens[cueEnd].kind == .punctuation,
      let subject = phrases.clauseSubject(s, end: c), subject.last - subject.first <= 6, isEvidence(subject, in: s),
      let comma = commaBefore(subject.first, in: s)
    {
      // "…, campaign finance records show.": the evidence is the source.
      speaker = subject
      contentBoundary = comma
      tail = cueEnd
    } else if c > 0, let before = phrases.before(s, end: c), before.first > 0,
      s.tokens[before.first - 1].kind == .quote, s.quoteOf[before.first - 1] == nil,
      let region = quoteEnding(at: before.first - 1, in: s, quotes: quotes)
    {
      // “…” he said — a closing mark with no comma.
      return Attribution(
        sentence: s.index, speaker: .phrase(sentence: s.index, before), cue: cueText(c, cueEnd, s),
        cueStart: s.tokens[c].start, cueEnd: s.tokens[cueEnd - 1].end,
        contentStart: quotes[region].contentStart, contentEnd: trimEnd(quotes[region].contentEnd, s),
        kind: .direct)
    }
    guard let speaker, let boundary = contentBoundary, boundary > 0 else { return nil }
    // "In his tribute, Elliott said …": a fronted adjunct is not what was said.
    if !speakerAfterCue, s.tokens[boundary].text == ",", isFrontedAdjunct(before: boundary, in: s) { return nil }
    // What follows must not be a reported clause ("…, X said that …" is forward).
    var gap: (Int, Int)?
    var secondStart = 0
    var contentEnd = endOfToken(before: boundary, in: s)
    if entry.lemma == "tell" {
      // "…,” Okafor told reporters after the vote.": skip the addressee.
      while tail < s.tokens.count, s.tokens[tail].kind == .word, s.tokens[tail].lower != "that" { tail += 1 }
    }
    // After `,”` the quote is the content whatever follows: "…,” she said several months later.
    var afterQuote = s.tokens[boundary].kind == .quote && quoteEnding(at: boundary, in: s, quotes: quotes) != nil
    // `Citing “obligations,” the spokeswoman told POLITICO that …`: a quote inside a fronted
    // phrase, and a reported clause after the cue.
    if afterQuote, !speakerAfterCue, s.tokens.first?.kind != .quote, tail < s.tokens.count,
      s.tokens[tail].lower == "that" || (isAdverbialStart(s.tokens[tail]) && thatAhead(from: tail, in: s))
    {
      afterQuote = false
    }
    if tail < s.tokens.count, !afterQuote {
      let next = s.tokens[tail]
      if next.lower == "that" || next.text == ":" { return nil }
      // "…, Obama said “there is love” …": a quote after the cue is what was said.
      if next.kind == .quote, quoteStarting(at: tail, in: s, quotes: quotes) != nil { return nil }
      // "In his response, Coll said on Tuesday that …": the clause after the adverbial is the content.
      if isAdverbialStart(next), thatAhead(from: tail, in: s) { return nil }
      let leadingWords = s.tokens[..<boundary].filter { $0.kind == .word || $0.kind == .number }.count
      if speakerAfterCue, next.text == ",", tail + 1 < s.tokens.count, isAppositiveStart(s.tokens[tail + 1]), leadingWords >= 4 {
        // "…, said Alan Cole, an economist at the Tax Foundation.": the rest describes the speaker.
      } else if next.text == ",", tail + 1 < s.tokens.count,
        !isAdverbialStart(s.tokens[tail + 1]) || ["for", "of", "to", "with", "about"].contains(s.tokens[tail + 1].lower)
      {
        // Interrupted: "The plan, he said, will fail."
        gap = (contentEnd, s.tokens[tail + 1].start)
        contentEnd = s.contentEnd
        secondStart = s.tokens[tail + 1].start
      } else if !(next.kind == .punctuation || next.kind == .quote || isAdverbialStart(next)) {
        return nil
      }
    }
    // `“My hope,” he said, “is that …”`: one statement over both quotes.
    var resumed: Int?
    // (`“…,” one aide said late last month, “but …”`: past a time adverbial.)
    if afterQuote, gap == nil, tail < s.tokens.count, isAdverbialStart(s.tokens[tail]),
      let comma = (tail..<min(s.tokens.count, tail + 5)).first(where: { s.tokens[$0].text == "," }),
      s.tokens[tail..<comma].allSatisfy({ $0.kind == .word || $0.kind == .number }), comma + 1 < s.tokens.count,
      s.tokens[comma + 1].kind == .quote
    {
      tail = comma
    }
    if afterQuote, gap == nil, tail + 1 < s.tokens.count, s.tokens[tail].text == ",", s.tokens[tail + 1].kind == .quote,
      let second = quoteStarting(at: tail + 1, in: s, quotes: quotes)
    {
      resumed = second
    }
    var contentStart = s.tokens.first(where: { $0.kind != .quote })?.start ?? s.start
    var kind = entry.kind
    // Content behind a closing mark: the quote may have opened sentences earlier.
    if let region = quoteEnding(at: boundary, in: s, quotes: quotes) ?? quoteEnding(at: boundary - 1, in: s, quotes: quotes) {
      contentStart = quotes[region].contentStart
      // `However laudable the goal, the plan ''is misguided,'' X said`: the words before a
      // quote that opens mid-sentence are content too.
      // (Not after a parenthesis or a colon: `members ("I want my dues back," wrote X`.)
      if quotes[region].firstSentence == s.index, let opening = s.tokens.firstIndex(where: { $0.start == quotes[region].open }),
        opening > 0, s.tokens[opening - 1].kind == .word, s.tokens[..<opening].contains(where: { $0.kind == .word })
      {
        contentStart = leadingContentStart(in: s, before: opening)
      }
      if gap == nil { contentEnd = trimEnd(quotes[region].contentEnd, s) }
      if let second = resumed {
        gap = (contentEnd, quotes[second].contentStart)
        secondStart = quotes[second].contentStart
        contentEnd = quotes[second].contentEnd
      }
      if entry.kind == .indirect { kind = .direct }
    } else {
      contentStart = leadingContentStart(in: s, before: boundary)
    }
    guard contentStart < contentEnd else { return nil }
    return Attribution(
      sentence: s.index, speaker: .phrase(sentence: s.index, speaker), cue: cueText(c, cueEnd, s),
      cueStart: s.tokens[c].start, cueEnd: s.tokens[cueEnd - 1].end, contentStart: contentStart,
      contentEnd: contentEnd, pieces: gap.map { [(contentStart, $0.0), (secondStart, contentEnd)] }, kind: kind)
  }

  /// Whether nothing but a short time adverbial follows token `k` to the end of the sentence:
  /// "…, donors said.", "…, the airline said Thursday."
  private func endsSentence(after k: Int, in s: AnalyzedSentence) -> Bool {
    let rest = s.tokens[k...].filter { $0.kind == .word || $0.kind == .number }
    guard let first = rest.first else { return true }
    return rest.count <= 3 && (SpeakerPhrase.dayWords.contains(first.lower) || ["on", "in", "last", "this", "late", "earlier"].contains(first.lower))
      && !s.tokens[k...].contains(where: { $0.text == "," || $0.kind == .quote })
  }

  /// The subject of "show" or "find" when it is evidence with modifiers: "A Monmouth poll out
  /// Monday showed", "A survey by the organization in March found", "The report published
  /// Tuesday showed". The clause's first noun phrase must be headed by an evidence noun.
  private func evidenceSubject(_ s: AnalyzedSentence, end c: Int) -> SpeakerPhrase.Match? {
    var first = c
    while first > 0, c - first < 16 {
      let t = s.tokens[first - 1]
      if t.kind == .punctuation && t.text != "/" && t.text != "-" || t.kind == .quote || t.kind == .dash { break }
      if t.kind == .word, SpeakerPhrase.clauseOpeners.contains(t.lower) { break }
      first -= 1
    }
    guard first < c else { return nil }
    // The head: the first word that is neither a determiner nor capitalised nor a number.
    var h = first
    while h < c, SpeakerPhrase.determiners.contains(s.tokens[h].lower) || s.tokens[h].isCapitalized
      || s.tokens[h].kind == .number || s.tokens[h].text == "/" || s.tokens[h].text == "-"
    {
      h += 1
    }
    // (After at most two modifiers: "a harbour survey", "the latest exit polls".)
    func isEvidenceHead(_ i: Int) -> Bool {
      Self.evidenceNouns.contains(s.tokens[i].lower) || ["authors", "inquiry", "investigation", "review", "audit", "article"].contains(s.tokens[i].lower)
    }
    guard let head = (h..<min(c, h + 3)).first(where: isEvidenceHead),
      s.tokens[h..<head].allSatisfy({ $0.kind == .word && !SpeakerPhrase.stoppers.contains($0.lower) && CueLexicon.entry($0.lower) == nil })
    else { return nil }
    return SpeakerPhrase.Match(first: first, last: c, mention: nil, pronoun: nil)
  }

  /// Whether a phrase's head is a record that can show something ("records", "the data"),
  /// not a programme ("a talk show", "the TV show").
  private func isEvidence(_ phrase: SpeakerPhrase.Match, in s: AnalyzedSentence) -> Bool {
    Self.evidenceNouns.contains(s.tokens[phrase.last - 1].lower)
  }

  private static let evidenceNouns: LexiconSet = [
    "records", "record", "data", "results", "figures", "numbers", "documents", "emails", "filings",
    "statistics", "stats", "research", "analysis", "analyses", "evidence", "photos", "videos", "footage",
    "images", "pictures", "logs", "receipts", "returns", "transcripts", "estimates", "models", "tallies",
    "counts", "search", "math", "experience", "history", "studies", "study", "polls", "poll", "surveys",
    "survey", "polling", "findings", "reports", "report", "papers", "disclosures", "forms", "tests",
  ]

  /// Whether the words before token `boundary` are a short adverbial phrase opening the
  /// sentence ("In his tribute", "At the rally on Friday"), not a clause.
  private func isFrontedAdjunct(before boundary: Int, in s: AnalyzedSentence) -> Bool {
    let words = s.tokens[..<boundary].filter { $0.kind == .word || $0.kind == .number }
    guard let first = words.first, words.count <= 6, s.tokens[..<boundary].allSatisfy({ $0.kind != .quote }) else { return false }
    return ["in", "at", "during", "after", "before", "on", "with", "for", "from", "like", "unlike", "speaking", "according", "by"].contains(first.lower)
      && !words.dropFirst().contains(where: {
        !$0.isCapitalized && (CueLexicon.auxiliaries.contains($0.lower) || ["is", "was", "are", "were"].contains($0.lower))
      })
  }

  /// "X said (that) …", "X urged the two sides to …", "X told reporters that …".
  private func forward(
    at c: Int, cueEnd: Int, in s: AnalyzedSentence, quotes: [QuoteRegion], entry: CueLexicon.Entry,
    earlier: [Attribution], all: [Attribution]
  ) -> Attribution? {
    let speaker: Attribution.Speaker
    if let phrase = phrases.before(s, end: c), phrase.first > 0, c == phrase.last, s.tokens[c].lower.hasSuffix("ing"),
      isObjectPosition(phrase, in: s), let subject = firstSubject(s, before: phrase.first)
    {
      // "Her campaign sent an email to supporters stating …": the participle's subject is the
      // clause's, not the object before it.
      speaker = .phrase(sentence: s.index, subject)
    } else if let phrase = phrases.before(s, end: c) {
      // "what Trump has said about Latinos": a noun phrase, not a report.
      // "in what officials called a hate crime", "a country that Romney called ''our foe''":
      // the words called, with what they describe.
      if phrase.first > 0, ["what", "that"].contains(s.tokens[phrase.first - 1].lower), entry.lemma == "call for", cueEnd == c + 1 {
        return calledName(at: c, opener: phrase.first - 1, speaker: .phrase(sentence: s.index, phrase), in: s, quotes: quotes)
      }
      if phrase.first > 0, s.tokens[phrase.first - 1].lower == "what" { return nil }
      speaker = .phrase(sentence: s.index, phrase)
    } else if let previous = inheritedSpeaker(at: c, in: s, earlier: earlier, all: all) {
      speaker = previous
    } else if ["say", "tell", "show", "ask"].contains(entry.lemma), let subject = phrases.clauseSubject(s, end: c),
      entry.lemma != "show" || isEvidence(subject, in: s)
    {
      speaker = .phrase(sentence: s.index, subject)
    } else if entry.kind == .indirect || entry.kind == .belief, !["show", "find"].contains(entry.lemma), !s.tokens[c].lower.hasSuffix("ing"),
      !Self.nounLikeCues.contains(s.tokens[c].lower), c > 0, s.tokens[c - 1].kind == .word,
      !CueLexicon.auxiliaries.contains(s.tokens[c - 1].lower), !SpeakerPhrase.isAdverb(s.tokens[c - 1]),
      cueEnd < s.tokens.count, !["with", "but", "and", "about", "of", "on", "in", "at", "for", "by"].contains(s.tokens[cueEnd].lower),
      let subject = phrases.clauseSubject(s, end: c),
      !s.tokens[subject.first..<subject.last].contains(where: { ["who", "whom", "that", "which"].contains($0.lower) }),
      isNounPhrase(subject, in: s)
    {
      // Any speech verb after a plain subject: "A group of rabbis called for a boycott".
      speaker = .phrase(sentence: s.index, subject)
    } else if ["say", "tell"].contains(entry.lemma), let subject = phrases.relativeSubject(s, end: c) {
      speaker = .phrase(sentence: s.index, subject)
    } else if entry.lemma == "show" || entry.lemma == "find", let subject = evidenceSubject(s, end: c) {
      speaker = .phrase(sentence: s.index, subject)
    } else {
      return nil
    }
    guard var k = contentStartIndex(after: cueEnd, in: s, entry: entry) else { return nil }
    var kind = entry.kind
    // `said, “…”` as `said “…”`.
    if k + 1 < s.tokens.count, s.tokens[k].text == ",", s.tokens[k + 1].kind == .quote { k += 1 }
    // "X said: “…”" or "X said “…”": the quote is the content, however far it runs.
    if k < s.tokens.count, s.tokens[k].kind == .quote, let region = quoteStarting(at: k, in: s, quotes: quotes) {
      // `says “the wind is at our backs” despite his loss`: the clause goes on after the quote.
      if let close = s.tokens.firstIndex(where: { $0.start >= quotes[region].contentEnd && $0.kind == .quote }),
        close + 1 < s.tokens.count, s.tokens[close + 1].kind == .word, s.quoteOf[close + 1] == nil,
        !(CueLexicon.entry(s.tokens[close + 1].lower) != nil) && !phrasesStartSpeaker(close + 1, in: s)
      {
        return Attribution(
          sentence: s.index, speaker: speaker, cue: cueText(c, cueEnd, s), cueStart: s.tokens[c].start,
          cueEnd: s.tokens[cueEnd - 1].end, contentStart: quotes[region].contentStart, contentEnd: s.contentEnd, kind: .indirect)
      }
      return Attribution(
        sentence: s.index, speaker: speaker, cue: cueText(c, cueEnd, s), cueStart: s.tokens[c].start,
        cueEnd: s.tokens[cueEnd - 1].end, contentStart: quotes[region].contentStart,
        contentEnd: trimEnd(quotes[region].contentEnd, s), kind: entry.kind == .indirect ? .direct : entry.kind)
    }
    while k < s.tokens.count, s.tokens[k].text == "," || s.tokens[k].text == ":" { k += 1 }
    guard k < s.tokens.count else { return nil }
    let start = s.tokens[k].start
    var end = s.contentEnd
    // A trailing ", according to X" or ", he added" belongs to another attribution.
    if let cut = trailingAttribution(in: s, from: k) { end = cut }
    if entry.frame == .object, let cut = objectEnd(in: s, from: k, before: end) { end = cut }
    if entry.frame != .object, let cut = clauseEnd(in: s, from: k, before: end) { end = cut }
    // "Even as Mr. Obama has said that he opposes …, his administration …": a cue inside a
    // fronted subordinate clause; its content ends with the clause.
    if let cut = subordinateClauseEnd(in: s, after: k), cut < end { end = cut }
    // "Cruz, who says Trump is attacking him, said …": the relative clause ends at the main verb.
    if case .phrase(_, let m) = speaker, m.pronoun == nil, s.tokens[m.first].lower == "who",
      let verb = (k..<s.tokens.count).first(where: {
        $0 > k && s.tokens[$0 - 1].text == "," && s.quoteOf[$0] == nil && s.tokens[$0].end <= end
          && CueLexicon.entry(s.tokens[$0].lower) != nil && !s.tokens[$0].lower.hasSuffix("ing")
      })
    {
      end = s.tokens[verb - 2].end
    }
    // ("want to limit immigration": an infinitive, no adverbial.)
    let infinitive = Self.infinitiveCues.contains(entry.lemma) && s.tokens[k].lower == "to" && k + 1 < s.tokens.count
      && !s.tokens[k + 1].isCapitalized && !SpeakerPhrase.determiners.contains(s.tokens[k + 1].lower)
    guard start < end, infinitive || !isBareAdverbial(from: k, to: end, in: s) else { return nil }
    // `said the Trump "train may have left the station. I don't …"`: a quote that opens in the
    // content and runs on past the sentence takes the content with it.
    if end == s.contentEnd, let region = quotes.first(where: { $0.closed && $0.open >= start && $0.open < end && $0.lastSentence > s.index }) {
      end = region.contentEnd
    }
    if entry.kind == .indirect, quotedShare(start, end, s) > 0.6 { kind = .direct }
    return Attribution(
      sentence: s.index, speaker: speaker, cue: cueText(c, cueEnd, s), cueStart: s.tokens[c].start,
      cueEnd: s.tokens[cueEnd - 1].end, contentStart: start, contentEnd: end, kind: kind)
  }

  /// Where a fronted subordinate clause ("While …,", "Even as …,", "Although …,") ends, when the
  /// sentence opens with one: the byte before its closing comma at or after token `k`.
  private func subordinateClauseEnd(in s: AnalyzedSentence, after k: Int) -> Int? {
    var i = 0
    while i < s.tokens.count, s.tokens[i].kind == .quote || ["but", "and", "yet"].contains(s.tokens[i].lower) { i += 1 }
    guard i + 1 < s.tokens.count else { return nil }
    let first = s.tokens[i].lower
    let opens = ["while", "although", "though", "whereas", "because", "since", "if", "when", "despite", "unless"].contains(first)
      || (first == "even" && ["as", "though", "if", "when"].contains(s.tokens[i + 1].lower))
    guard opens, let comma = (k..<s.tokens.count).first(where: { s.tokens[$0].text == "," && s.quoteOf[$0] == nil }), comma > k else { return nil }
    // The main clause after the comma has a subject: not a list going on ("…, B and C").
    guard comma + 1 < s.tokens.count, phrases.after(s, start: comma + 1) != nil || s.tokens[comma + 1].isCapitalized else { return nil }
    return s.tokens[comma - 1].end
  }

  /// "called the incident a reason for …": a short noun phrase and then another one, the name
  /// given to it (not "called a meeting", "called the police").
  private func namesSomething(after c: Int, in s: AnalyzedSentence) -> Bool {
    guard c + 3 < s.tokens.count, SpeakerPhrase.determiners.contains(s.tokens[c + 1].lower) else { return false }
    var k = c + 2
    while k < s.tokens.count, k - c <= 5 {
      let t = s.tokens[k]
      guard t.kind == .word, !SpeakerPhrase.stoppers.contains(t.lower) else { return false }
      if ["a", "an"].contains(t.lower), k > c + 2 { return true }
      k += 1
    }
    return false
  }

  /// "what X called Y" and "that X called Y": the content runs from "what" (or "that") to the
  /// end of the name given: the closing quote, or the next comma.
  private func calledName(at c: Int, opener: Int, speaker: Attribution.Speaker, in s: AnalyzedSentence, quotes: [QuoteRegion]) -> Attribution? {
    guard c + 1 < s.tokens.count, s.tokens[opener].lower == "what" || s.tokens[opener].lower == "that" else { return nil }
    var end: Int
    var kind = StatementKind.indirect
    if s.tokens[c + 1].kind == .quote, let region = quoteStarting(at: c + 1, in: s, quotes: quotes), quotes[region].lastSentence == s.index {
      end = quotes[region].contentEnd
      kind = .direct
    } else {
      var k = c + 1
      while k < s.tokens.count, s.tokens[k].text != ",", s.tokens[k].kind != .punctuation || s.tokens[k].text == "-", k - c < 10 { k += 1 }
      guard k > c + 1 else { return nil }
      end = s.tokens[k - 1].end
    }
    // The "what" form needs a name of at least two words: "what he called a crime".
    end = max(end, s.tokens[c + 1].end)
    return Attribution(
      sentence: s.index, speaker: speaker, cue: cueText(c, c + 1, s), cueStart: s.tokens[c].start, cueEnd: s.tokens[c].end,
      contentStart: s.tokens[opener].start, contentEnd: end, kind: kind)
  }

  /// "According to X, …" and "…, according to X".
  private func accordingTo(at c: Int, in s: AnalyzedSentence, quotes: [QuoteRegion]) -> Attribution? {
    guard let speaker = phrases.after(s, start: c + 2) ?? sourcePhrase(after: c + 2, in: s) else { return nil }
    let cueStart = s.tokens[c].start
    let cueEnd = s.tokens[c + 1].end
    var start: Int
    var end: Int
    var gap: (Int, Int)?
    if let comma = commaBefore(c, in: s) {
      start = leadingContentStart(in: s, before: comma)
      end = endOfToken(before: comma, in: s)
      // "The implication, according to the aide, is that …": the sentence goes on after the
      // source; a leading subordinate clause ("While most were …, according to X, two …") is not
      // the content then, the rest is.
      var k = speaker.last
      while k < s.tokens.count, s.tokens[k].kind == .word || s.tokens[k].kind == .number { k += 1 }
      // (", who led the team" describes the source instead.)
      if k + 1 < s.tokens.count, s.tokens[k].text == ",", s.quoteOf[k] == nil, !isAppositiveStart(s.tokens[k + 1]) {
        let opener = s.tokens[s.tokens.firstIndex(where: { $0.kind == .word }) ?? 0].lower
        if Self.leadingSubordinators.contains(opener) {
          start = s.tokens[k + 1].start
        } else {
          gap = (end, s.tokens[k + 1].start)
        }
        end = s.contentEnd
      }
    } else if s.tokens[..<c].filter({ $0.kind == .word || $0.kind == .number }).count >= 3, s.quoteOf[c - 1] == nil {
      // "Clinton leads by 271 delegates according to a count by the AP, but …": the clause
      // before the cue, after any fronted phrase.
      start = leadingContentStart(in: s, before: c)
      if let comma = s.tokens[..<c].lastIndex(where: { $0.text == "," }), isFrontedAdjunct(before: comma, in: s)
        || isFrontedParticiple(from: 0, to: comma, in: s)
      {
        start = s.tokens[comma + 1].start
      }
      end = s.tokens[c - 1].end
    } else {
      var k = speaker.last
      while k < s.tokens.count, s.tokens[k].text != "," { k += 1 }
      guard k + 1 < s.tokens.count else { return nil }
      start = s.tokens[k + 1].start
      end = s.contentEnd
    }
    if start >= end { return nil }
    let kind: StatementKind = quotedShare(start, end, s) > 0.6 ? .direct : .indirect
    if kind == .direct, let region = quotes.firstIndex(where: { $0.contentStart <= start + 2 && $0.contentEnd >= end - 2 }) {
      start = quotes[region].contentStart
      end = trimEnd(quotes[region].contentEnd, s)
    }
    return Attribution(
      sentence: s.index, speaker: .phrase(sentence: s.index, speaker), cue: "according to",
      cueStart: cueStart, cueEnd: cueEnd, contentStart: start, contentEnd: end,
      pieces: gap.map { [(start, $0.0), ($0.1, end)] }, kind: kind)
  }

  /// Whether a name or pronoun followed by a cue starts at token `k` ("… ” Trump said").
  private func phrasesStartSpeaker(_ k: Int, in s: AnalyzedSentence) -> Bool {
    guard let m = phrases.after(s, start: k), m.last < s.tokens.count else { return false }
    return CueLexicon.entry(s.tokens[m.last].lower) != nil
  }

  /// Words that open an indirect question: "asked whether", "asked him how".
  private static let questionWords: LexiconSet = ["whether", "if", "how", "what", "why", "when", "who", "where", "which"]

  /// Words opening a subordinate clause at the start of a sentence.
  private static let leadingSubordinators: LexiconSet = [
    "while", "although", "though", "as", "if", "when", "because", "since", "after", "before", "whereas",
  ]

  /// The source of "according to" when it names no person or organisation: "according to
  /// state law", "according to the foundation's tally" — the words up to the next punctuation.
  private func sourcePhrase(after start: Int, in s: AnalyzedSentence) -> SpeakerPhrase.Match? {
    var last = start
    while last < s.tokens.count, last - start < 10, s.tokens[last].kind == .word || s.tokens[last].kind == .number,
      s.quoteOf[last] == nil
    {
      last += 1
    }
    guard last > start, last == s.tokens.count || s.tokens[last].kind == .punctuation,
      !SpeakerPhrase.stoppers.contains(s.tokens[last - 1].lower)
    else { return nil }
    return SpeakerPhrase.Match(
      first: start, last: last, mention: s.mentions.last(where: { $0.first >= start && $0.last <= last }), pronoun: nil)
  }

  /// Cues whose "of" names a topic, not a possessor: "said of the plan", "wrote of her father".
  private static let ofTakingVerbs: LexiconSet = ["say", "write", "add", "joke", "ask", "quip", "remark", "tell"]

  /// Verbs that take a "that" clause without reporting anything.
  private static let nonReportingVerbs: LexiconSet = [
    "is", "was", "are", "were", "has", "had", "have", "does", "did", "means", "meant", "ensured",
    "ensures", "so", "such", "given", "provided", "except", "now", "seems", "seemed", "appears",
    "appeared", "happens", "happened", "follows", "requires", "required", "demands", "proves",
    "proved", "shows", "showed", "suggests", "implies", "makes", "made", "found", "finds", "hopes",
  ]

  /// Words that open a subordinate clause inside a reported one.
  private static let subordinators: LexiconSet = [
    "when", "because", "what", "by", "if", "after", "before", "since", "until", "where", "how",
    "why", "whether", "that", "unless", "once", "whom", "who",
  ]

  /// Words that follow a relative "that" but never open a reported clause.
  private static let relativeClauseVerbs: LexiconSet = [
    "had", "has", "have", "is", "was", "were", "are", "will", "would", "could", "can", "may",
    "might", "should", "did", "does", "do", "must", "helped", "made",
  ]

  /// "X [verb] that …" with a verb no lexicon knows ("Clinton contended that …"): a named or
  /// pronoun subject directly before a past or present verb and its "that" clause.
  private func verbThat(at c: Int, in s: AnalyzedSentence) -> Attribution? {
    guard c >= 2, c + 3 < s.tokens.count, s.quoteOf[c] == nil else { return nil }
    let verb = s.tokens[c - 1]
    guard verb.kind == .word, !verb.isCapitalized, CueLexicon.entry(verb.lower) == nil,
      verb.lower.hasSuffix("ed") || (verb.lower.hasSuffix("s") && !verb.lower.hasSuffix("ss")),
      !Self.nonReportingVerbs.contains(verb.lower), !verb.lower.hasSuffix("ly")
    else { return nil }
    // "companies that had insured …": a relative clause, not a reported one.
    guard !Self.relativeClauseVerbs.contains(s.tokens[c + 1].lower) else { return nil }
    guard let speaker = phrases.before(s, end: c - 1), speaker.mention != nil || speaker.pronoun.map({ ["he", "she", "they"].contains($0) }) == true else {
      return nil
    }
    // "an oral history of the Bill Clinton years that …": the subject must open its clause.
    if speaker.first > 0, speaker.pronoun == nil {
      let before = s.tokens[speaker.first - 1]
      guard before.kind != .word || SpeakerPhrase.clauseOpeners.contains(before.lower) else {
        return nil
      }
    }
    let start = s.tokens[c + 1].start
    let end = s.contentEnd
    guard start < end else { return nil }
    return Attribution(
      sentence: s.index, speaker: .phrase(sentence: s.index, speaker), cue: verb.text, cueStart: verb.start,
      cueEnd: verb.end, contentStart: start, contentEnd: end, kind: .belief)
  }

  /// A headline in title case, where names run into the verb: "Bellwether County Says Trump
  /// Should Win", "Senator Praises Donor’s Skywriting Campaign". The speaker is the words
  /// before the first capitalised cue verb, the content the words after it.
  private func headline(_ s: AnalyzedSentence) -> Attribution? {
    let words = s.tokens.indices.filter { s.tokens[$0].kind == .word }
    guard words.count >= 4 else { return nil }
    let capitalized = words.filter { s.tokens[$0].isCapitalized || NameLexicon.functionWords.contains(s.tokens[$0].lower) }
    guard capitalized.count * 10 >= words.count * 9,
      words.filter({ s.tokens[$0].isCapitalized }).count * 10 >= words.count * 6
    else { return nil }
    for c in words.dropFirst() where s.tokens[c].isCapitalized && !s.tokens[c].isAcronym {
      let lower = s.tokens[c].lower
      guard let entry = CueLexicon.entry(lower), !NameLexicon.functionWords.contains(lower),
        lower.hasSuffix("s") && !lower.hasSuffix("ss")
      else { continue }
      var cueEnd = c + 1
      if let particle = CueLexicon.needsParticle(entry.lemma) {
        guard c + 1 < s.tokens.count, s.tokens[c + 1].lower == particle else { continue }
        cueEnd = c + 2
      }
      // The speaker: the words before the cue, after a label such as "The Latest:" or "Poll:".
      var first = 0
      if let colon = s.tokens[..<c].lastIndex(where: { $0.text == ":" || $0.kind == .dash }) { first = colon + 1 }
      // A name, not a clause: "Trump Must Decide If He Wants …" has none.
      guard first < c, c - first <= 6, (first..<c).allSatisfy({ k in
        let t = s.tokens[k]
        return t.text == "." || t.text == "-" || t.kind == .word && t.isCapitalized && !t.lower.hasSuffix("ly")
          && !NameLexicon.functionWords.contains(t.lower) && !CueLexicon.auxiliaries.contains(t.lower)
          && !Self.headlineClauseWords.contains(t.lower)
      }), cueEnd < s.tokens.count, s.contentEnd > s.tokens[cueEnd].start
      else { return nil }
      let speaker = SpeakerPhrase.Match(
        first: first, last: c, mention: s.mentions.first(where: { $0.first >= first && $0.last <= c }), pronoun: nil)
      return Attribution(
        sentence: s.index, speaker: .phrase(sentence: s.index, speaker), cue: cueText(c, cueEnd, s),
        cueStart: s.tokens[c].start, cueEnd: s.tokens[cueEnd - 1].end, contentStart: s.tokens[cueEnd].start,
        contentEnd: s.contentEnd, kind: entry.kind)
    }
    return nil
  }

  /// Capitalised words of a headline that show a clause, not a name, before its verb.
  private static let headlineClauseWords: LexiconSet = [
    "if", "must", "may", "might", "isn’t", "isn't", "not", "too", "just", "who", "why", "how", "what", "when",
    "under", "have", "has", "will", "can", "could", "would", "should", "does", "did", "do", "is", "are", "was",
  ]

  /// A speaker label at the start of a sentence: "PENCE: Well, look …" (a transcript),
  /// "Pat Smith: It's in their heads" (a headline), "Ana Ruiz ― “I'm so proud.”" (a list of
  /// voices). The content runs to the end of the quote, or of the paragraph after a label that
  /// opens one.
  private func labelled(at c: Int, in s: AnalyzedSentence, quotes: [QuoteRegion]) -> Attribution? {
    guard c >= 1, c <= 9, c + 1 < s.tokens.count else { return nil }
    // "Q: …" in an interview is the interviewer's question, not a statement of the article's.
    if c == 1, s.tokens[0].text == "Q" { return nil }
    // Capitals before a dash head a newsletter item ("FAREWELL — …"), whatever they name.
    if s.tokens[c].kind == .dash, (0..<c).allSatisfy({ s.tokens[$0].kind == .word && s.tokens[$0].isAcronym }) { return nil }
    let speaker: SpeakerPhrase.Match
    // "Latest:", "The Latest:", "CLARIFICATION:", "[Video:": a page's heading.
    if Self.headingLabels.contains(s.tokens[c - 1].lower) { return nil }
    if let m = s.mention(endingAt: c), m.roleFirst <= 1 || (0..<c).allSatisfy({ s.tokens[$0].kind == .word }),
      // (A heading in title case, "Little Relief for Refugees:", is no name: only a person's
      // name may have words before it.)
      m.kind == .person || m.roleFirst == 0 || m.first == 0
    {
      // "Former secretary of state Hillary Rodham Clinton: …" too.
      speaker = SpeakerPhrase.Match(first: 0, last: c, mention: m, pronoun: nil)
    } else if c > 6 {
      return nil
    } else if c == 1, s.tokens[0].text == "A" {
      // "A: …" answers an interview's question; "Poll: …", "Report: …" head a finding.
      speaker = SpeakerPhrase.Match(first: 0, last: 1, mention: nil, pronoun: nil)
    } else if (0..<c).allSatisfy({ s.tokens[$0].kind == .word && s.tokens[$0].isAcronym }) {
      // Capitals before a colon label a transcript: "PENCE: …".
      speaker = SpeakerPhrase.Match(first: 0, last: c, mention: s.mentions.first(where: { $0.first == 0 }), pronoun: nil)
    } else {
      return nil
    }
    let next = c + 1
    if s.tokens[c].kind == .dash {
      guard s.tokens[next].kind == .quote, let region = quoteStarting(at: next, in: s, quotes: quotes) else { return nil }
      return Attribution(
        sentence: s.index, speaker: .phrase(sentence: s.index, speaker), cue: s.tokens[c].text,
        cueStart: s.tokens[c].start, cueEnd: s.tokens[c].end, contentStart: quotes[region].contentStart,
        contentEnd: quotes[region].contentEnd, kind: .direct)
    }
    var start = s.tokens[next].start
    var end = s.contentEnd
    if s.tokens[next].kind == .quote, let region = quoteStarting(at: next, in: s, quotes: quotes) {
      start = quotes[region].contentStart
      end = quotes[region].contentEnd
    } else if !isLabelledSpeech(after: c, in: s) {
      return nil
    }
    guard start < end else { return nil }
    return Attribution(
      sentence: s.index, speaker: .phrase(sentence: s.index, speaker), cue: ":", cueStart: s.tokens[c].start,
      cueEnd: s.tokens[c].end, contentStart: start, contentEnd: end, kind: .direct)
  }

  /// Whether the words after a label read as speech: not a heading word ("CORRECTION:",
  /// "Contributing:"), not a list of names ("Nevada: Adam Khan, Ana Ruiz, …"), not a figure or
  /// a two-word caption ("Sanders: 1,547").
  private func isLabelledSpeech(after c: Int, in s: AnalyzedSentence) -> Bool {
    if c == 1, Self.headingLabels.contains(s.tokens[0].lower) { return false }
    let rest = s.tokens[(c + 1)...]
    let words = rest.filter { $0.kind == .word }
    guard words.count >= 3 else { return false }
    let commas = rest.filter { $0.text == "," }.count
    if commas >= 3, words.filter(\.isCapitalized).count * 10 >= words.count * 6 { return false }
    return true
  }

  /// Words that head an item of a page, not a speaker's words.
  private static let headingLabels: LexiconSet = [
    "correction", "corrections", "update", "updated", "contributing", "email", "look", "watch",
    "question", "photo", "video", "editor", "note", "related", "read", "listen", "advertisement",
    "clarification", "warning", "latest", "exclusive", "breaking", "issue", "plan",
  ]

  /// A quote signed with a dash after it: `“We need change.” ― Ana Ruiz`, as in lists of
  /// readers' voices. The name must end the sentence or stand before the next quote.
  private func signedQuote(at c: Int, in s: AnalyzedSentence, quotes: [QuoteRegion]) -> Attribution? {
    guard c >= 1, s.tokens[c - 1].kind == .quote, let region = quoteEnding(at: c - 1, in: s, quotes: quotes),
      let speaker = phrases.after(s, start: c + 1), speaker.mention != nil
    else { return nil }
    var next = speaker.last
    while next < s.tokens.count, s.tokens[next].kind == .punctuation, s.tokens[next].text != "," { next += 1 }
    guard next == s.tokens.count || s.tokens[next].kind == .quote else { return nil }
    return Attribution(
      sentence: s.index, speaker: .phrase(sentence: s.index, speaker), cue: s.tokens[c].text,
      cueStart: s.tokens[c].start, cueEnd: s.tokens[c].end, contentStart: quotes[region].contentStart,
      contentEnd: quotes[region].contentEnd, kind: .direct)
  }

  /// "Sanders was asked by host John Dickerson whether …": the asker is the speaker, the
  /// question the content.
  private func askedBy(at c: Int, in s: AnalyzedSentence) -> Attribution? {
    // (Also "When asked by a reporter if …", and any short noun phrase as the asker: "was
    // asked by a caller why …".)
    guard c >= 1, ["was", "were", "is", "being", "been", "when"].contains(s.tokens[c - 1].lower), c + 2 < s.tokens.count,
      s.tokens[c + 1].lower == "by", let asker = phrases.after(s, start: c + 2) ?? phrases.determinedNoun(s, start: c + 2, words: 3), asker.pronoun == nil,
      let wh = s.tokens[asker.last...].prefix(4).firstIndex(where: { Self.questionWords.contains($0.lower) || $0.lower == "about" })
    else { return nil }
    var end = s.contentEnd
    if let comma = s.tokens[wh...].firstIndex(where: { $0.text == "," }) { end = s.tokens[comma - 1].end }
    guard s.tokens[wh].start < end else { return nil }
    return Attribution(
      sentence: s.index, speaker: .phrase(sentence: s.index, asker), cue: s.tokens[c].text, cueStart: s.tokens[c].start,
      cueEnd: s.tokens[c].end, contentStart: s.tokens[wh].start, contentEnd: end, kind: .indirect)
  }

  /// "They exchanged views on X", "The two leaders held talks on X".
  private func jointAct(at c: Int, in s: AnalyzedSentence) -> Attribution? {
    guard c + 2 < s.tokens.count else { return nil }
    let object = s.tokens[c + 1].lower
    guard ["views", "talks", "ideas", "opinions", "discussions"].contains(object),
      ["on", "about", "over", "regarding"].contains(s.tokens[c + 2].lower),
      let phrase = phrases.before(s, end: c)
    else { return nil }
    let start = c + 3 < s.tokens.count ? s.tokens[c + 3].start : s.contentEnd
    guard start < s.contentEnd else { return nil }
    return Attribution(
      sentence: s.index, speaker: .group(sentence: s.index, phrase), cue: cueText(c, c + 2, s),
      cueStart: s.tokens[c].start, cueEnd: s.tokens[c + 1].end, contentStart: start,
      contentEnd: s.contentEnd, kind: .discussion)
  }

  /// "The leaders discussed X": a joint act when the speaker is a group.
  private func discussion(at c: Int, in s: AnalyzedSentence, cueEnd: Int, earlier: [Attribution]) -> Attribution? {
    guard cueEnd < s.tokens.count else { return nil }
    let start = s.tokens[cueEnd].start
    guard start < s.contentEnd else { return nil }
    // "Finer met with President Zelenskyy to discuss U.S. support": the meeting's parties.
    if c >= 3, s.tokens[c - 1].lower == "to", s.tokens[..<(c - 1)].contains(where: { Self.meetingVerbs.contains($0.lower) }),
      let subject = firstSubject(s, before: c - 1)
    {
      return Attribution(
        sentence: s.index, speaker: .group(sentence: s.index, subject), cue: cueText(c, cueEnd, s),
        cueStart: s.tokens[c].start, cueEnd: s.tokens[cueEnd - 1].end, contentStart: start,
        contentEnd: s.contentEnd, kind: .discussion)
    }
    guard let phrase = phrases.before(s, end: c) else { return nil }
    let group = phrase.pronoun == "they" || phrase.pronoun == "we"
      || (phrase.first..<phrase.last).contains(where: { NameLexicon.groupNouns.contains(s.tokens[$0].lower) })
      || (phrase.first..<phrase.last).contains(where: { s.tokens[$0].lower == "and" })
    return Attribution(
      sentence: s.index, speaker: group ? .group(sentence: s.index, phrase) : .phrase(sentence: s.index, phrase),
      cue: cueText(c, cueEnd, s), cueStart: s.tokens[c].start, cueEnd: s.tokens[cueEnd - 1].end,
      contentStart: start, contentEnd: s.contentEnd, kind: .discussion)
  }

  /// Verbs of meeting before "to discuss": "met with X to discuss", "traveled to Kyiv to discuss".
  private static let meetingVerbs: LexiconSet = [
    "met", "meet", "meets", "spoke", "speaks", "hosted", "hosts", "convened", "traveled", "travelled", "visited", "called",
  ]

  // MARK: Helpers

  /// Where a speaker phrase really starts when lowercase role words precede its name:
  /// "institute director Dr. Amara Lindqvist" (up to three words back, stopping at punctuation).
  private func rolePrefixStart(_ first: Int, in s: AnalyzedSentence) -> Int {
    var k = first
    // (Capitalised words too, up to five: "CBS Morning Show co-anchor Dana Lee".)
    while k > 0, first - k < 3 || (first - k < 5 && s.tokens[k - 1].isCapitalized), s.tokens[k - 1].kind == .word,
      !SpeakerPhrase.stoppers.contains(s.tokens[k - 1].lower), s.tokens[k - 1].isCapitalized || CueLexicon.entry(s.tokens[k - 1].lower) == nil
    {
      k -= 1
    }
    return k > 0 && commaBefore(k, in: s) != nil ? k : first
  }

  /// The comma (or `,”` pair) just before token `i`, as the token index ending the content.
  private func commaBefore(_ i: Int, in s: AnalyzedSentence) -> Int? {
    guard i >= 2 else { return nil }
    let prev = s.tokens[i - 1]
    if prev.text == "," || prev.kind == .dash { return i - 1 }
    // `,”` `?"` and the doubled `,''`
    var k = i - 1
    while k > 0, s.tokens[k].kind == .quote, i - k <= 2 { k -= 1 }
    if k < i - 1, [",", "?", "!", "\u{2014}", "--"].contains(s.tokens[k].text) { return i - 1 }
    return nil
  }

  /// The byte end of the content before a boundary token, dropping a comma before a closing mark.
  private func endOfToken(before boundary: Int, in s: AnalyzedSentence) -> Int {
    var k = boundary - 1
    while k > 0, s.tokens[k].text == "," || s.tokens[k].kind == .quote { k -= 1 }
    return s.tokens[max(0, k)].end
  }

  /// Where leading content starts: after a discourse opener such as "For his part," is not
  /// content; the content is the sentence from its first word.
  private func leadingContentStart(in s: AnalyzedSentence, before boundary: Int) -> Int {
    var k = 0
    while k < boundary, s.tokens[k].kind == .quote || s.tokens[k].kind == .punctuation { k += 1 }
    return s.tokens[min(k, s.tokens.count - 1)].start
  }

  private func trimEnd(_ end: Int, _ s: AnalyzedSentence) -> Int { end }

  /// "said on Wednesday.", "told reporters.": what follows the cue is no clause at all.
  private func isBareAdverbial(from k: Int, to end: Int, in s: AnalyzedSentence) -> Bool {
    let words = s.tokens[k...].prefix(while: { $0.end <= end }).filter { $0.kind == .word || $0.kind == .number }
    return words.count <= 4 && (words.first.map(isAdverbialStart) ?? true)
  }

  /// Words that begin an apposition describing a speaker: "an economist", "the director of".
  private func isAppositiveStart(_ t: Token) -> Bool {
    Self.appositiveStarts.contains(t.lower) || NameLexicon.titleWords.contains(t.lower)
  }

  private static let appositiveStarts: LexiconSet = [
    "a", "an", "the", "who", "whose", "which", "one", "himself", "herself", "now", "then", "former",
  ]

  /// Words that begin a trailing adverbial rather than a reported clause.
  private func isAdverbialStart(_ t: Token) -> Bool {
    Self.adverbialStarts.contains(t.lower)
  }

  private static let adverbialStarts: LexiconSet = [
      "during", "on", "in", "at", "after", "before", "while", "when", "as", "adding", "according",
      "referring", "speaking", "citing", "noting", "told", "to", "from", "with", "without", "via",
      "through", "last", "this", "yesterday", "today", "earlier", "later", "monday", "tuesday",
      "wednesday", "thursday", "friday", "saturday", "sunday", "following", "ahead", "amid",
      "of", "for", "about", "recently", "previously", "again", "too", "also", "then", "once",
      "afterwards", "outside", "inside", "near", "by", "tonight", "late", "early", "under", "over",
  ]

  /// Whether a "that" follows within a few words, before any comma or quote: "on Tuesday that".
  private func thatAhead(from k: Int, in s: AnalyzedSentence) -> Bool {
    var j = k
    while j < s.tokens.count, j - k < 9 {
      let w = s.tokens[j]
      if w.lower == "that" { return true }
      if w.kind != .word && w.kind != .number { return false }
      j += 1
    }
    return false
  }

  /// The first token of the content after a cue: skips "that", an addressee ("told reporters
  /// that", "told CNN:"), and an adverbial before "that" ("said on Tuesday that").
  private func contentStartIndex(after cueEnd: Int, in s: AnalyzedSentence, entry: CueLexicon.Entry) -> Int? {
    guard cueEnd < s.tokens.count else { return nil }
    var k = cueEnd
    // "asked Sanders whether he …": the question starts at its wh-word.
    if entry.lemma == "ask", let wh = s.tokens[cueEnd...].prefix(6).prefix(while: { $0.kind == .word })
      .firstIndex(where: { Self.questionWords.contains($0.lower) })
    {
      return wh
    }
    // Look ahead a few tokens for "that" or ":" after an addressee or adverbial.
    var j = k
    var skipped = 0
    while j < s.tokens.count, j - k - skipped < 9 {
      let w = s.tokens[j]
      if w.lower == "that" || w.text == ":" {
        if j == k || lookaheadIsAdjunct(s, from: k, to: j, entry: entry) { return j + 1 }
        break
      }
      // (A comma inside a place name: "said Sunday in Madison, Wisconsin, that".)
      if w.text == ",", j > k, s.tokens[j - 1].isCapitalized, j + 2 < s.tokens.count, s.tokens[j + 1].isCapitalized,
        s.tokens[j + 2].text == ","
      {
        j += 3
        skipped += 3
        continue
      }
      if w.text == "," || w.kind == .quote { break }
      // ("want to ban abortion said Monday that": the "that" of another cue.)
      // (But "told a young woman who suggested that … that “…”" goes on to the quote.)
      // (A noun is no cue: "said in its weekly report that".)
      if j > k, CueLexicon.entry(w.lower) != nil, !Self.nounLikeCues.contains(w.lower),
        !Self.nounMarkers.contains(s.tokens[j - 1].lower), !["to", "who", "that", "which"].contains(s.tokens[j - 1].lower)
      {
        break
      }
      j += 1
    }
    if entry.lemma == "tell" {
      // "told reporters the plan is dead": skip a short addressee phrase.
      while k < s.tokens.count, k - cueEnd < 4, s.tokens[k].kind == .word,
        s.tokens[k].isCapitalized || SpeakerPhrase.determiners.contains(s.tokens[k].lower)
          || NameLexicon.speakerNouns.contains(s.tokens[k].lower) || s.tokens[k].lower.hasSuffix("'s")
          || ["reporters", "him", "her", "them", "me", "us", "journalists", "lawmakers"].contains(s.tokens[k].lower)
      {
        k += 1
      }
      // "told The Ledger last week she …": a time adverbial after the addressee.
      if k + 2 < s.tokens.count, SpeakerPhrase.periodDeterminers.contains(s.tokens[k].lower),
        SpeakerPhrase.periods.contains(s.tokens[k + 1].lower)
      {
        k += 2
      } else if k + 1 < s.tokens.count, SpeakerPhrase.dayWords.contains(s.tokens[k].lower) {
        k += 1
      }
    }
    if k < s.tokens.count, s.tokens[k].lower == "that" { k += 1 }
    return k
  }

  private func lookaheadIsAdjunct(_ s: AnalyzedSentence, from k: Int, to j: Int, entry: CueLexicon.Entry) -> Bool {
    if entry.lemma == "tell" || entry.frame == .addressee { return true }
    let first = s.tokens[k]
    // "said on Tuesday that", "told CNN that"; not "said Tomas Reyes told her that".
    return isAdverbialStart(first) || (first.isAcronym && j - k <= 2)
  }

  private func cueText(_ c: Int, _ cueEnd: Int, _ s: AnalyzedSentence) -> String {
    s.tokens[c..<cueEnd].map(\.text).joined(separator: " ")
  }

  private func quoteEnding(at i: Int, in s: AnalyzedSentence, quotes: [QuoteRegion]) -> Int? {
    guard i >= 0, i < s.tokens.count else { return nil }
    let t = s.tokens[i]
    guard t.kind == .quote else {
      if t.text == ",", i > 0, s.tokens[i - 1].kind == .quote { return quoteEnding(at: i - 1, in: s, quotes: quotes) }
      return nil
    }
    return quotes.firstIndex(where: { $0.closed && $0.close == t.end })
  }

  private func quoteStarting(at i: Int, in s: AnalyzedSentence, quotes: [QuoteRegion]) -> Int? {
    let t = s.tokens[i]
    return quotes.firstIndex(where: { $0.open == t.start })
  }

  /// Share of the content's bytes that lie inside quote regions.
  private func quotedShare(_ start: Int, _ end: Int, _ s: AnalyzedSentence) -> Double {
    var quoted = 0
    var total = 0
    for (k, t) in s.tokens.enumerated() where t.start >= start && t.end <= end && t.kind == .word {
      total += 1
      if s.quoteOf[k] != nil { quoted += 1 }
    }
    return total == 0 ? 0 : Double(quoted) / Double(total)
  }

  /// Where the object of a non-clausal cue ends ("likened RT to the BBC, which …"): before a
  /// comma, semicolon or dash outside quotes. (Cutting before adjuncts of time and place as
  /// well, "attacked Machado in early-morning tweets", scored worse on PolNeAR.)
  private func objectEnd(in s: AnalyzedSentence, from k: Int, before end: Int) -> Int? {
    var i = k
    var words = 0
    while i < s.tokens.count, s.tokens[i].end <= end {
      let t = s.tokens[i]
      if s.quoteOf[i] == nil, t.text == "," || t.text == ";" || t.text == "(" || t.kind == .dash, words > 0 {
        return s.tokens[i - 1].end
      }
      // "vetoed the bill because …", "denies any wrongdoing and points out …": a new clause.
      if s.quoteOf[i] == nil, words > 0, t.kind == .word,
        Self.objectClauseLinks.contains(t.lower)
          || t.lower == "and" && i + 1 < s.tokens.count && isFiniteVerb(s.tokens[i + 1])
      {
        return s.tokens[i - 1].end
      }
      if t.kind == .word || t.kind == .number { words += 1 }
      i += 1
    }
    return nil
  }

  /// Where a reported clause ends before a main clause of the writer's: "said A, but he gave
  /// …", "said A; B". Quoted words are never cut.
  private func clauseEnd(in s: AnalyzedSentence, from k: Int, before end: Int) -> Int? {
    var i = k + 1
    var words = 0
    while i + 1 < s.tokens.count, s.tokens[i].end <= end {
      let t = s.tokens[i]
      if t.kind == .word || t.kind == .number { words += 1 }
      if s.quoteOf[i] == nil, words >= 3, t.text == ";" { return s.tokens[i - 1].end }
      if s.quoteOf[i] == nil, words >= 3, t.text == ",", s.quoteOf[i + 1] == nil {
        let next = s.tokens[i + 1].lower
        let after = i + 2 < s.tokens.count ? s.tokens[i + 2].lower : ""
        if ["but", "yet"].contains(next) && Self.subjectPronouns.contains(after) {
          return s.tokens[i - 1].end
        }
      }
      i += 1
    }
    return nil
  }

  private static let subjectPronouns: LexiconSet = ["he", "she", "they", "we", "i"]

  /// Words that open a clause of their own after an object.
  private static let objectClauseLinks: LexiconSet = ["because", "although", "though", "while", "whereas", "but"]

  /// A present or past verb form that can follow "and" in a second predicate: "and points out".
  private func isFiniteVerb(_ t: Token) -> Bool {
    guard t.kind == .word, !t.isCapitalized else { return false }
    if CueLexicon.entry(t.lower) != nil { return true }
    return ["is", "was", "has", "had", "said", "says", "did", "does", "will", "would", "can", "could"].contains(t.lower)
  }

  /// The byte where a trailing ", according to X" or ", X said" starts, if the content has one.
  private func trailingAttribution(in s: AnalyzedSentence, from k: Int) -> Int? {
    var i = k
    while i + 2 < s.tokens.count {
      if s.tokens[i].text == ",", s.tokens[i + 1].lower == "according", s.tokens[i + 2].lower == "to" {
        return s.tokens[max(k, i - 1)].end
      }
      i += 1
    }
    return nil
  }

  /// The speaker of an earlier cue for "…, and added that …", "…, saying that …", or the last
  /// speaker when a cue stands with no subject of its own.
  private func inheritedSpeaker(at c: Int, in s: AnalyzedSentence, earlier: [Attribution], all: [Attribution]) -> Attribution.Speaker? {
    var k = c
    while k > 0, CueLexicon.auxiliaries.contains(s.tokens[k - 1].lower) { k -= 1 }
    guard k > 0 else { return nil }
    let prev = s.tokens[k - 1]
    let isConjoined = prev.lower == "and" || prev.lower == "but" || prev.text == ","
    guard isConjoined || s.tokens[c].lower.hasSuffix("ing") else { return nil }
    // ("cases of harassment and calls for violence": a noun in a list.)
    if prev.lower == "and", k == c, Self.nounLikeCues.contains(s.tokens[c].lower), s.tokens[c].lower.hasSuffix("s") { return nil }
    if let last = earlier.last { return .sameAs(cueStart: last.cueStart) }
    // "X did Y, saying that …": the sentence's first name is the subject.
    if s.tokens[c].lower.hasSuffix("ing") || isConjoined, let subject = firstSubject(s, before: c) {
      return .phrase(sentence: s.index, subject)
    }
    return nil
  }

  private func firstSubject(_ s: AnalyzedSentence, before c: Int) -> SpeakerPhrase.Match? {
    // "ATLANTIC CITY — Hillary Clinton …", "New York (AFP) – Vice President Joe Biden …": past a
    // dateline; "However, he …": past a sentence adverb; "In May, a judge …": past a fronted adjunct.
    var start = datelineEnd(s, before: c)
    while start < c, c - start > 1, Self.sentenceAdverbs.contains(s.tokens[start].lower) { start += 1 }
    if start < c, s.tokens[start].text == "," { start += 1 }
    if let comma = s.tokens[start..<c].firstIndex(where: { $0.text == "," }), comma + 1 < c,
      isFrontedAdjunct(before: comma, in: s) || isFrontedParticiple(from: start, to: comma, in: s),
      !s.tokens[start..<comma].contains(where: { $0.kind == .dash })
    {
      start = comma + 1
    }
    if let m = phrases.after(s, start: start), m.last < c { return m }
    if let m = s.mentions.first(where: { $0.roleFirst >= start }), m.last <= c, m.roleFirst <= start + 2 {
      return SpeakerPhrase.Match(first: m.roleFirst, last: m.last, mention: m, pronoun: nil)
    }
    return nil
  }

  /// Whether a plain subject looks like a noun phrase: not a lone lowercase word after "and"
  /// unless it is a name, number, speaker noun or plural ("and meet projected demand" is a verb).
  private func isNounPhrase(_ m: SpeakerPhrase.Match, in s: AnalyzedSentence) -> Bool {
    guard m.last - m.first == 1, m.first > 0, ["and", "or", "but"].contains(s.tokens[m.first - 1].lower) else { return true }
    let t = s.tokens[m.first]
    return t.isCapitalized || t.kind == .number || NameLexicon.speakerNouns.contains(t.lower)
      || SpeakerPhrase.determiners.contains(t.lower) || (t.lower.hasSuffix("s") && !t.lower.hasSuffix("ss"))
  }

  /// Speech verbs that are as often nouns or reduced relatives after a noun phrase ("the
  /// congressional report", "the figures include pledged delegates"): they need a named
  /// speaker or a speaker noun.
  private static let nounLikeCues: LexiconSet = [
    "report", "reports", "state", "states", "add", "added", "tweet", "tweets", "quote", "quotes", "note", "notes",
    "find", "finds", "found", "mentioned", "estimates", "titled", "references", "promise", "promises", "call", "calls",
    "maintained", "pledged", "write", "writes", "stress", "underscore", "list", "lists", "listed",
    "dedicated", "considered", "highlights", "highlighted", "favored", "resonated", "declined", "backed", "voted",
    "ticked", "ranged", "touched", "pumped", "expected",
  ]

  /// Whether a phrase is an object: after a preposition or a verb
  /// ("an email to supporters", "released a statement").
  private func isObjectPosition(_ phrase: SpeakerPhrase.Match, in s: AnalyzedSentence) -> Bool {
    let t = s.tokens[phrase.first - 1]
    guard t.kind == .word, !t.isCapitalized else { return false }
    if t.lower == "to" { return true }
    // "released a statement saying": a document its author put out.
    let head = s.tokens[phrase.last - 1].lower
    return t.lower.hasSuffix("ed") && !CueLexicon.auxiliaries.contains(t.lower) && Self.documentNouns.contains(head)
  }

  private static let documentNouns: LexiconSet = [
    "statement", "email", "e-mail", "letter", "release", "message", "memo", "note", "post", "tweet", "video", "ad",
  ]

  /// Whether tokens `start..<comma` are a fronted participial or prepositional phrase:
  /// "Walking to the next house,", "Reached by phone on Tuesday,", "Outside the meetings,".
  private func isFrontedParticiple(from start: Int, to comma: Int, in s: AnalyzedSentence) -> Bool {
    guard comma - start >= 2, comma - start <= 12, s.tokens[start].kind == .word,
      s.tokens[start..<comma].allSatisfy({ $0.kind != .quote })
    else { return false }
    let first = s.tokens[start].lower
    // (Not a name such as "Sterling Moss": the participle's next word is lowercase.)
    return (first.hasSuffix("ing") || first.hasSuffix("ed")) && s.tokens[start + 1].kind == .word && !s.tokens[start + 1].isCapitalized
      || ["outside", "inside", "among", "despite", "amid", "beyond", "under", "following", "throughout"].contains(first)
  }

  /// The token after a dateline that opens the sentence ("ATLANTIC CITY —", "New York (AFP) –"),
  /// or 0 when there is none.
  private func datelineEnd(_ s: AnalyzedSentence, before c: Int) -> Int {
    guard let dash = s.tokens.prefix(min(c, 10)).firstIndex(where: { $0.kind == .dash }), dash > 0 else { return 0 }
    var inParens = false
    for t in s.tokens[..<dash] {
      if t.text == "(" { inParens = true } else if t.text == ")" { inParens = false }
      if t.kind == .word, !t.isCapitalized, !inParens { return 0 }
    }
    return dash + 1
  }

  /// Adverbs that may open a sentence before its subject: "However, he …", "Then he …".
  private static let sentenceAdverbs: LexiconSet = [
    "however", "then", "but", "and", "so", "still", "instead", "meanwhile", "yet", "later", "earlier", "now", "also",
  ]

  /// When a cue continues an earlier one in the sentence ("said A and added B"), the earlier
  /// content ends before the link.
  private func trimEarlier(_ earlier: inout [Attribution], before a: Attribution, in s: AnalyzedSentence) {
    guard case .sameAs = a.speaker, var last = earlier.last, last.contentEnd > a.cueStart else { return }
    guard let cueIndex = s.tokens.firstIndex(where: { $0.start == a.cueStart }) else { return }
    var k = cueIndex
    while k > 0, CueLexicon.auxiliaries.contains(s.tokens[k - 1].lower) || ["and", "but", ","].contains(s.tokens[k - 1].lower) {
      k -= 1
    }
    if k > 0, s.tokens[k - 1].end > last.contentStart {
      last.contentEnd = s.tokens[k - 1].end
      earlier[earlier.count - 1] = last
    }
  }

  /// A cue inside another's content. "X said Y told him that …": when the inner speaker
  /// opens the outer content, the outer attribution gives way to an inner speech cue (and an
  /// inner non-speech cue, "X said Kessaly welcomed the plan", gives way to the outer one).
  /// "X said A, though she noted B": a coordinate cue ends the outer content instead.
  private func removeNested(_ list: [Attribution], in s: AnalyzedSentence) -> [Attribution] {
    func speakerStart(_ a: Attribution) -> Int? {
      guard case .phrase(_, let m) = a.speaker else { return nil }
      return s.tokens[m.first].start
    }
    func isInside(_ inner: Attribution, _ outer: Attribution) -> Bool {
      guard inner.cueStart != outer.cueStart, let start = speakerStart(inner) else { return false }
      return outer.contentStart <= start && inner.cueStart < outer.contentEnd && outer.cueStart < start
        && inner.contentEnd <= outer.contentEnd + 1 && outer.kind != .direct
    }
    func opensContent(_ inner: Attribution, _ outer: Attribution) -> Bool {
      guard let start = speakerStart(inner) else { return false }
      return start <= outer.contentStart + 1
    }
    func reportsSpeech(_ a: Attribution) -> Bool {
      guard let entry = CueLexicon.entry(a.cue.split(separator: " ").first.map { $0.fastLowercased } ?? "") else { return false }
      return entry.frame != .object && entry.kind == .indirect
    }
    // A cue inside the content of an inverted attribution ("The two leaders agreed …, a
    // spokesman said") is part of what was reported.
    func insideInverted(_ inner: Attribution) -> Bool {
      list.contains { outer in
        outer.cueStart != inner.cueStart && outer.cueStart >= outer.contentEnd
          && inner.cueStart >= outer.contentStart && inner.cueEnd <= outer.contentEnd
      }
    }
    // "X said Y wants Z": a belief inside reported speech is the reporter's claim, not a
    // position Y stated; it stays out when it covers much of the speech.
    func nestedBelief(_ a: Attribution) -> Bool {
      guard a.kind == .belief else { return false }
      return list.contains { outer in
        guard outer.cueStart != a.cueStart, outer.kind == .indirect || outer.kind == .direct,
          outer.contentStart <= a.cueStart, a.cueStart < outer.contentEnd
        else { return false }
        let overlap = min(a.contentEnd, outer.contentEnd) - max(a.contentStart, outer.contentStart)
        return overlap * 10 >= max(a.contentEnd - a.contentStart, outer.contentEnd - outer.contentStart) * 3
      }
    }
    var result: [Attribution] = []
    for a in list {
      if insideInverted(a) || nestedBelief(a) { continue }
      if list.contains(where: { isInside($0, a) && opensContent($0, a) && reportsSpeech($0) }) { continue }
      if !reportsSpeech(a), list.contains(where: { isInside(a, $0) && opensContent(a, $0) }) { continue }
      var trimmed = a
      // End the content before a coordinate cue's clause: ", though she noted …".
      if let inner = list.filter({ isInside($0, a) && !opensContent($0, a) }).min(by: { $0.cueStart < $1.cueStart }),
        let start = speakerStart(inner), let k = s.tokens.firstIndex(where: { $0.start == start })
      {
        var j = k
        while j > 0, [",", "though", "although", "but", "and", "while", "as", "even", "whereas", ";"].contains(s.tokens[j - 1].lower) {
          j -= 1
        }
        // "X said Trump was right when he said …": a subordinate clause stays in the content.
        let subordinate = k > 0 && Self.subordinators.contains(s.tokens[k - 1].lower)
        // "the super PAC supporting her, …": a participle after its noun modifies it.
        let modifier = j == k && inner.cue.hasSuffix("ing")
        if !subordinate, !modifier, j > 0, s.tokens[j - 1].end > trimmed.contentStart { trimmed.contentEnd = s.tokens[j - 1].end }
      }
      result.append(trimmed)
    }
    return result
  }

}
