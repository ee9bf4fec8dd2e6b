/// Runs extraction on one parsed article: sentences, tokens, names, coreference, quotes,
/// attributions with resolved speakers, meetings, and the topics of each statement.
struct ArticleAnalyzer: Sendable {
  private let splitter = SentenceSplitter()
  private let tokenizer = Tokenizer()
  private let finder = MentionFinder()
  private let quoteFinder = QuoteFinder()
  private let extractor = AttributionExtractor()
  private let meetingExtractor = MeetingExtractor()

  func analyze(_ document: ParsedDocument) -> ArticleAnalysis {
    let buffer = TextBuffer(document.text)
    var ranges = splitter.split(buffer.bytes, from: document.bodyStart, to: document.bodyEnd)
    var sentences: [AnalyzedSentence] = []
    sentences.reserveCapacity(ranges.count)
    var credit: String?
    // The last sentence's tokens, kept for reuse when it is not a credit line.
    var lastTokens: (range: SentenceSplitter.Range, tokens: [Token])?
    // A short capitalised last line with no final punctuation is a credit line.
    if let last = ranges.last, ranges.count > 1 {
      let tokens = tokenizer.tokens(buffer, from: last.start, to: last.end)
      if isCreditLine(tokens) {
        credit = buffer.string(last.start, last.end)
        ranges.removeLast()
      } else {
        lastTokens = (last, tokens)
      }
    }
    // A plain-text title is a sentence too: headlines carry attributions ("Smith: We will win").
    if document.format == .plainText, document.bodyStart > 0 {
      let bytes = buffer.bytes
      var end = 0
      while end < bytes.count, bytes[end] != 0x0A { end += 1 }
      while end > 0, ByteClass.isSpace(bytes[end - 1]) { end -= 1 }
      if end > 0 { ranges.insert(SentenceSplitter.Range(start: 0, end: end, paragraph: -1), at: 0) }
    }
    // The capitalised words at sentence starts that may be ordinary words: only these are
    // looked up among the article's lowercase words; `filter` passes over most others cheaply.
    var startWords = Set<String>(minimumCapacity: ranges.count)
    var filter = WordFilter()
    buffer.bytes.withUnsafeBufferPointer { bytes in
      for (index, range) in ranges.enumerated() {
        let tokens =
          if let lastTokens, index == ranges.count - 1, lastTokens.range == range { lastTokens.tokens } else {
            tokenizer.tokens(bytes, from: range.start, to: range.end)
          }
        for i in tokens.indices {
          if let word = finder.sentenceStartWord(tokens, i) {
            startWords.insert(word)
            filter.insert(word)
          }
        }
        sentences.append(
          AnalyzedSentence(index: index, start: range.start, end: range.end, paragraph: range.paragraph, tokens: tokens))
      }
    }
    var lowercaseSeen = Set<String>(minimumCapacity: startWords.count)
    if !startWords.isEmpty {
      for s in sentences {
        for k in s.tokens.indices where s.tokens[k].kind == .word && filter.mayContain(s.tokens[k].lower) {
          if let f = s.tokens[k].text.utf8.first, ByteClass.isLower(f), startWords.contains(s.tokens[k].lower) {
            lowercaseSeen.insert(s.tokens[k].lower)
          }
        }
      }
    }
    var coreference = Coreference()
    for i in sentences.indices {
      sentences[i].mentions = finder.mentions(in: sentences[i].tokens, sentence: i, lowercaseSeen: lowercaseSeen)
      coreference.add(sentences[i].mentions)
    }
    let quotes = quoteFinder.regions(in: &sentences)
    var attributions = extractor.attributions(in: sentences, quotes: quotes)
    QuoteAttributor().attribute(in: sentences, quotes: quotes, attributions: &attributions)
    attributions.sort { ($0.contentStart, $0.cueStart) < ($1.contentStart, $1.cueStart) }

    var resolver = SpeakerResolver(coreference: coreference, sentences: sentences, buffer: buffer)
    resolver.author = StatementAuthor.name(inTitle: document.title)
    resolver.titleNames = StatementAuthor.names(inTitle: document.title)
    resolver.title = document.title
    var meetings: [LocalMeeting] = []
    for s in sentences where s.paragraph >= 0 {
      if let found = meetingExtractor.find(in: s, articleDate: document.date),
        let meeting = resolver.meeting(found, in: s)
      {
        meetings.append(meeting)
        resolver.meetings = meetings
      }
    }
    // Every mention position with its entity, in text order, for the topics of each statement.
    let mentionIndex = resolver.coreference.entities.enumerated()
      .flatMap { entity in entity.element.positions.map { ($0, entity.offset) } }
      .sorted { $0.0 < $1.0 }
    var statements: [LocalStatement] = []
    var byCue: [Int: (speaker: String, entities: [Int], source: TextSpan?)] = [:]
    for var a in attributions.sorted(by: { ($0.cueStart, $0.contentStart) < ($1.cueStart, $1.contentStart) }) {
      // The span ends where the shown content ends: no trailing comma, colon or space.
      while a.contentEnd > a.contentStart, ArticleAnalyzer.isTrailingContentByte(buffer.bytes[a.contentEnd - 1]) {
        a.contentEnd -= 1
      }
      let resolved: (speaker: String, entities: [Int], source: TextSpan?)
      switch a.speaker {
      case .sameAs(let cueStart):
        guard let earlier = byCue[cueStart] else { continue }
        resolved = earlier
      default:
        guard let r = resolver.speaker(of: a) else { continue }
        resolved = r
      }
      byCue[a.cueStart] = resolved
      // Fragments ("said sarcastically", "offered no proof") are not statements.
      guard wordCount(a.contentStart, a.contentEnd, buffer, upTo: 2) >= 2 || a.kind == .discussion
        || isNamedObject(a, buffer)
      else {
        continue
      }
      var content = buffer.string(a.contentStart, a.contentEnd)
      if let pieces = a.pieces {
        content = pieces.map { displayContent(buffer.string($0.0, $0.1)) }.joined(separator: " ")
      }
      statements.append(
        LocalStatement(
          sentence: a.sentence, speaker: resolved.speaker, speakerEntities: resolved.entities,
          cue: a.cue, content: displayContent(content), kind: a.kind, sourceSpan: resolved.source,
          cueSpan: buffer.span(a.cueStart, a.cueEnd), contentSpan: buffer.span(a.contentStart, a.contentEnd),
          topics: topics(a.contentStart, a.contentEnd, mentionIndex)))
    }
    statements.sort { ($0.cueSpan.start) < ($1.cueSpan.start) }
    let finalSentences = sentences.map { s in
      let span = buffer.span(s.start, s.end)
      // A slice of the article's text, folded when shown: no copy of the text.
      if s.start <= s.end, let slice = Sentence.slice(of: document.text, bytes: s.start..<s.end) {
        return Sentence(index: s.index, span: span, slice: slice)
      }
      return Sentence(index: s.index, span: span, text: SpaceFolding.fold(buffer.string(s.start, s.end)))
    }
    return ArticleAnalysis(
      document: document, credit: credit, sentences: finalSentences, entities: resolver.coreference.entities,
      statements: statements, meetings: meetings)
  }

