/// Pairs quotation marks paragraph by paragraph: curly marks by their shape, straight ones by
/// alternation, a new opening mark after a full stop restarting an unclosed quote (paragraphs
/// merged on one line keep their continuation marks). Single quotes are left alone: they are
/// apostrophes too often.
struct QuoteFinder: Sendable {
  func regions(in sentences: inout [AnalyzedSentence]) -> [QuoteRegion] {
    var regions: [QuoteRegion] = []
    var openAt: (sentence: Int, token: Int)?
    var paragraph = -1
    var words = 0

    func closeRegion(endSentence: Int, endToken: Int?, paragraphEnd: Bool) {
      guard let o = openAt else { return }
      let openToken = sentences[o.sentence].tokens[o.token]
      let contentEnd: Int
      let close: Int
      if let endToken {
        let t = sentences[endSentence].tokens[endToken]
        contentEnd = t.start
        close = t.end
      } else {
        let s = sentences[endSentence]
        contentEnd = s.tokens.last?.end ?? s.end
        close = contentEnd
      }
      regions.append(
        QuoteRegion(
          open: openToken.start, close: close, contentStart: openToken.end, contentEnd: contentEnd,
          closed: !paragraphEnd, paragraph: sentences[o.sentence].paragraph,
          firstSentence: o.sentence, lastSentence: endSentence, words: words))
      openAt = nil
      words = 0
    }

    for si in sentences.indices {
      if sentences[si].paragraph != paragraph {
        if openAt != nil, si > 0 { closeRegion(endSentence: si - 1, endToken: nil, paragraphEnd: true) }
        paragraph = sentences[si].paragraph
      }
      for ti in sentences[si].tokens.indices {
        let t = sentences[si].tokens[ti]
        if t.kind == .word || t.kind == .number {
          if openAt != nil { words += 1 }
          continue
        }
        guard t.kind == .quote, isDouble(t) else { continue }
        let shape = shapeOf(sentences[si].tokens, ti)
        if openAt == nil {
          if shape != .closing || t.text == "\"" { openAt = (si, ti) }
        } else if shape == .opening && t.text != "\u{201D}" && followsFullStop(sentences[si].tokens, ti, si, openAt!) {
          // A continuation mark: the previous quote ran to a paragraph end merged into this line.
          let prev = ti > 0 ? (si, ti - 1) : (si - 1, sentences[max(0, si - 1)].tokens.count - 1)
          closeRegion(endSentence: prev.0, endToken: nil, paragraphEnd: true)
          openAt = (si, ti)
        } else {
          closeRegion(endSentence: si, endToken: ti, paragraphEnd: false)
        }
      }
    }
    if openAt != nil, !sentences.isEmpty { closeRegion(endSentence: sentences.count - 1, endToken: nil, paragraphEnd: true) }

    // Mark tokens inside each region.
    for si in sentences.indices { sentences[si].quoteOf = Array(repeating: nil, count: sentences[si].tokens.count) }
    for (ri, region) in regions.enumerated() {
      for si in region.firstSentence...region.lastSentence {
        for ti in sentences[si].tokens.indices {
          let t = sentences[si].tokens[ti]
          if t.start >= region.contentStart && t.end <= region.contentEnd { sentences[si].quoteOf[ti] = ri }
        }
      }
    }
    return regions
  }

  private enum Shape { case opening, closing, unknown }

  private func isDouble(_ t: Token) -> Bool {
    t.text == "\"" || t.text == "\u{201C}" || t.text == "\u{201D}" || t.text == "\u{00AB}" || t.text == "\u{00BB}"
      || t.text == "\u{201E}"
  }

  private func shapeOf(_ tokens: [Token], _ i: Int) -> Shape {
    let t = tokens[i]
    if t.text == "\u{201C}" || t.text == "\u{00AB}" || t.text == "\u{201E}" { return .opening }
    if t.text == "\u{201D}" || t.text == "\u{00BB}" { return .closing }
    let spaceBefore = i == 0 || tokens[i - 1].end < t.start
    let spaceAfter = i + 1 >= tokens.count || tokens[i + 1].start > t.end
    if spaceBefore && !spaceAfter { return .opening }
    if !spaceBefore && spaceAfter { return .closing }
    if i + 1 < tokens.count, tokens[i + 1].kind == .punctuation { return .closing }
    return .unknown
  }

  /// Whether the mark at `i` comes right after sentence-final punctuation (`… done. "Next`)
  /// that is itself inside the open quote, with no closing mark in between.
  private func followsFullStop(_ tokens: [Token], _ i: Int, _ si: Int, _ open: (sentence: Int, token: Int)) -> Bool {
    // At a sentence start: the previous sentence ended inside the quote.
    if i == 0 { return si > open.sentence }
    let prev = tokens[i - 1]
    return prev.kind == .punctuation && [".", "?", "!"].contains(prev.text) && (si, i - 1) > (open.sentence, open.token)
  }
}
