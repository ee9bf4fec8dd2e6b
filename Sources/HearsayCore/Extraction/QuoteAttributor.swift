/// Attributes quotations no cue claimed: a quote that continues the previous quoted speaker
/// (a paragraph opening on a quote after a quoted paragraph) gets that speaker; short quotes
/// with no cue are scare quotes and are left alone.
struct QuoteAttributor: Sendable {
  /// Fewest words for an uncued quote to count as speech.
  static let minimumWords = 6

  /// Adds statements for uncued quotes that continue a quoted speaker in a later paragraph, and
  /// extends a direct statement over further quotes of its own paragraph.
  func attribute(
    in sentences: [AnalyzedSentence], quotes: [QuoteRegion], attributions: inout [Attribution]
  ) {
    var result: [Attribution] = []
    var extensions: [Int: [(Int, Int)]] = [:]  // cue start → further quotes of the same speaker
    var claimed = attributions
    defer {
      for i in attributions.indices {
        guard let more = extensions[attributions[i].cueStart], attributions[i].kind == .direct,
          let end = more.last?.1, end > attributions[i].contentEnd
        else { continue }
        let first = attributions[i].pieces ?? [(attributions[i].contentStart, attributions[i].contentEnd)]
        attributions[i].pieces = first + more
        attributions[i].contentEnd = end
      }
      attributions += result
    }
    for region in quotes where region.words >= 1 {
      if claimed.contains(where: { $0.contentStart < region.contentEnd && region.contentStart < $0.contentEnd }) {
        continue
      }
      // The nearest earlier direct statement within two paragraphs is the speaker.
      guard let previous = claimed.filter({ $0.kind == .direct && $0.contentEnd <= region.open }).max(by: { $0.contentEnd < $1.contentEnd }),
        region.paragraph - sentences[previous.sentence].paragraph <= 1,
        region.firstSentence - previous.sentence <= 4
      else { continue }
      // Only a quote that opens a sentence continues the speaker: “A,” she said. “B.”
      let opensSentence = sentences[region.firstSentence].tokens.first.map { $0.start == region.open } ?? false
      guard opensSentence else { continue }
      if region.paragraph == sentences[previous.sentence].paragraph {
        // “A,” she said. “B.” — one statement running over both quotes.
        extensions[previous.cueStart, default: []].append((region.contentStart, region.contentEnd))
        if let i = claimed.firstIndex(where: { $0.cueStart == previous.cueStart && $0.contentStart == previous.contentStart }) {
          claimed[i].contentEnd = region.contentEnd
        }
        continue
      }
      guard region.words >= QuoteAttributor.minimumWords else { continue }
      let a = Attribution(
        sentence: region.firstSentence, speaker: .sameAs(cueStart: previous.cueStart), cue: previous.cue,
        cueStart: previous.cueStart, cueEnd: previous.cueEnd, contentStart: region.contentStart,
        contentEnd: region.contentEnd, kind: .direct)
      result.append(a)
      claimed.append(a)
    }
  }
}