  private func isCreditLine(_ tokens: [Token]) -> Bool {
    guard !tokens.isEmpty, tokens.count <= 8, let last = tokens.last,
      ![".", "!", "?", "\"", "\u{201D}", ":"].contains(last.text)
    else { return false }
    return tokens.allSatisfy { $0.kind == .punctuation || $0.kind == .dash || $0.isCapitalized || $0.isAcronym }
      && tokens.contains(where: { $0.kind == .word })
  }

  /// Entities mentioned in `[start, end)`, in order of first mention there; a binary search
  /// into the sorted mention positions keeps long articles linear.
  private func topics(_ start: Int, _ end: Int, _ mentions: [(Int, Int)]) -> [Int] {
    var lo = 0
    var hi = mentions.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if mentions[mid].0 < start { lo = mid + 1 } else { hi = mid }
    }
    var result: [Int] = []
    while lo < mentions.count, mentions[lo].0 < end {
      if !result.contains(mentions[lo].1) { result.append(mentions[lo].1) }
      lo += 1
    }
    return result.sorted()
  }

  /// Bytes cut from the end of a statement's content: comma, semicolon, colon, space, newline.
  private static func isTrailingContentByte(_ b: UInt8) -> Bool {
    b == 0x2C || b == 0x3B || b == 0x3A || b == 0x20 || b == 0x0A
  }

  /// The number of words in `[start, end)`, counting no further than `limit`.
  /// A one-word object that is a name or a pronoun after a finite verb: "endorsed Clinton",
  /// "supported him" (a position taken toward someone); not a fragment such as "said
  /// sarcastically", nor a modifier such as "a PAC supporting Clinton".
  private func isNamedObject(_ a: Attribution, _ buffer: TextBuffer) -> Bool {
    guard a.kind != .direct, a.contentEnd > a.contentStart,
      let cue = a.cue.split(separator: " ").first.map({ $0.fastLowercased }), !cue.hasSuffix("ing"),
      let entry = CueLexicon.entry(cue), entry.frame == .object
    else { return false }
    let word = buffer.string(a.contentStart, a.contentEnd)
    guard let first = word.unicodeScalars.first else { return false }
    return (first.properties.isUppercase && word.count >= 3) || ["him", "her", "them", "us", "me"].contains(word)
  }

  private func wordCount(_ start: Int, _ end: Int, _ buffer: TextBuffer, upTo limit: Int) -> Int {
    buffer.bytes.withUnsafeBufferPointer { bytes in
      var count = 0
      var inWord = false
      var i = start
      while i < end, count < limit {
        let isLetter = ByteClass.isASCIILetter(bytes[i]) || ByteClass.isDigit(bytes[i]) || bytes[i] >= 0x80
        if isLetter && !inWord { count += 1 }
        inWord = isLetter || bytes[i] == UInt8(ascii: "'")
        i += 1
      }
      return count
    }
  }

  /// Content as shown: whitespace folded, a trailing comma or colon dropped.
  private func displayContent(_ text: String) -> String {
    var out = SpaceFolding.fold(text)
    // By bytes while the end is ASCII (one byte, one character); by characters otherwise.
    while let last = out.utf8.last, last < 0x80 {
      guard last == 0x2C || last == 0x3B || last == 0x3A || last == 0x20 else { return out }
      guard out.utf8.count == 1 || out.utf8[out.utf8.index(out.utf8.endIndex, offsetBy: -2)] < 0x80 else { break }
      out.removeLast()
    }
    while let last = out.last, [",", ";", ":", " "].contains(last) { out.removeLast() }
    return out
  }
}
