/// Attributes quotations no cue claimed: a quote that continues the previous quoted speaker
/// (a paragraph opening on a quote after a quoted paragraph) gets that speaker; short quotes
/// with no cue are scare quotes and are left alone.
struct QuoteAttributor: Sendable {
  /// Fewest words for an uncued quote to count as speech.
  static let minimumWords = 6

  func unattributedQuotes(
    in sentences: [AnalyzedSentence], quotes: [QuoteRegion], attributions: [Attribution]
  ) -> [Attribution] {
    var result: [Attribution] = []
    var claimed = attributions
    for region in quotes where region.words >= QuoteAttributor.minimumWords {
      if claimed.contains(where: { $0.contentStart < region.contentEnd && region.contentStart < $0.contentEnd }) {
        continue
      }
      // The nearest earlier direct statement within two paragraphs is the speaker.
      guard let previous = claimed.filter({ $0.kind == .direct && $0.contentEnd <= region.open }).max(by: { $0.contentEnd < $1.contentEnd }),
        region.paragraph - sentences[previous.sentence].paragraph <= 1,
        region.firstSentence - previous.sentence <= 4
      else { continue }
      let a = Attribution(
        sentence: region.firstSentence, speaker: .sameAs(cueStart: previous.cueStart), cue: previous.cue,
        cueStart: previous.cueStart, cueEnd: previous.cueEnd, contentStart: region.contentStart,
        contentEnd: region.contentEnd, kind: .direct)
      result.append(a)
      claimed.append(a)
    }
    return result
  }
}
