/// Pairs quotation marks paragraph by paragraph: curly marks by their shape, straight ones
/// (and the doubled apostrophes `''` some wires use) by alternation, a new opening mark after a
/// full stop restarting an unclosed quote (paragraphs merged on one line keep their
/// continuation marks). Single quotes are left alone: they are apostrophes too often.
struct QuoteFinder: Sendable {
  /// A quotation mark: one token, or two adjacent apostrophes.
  private struct Mark {
    var sentence: Int
    var token: Int
    var start: Int
    var end: Int
    var text: String
  }

  private enum Shape { case opening, closing, unknown }

  func regions(in sentences: inout [AnalyzedSentence]) -> [QuoteRegion] {
    var regions: [QuoteRegion] = []
    var open: Mark?
    var words = 0
    var paragraph = -1

    func close(at mark: Mark?, lastSentence: Int) {
      guard let o = open else { return }
      let s = sentences[lastSentence]
      let contentEnd = mark?.start ?? (s.tokens.last?.end ?? s.end)
      regions.append(
        QuoteRegion(
          open: o.start, close: mark?.end ?? contentEnd, contentStart: o.end, contentEnd: contentEnd,
          closed: mark != nil, paragraph: sentences[o.sentence].paragraph, firstSentence: o.sentence,
          lastSentence: lastSentence, words: words))
      open = nil
      words = 0
    }

    for si in sentences.indices {
      if sentences[si].paragraph != paragraph {
        if open != nil, si > 0 { close(at: nil, lastSentence: si - 1) }
        paragraph = sentences[si].paragraph
      }
      let tokens = sentences[si].tokens
      var ti = 0
      while ti < tokens.count {
        let kind = tokens[ti].kind
        if kind == .word || kind == .number {
          if open != nil { words += 1 }
          ti += 1
          continue
        }
        guard kind == .quote else {
          ti += 1
          continue
        }
        let t = tokens[ti]
        var mark = Mark(sentence: si, token: ti, start: t.start, end: t.end, text: t.text)
        var width = 1
        if t.text == "'", ti + 1 < tokens.count, tokens[ti + 1].text == "'", tokens[ti + 1].start == t.end {
          mark.end = tokens[ti + 1].end
          mark.text = "\""
          width = 2
        }
        defer { ti += width }
        guard isDouble(mark.text) else { continue }
        let shape = shapeOf(tokens, ti, width: width, text: mark.text)
        if let o = open {
          if shape == .opening && mark.text != "\u{201D}" && followsFullStop(tokens, ti, si, o) {
            // A continuation mark: the previous quote ran to a paragraph end merged into this line.
            close(at: nil, lastSentence: ti > 0 ? si : max(0, si - 1))
            if ti > 0 {
              // Close just before this mark, within this sentence.
              var last = regions.removeLast()
              last.contentEnd = tokens[ti - 1].end
              last.close = last.contentEnd
              regions.append(last)
            }
            open = mark
          } else {
            close(at: mark, lastSentence: si)
          }
        } else if shape != .closing || mark.text == "\"" {
          open = mark
        }
      }
    }
    if open != nil, !sentences.isEmpty { close(at: nil, lastSentence: sentences.count - 1) }

    for si in sentences.indices { sentences[si].quoteOf = Array(repeating: nil, count: sentences[si].tokens.count) }
    for (ri, region) in regions.enumerated() {
      for si in region.firstSentence...region.lastSentence {
        for ti in sentences[si].tokens.indices
        where sentences[si].tokens[ti].start >= region.contentStart && sentences[si].tokens[ti].end <= region.contentEnd {
          sentences[si].quoteOf[ti] = ri
        }
      }
    }
    return regions
  }

  private func isDouble(_ text: String) -> Bool {
    guard let s = QuoteFinder.onlyScalar(text) else {
      return text == "\"" || text == "\u{201C}" || text == "\u{201D}" || text == "\u{00AB}" || text == "\u{00BB}"
        || text == "\u{201E}"
    }
    return s == "\"" || s == "\u{201C}" || s == "\u{201D}" || s == "\u{00AB}" || s == "\u{00BB}" || s == "\u{201E}"
  }

  /// The scalar of a one-scalar text (a quotation mark or punctuation token), which equals a
  /// one-scalar string exactly when the scalars are equal (none of the marks compared here has
  /// a canonical equivalent); nil for other texts.
  private static func onlyScalar(_ text: String) -> Unicode.Scalar? {
    var scalars = text.unicodeScalars.makeIterator()
    guard let first = scalars.next(), scalars.next() == nil else { return nil }
    return first
  }

  private func shapeOf(_ tokens: [Token], _ i: Int, width: Int, text: String) -> Shape {
    if let s = QuoteFinder.onlyScalar(text) {
      if s == "\u{201C}" || s == "\u{00AB}" || s == "\u{201E}" { return .opening }
      if s == "\u{201D}" || s == "\u{00BB}" { return .closing }
    } else {
      if text == "\u{201C}" || text == "\u{00AB}" || text == "\u{201E}" { return .opening }
      if text == "\u{201D}" || text == "\u{00BB}" { return .closing }
    }
    let last = i + width - 1
    let spaceBefore = i == 0 || tokens[i - 1].end < tokens[i].start
    let spaceAfter = last + 1 >= tokens.count || tokens[last + 1].start > tokens[last].end
    if spaceBefore && !spaceAfter { return .opening }
    if !spaceBefore && spaceAfter { return .closing }
    if last + 1 < tokens.count, tokens[last + 1].kind == .punctuation { return .closing }
    return .unknown
  }

  /// Whether the mark at `i` comes right after sentence-final punctuation (`… done. "Next`)
  /// inside the open quote.
  private func followsFullStop(_ tokens: [Token], _ i: Int, _ si: Int, _ open: Mark) -> Bool {
    if i == 0 { return si > open.sentence }
    let prev = tokens[i - 1]
    return prev.kind == .punctuation && (prev.text == "." || prev.text == "?" || prev.text == "!") && prev.start > open.end
  }
}
