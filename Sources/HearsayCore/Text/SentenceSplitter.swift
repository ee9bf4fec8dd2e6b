/// Splits an article body into sentences, on UTF-8 bytes.
///
/// Paragraphs end at blank lines (no-break spaces count as blank), after a heading, and at a
/// line break where a sentence ends or before a list item; other line breaks are hard wraps.
/// Within a paragraph a sentence ends at `.`, `?` or `!` (with any closing quotes, brackets
/// and `**`) followed by space and a capital, a digit or an opening quote, unless the full
/// stop ends an abbreviation or an initial. Glued boundaries such as `Beijing.Wang`,
/// `SCO.Wang`, `2024.The`, `5%.Analysts`, `U.S.He`, `"yes."He` and `Friday."We` split;
/// `Halo.Bungie.Org`, `One.Tel`, `U.S.`, `(D-N.C.)` and `3.5` do not.
struct SentenceSplitter: Sendable {
  /// A sentence's byte range in the text and the paragraph it belongs to.
  struct Range: Equatable, Sendable {
    var start: Int
    var end: Int
    var paragraph: Int
  }

  func split(_ bytes: [UInt8], from bodyStart: Int, to bodyEnd: Int) -> [Range] {
    bytes.withUnsafeBufferPointer { split($0, from: bodyStart, to: bodyEnd) }
  }

  func split(_ b: UnsafeBufferPointer<UInt8>, from bodyStart: Int, to bodyEnd: Int) -> [Range] {
    var result: [Range] = []
    var paragraph = 0
    for (start, end) in paragraphs(b, bodyStart, bodyEnd) {
      var sentenceStart = start
      var i = start
      var open = OpenMarks()
      while i < end {
        let c = b[i]
        // Most bytes are neither marks nor quotes nor emphasis: pass them over at once.
        if c >= 64 || (SentenceSplitter.markBytes >> UInt64(c)) & 1 == 0 {
          i += 1
          continue
        }
        if c == UInt8(ascii: ".") || c == UInt8(ascii: "?") || c == UInt8(ascii: "!") {
          if let next = boundary(b, at: i, paragraphStart: start, end: end, open: open) {
            append(b, sentenceStart, next.endOfSentence, paragraph, &result)
            for k in i..<next.nextStart { open.see(b, at: k, floor: start, end: end) }
            sentenceStart = next.nextStart
            i = next.nextStart
            continue
          }
        } else {
          open.see(b, at: i, floor: start, end: end)
        }
        i += 1
      }
      append(b, sentenceStart, end, paragraph, &result)
      paragraph += 1
    }
    return result
  }

  /// Bit `c` is set for the bytes below 64 that the sentence loop looks at: `.`, `?`, `!`, `"`, `*`.
  private static var markBytes: UInt64 { 1 << 0x2E | 1 << 0x3F | 1 << 0x21 | 1 << 0x22 | 1 << 0x2A }

  /// Quotation and emphasis left open so far in a paragraph, so that a `"` or `**` after a
  /// full stop can be told to close it rather than open something new.
  struct OpenMarks {
    var quote = false
    var emphasis = false

    mutating func see(_ b: UnsafeBufferPointer<UInt8>, at k: Int, floor: Int, end: Int) {
      if b[k] == UInt8(ascii: "\"") {
        quote.toggle()
      } else if b[k] == UInt8(ascii: "*"), k == floor || b[k - 1] != UInt8(ascii: "*") {
        // A run with space on both sides ("* item", "5 * 3") neither opens nor closes.
        var runEnd = k
        while runEnd < end, b[runEnd] == UInt8(ascii: "*") { runEnd += 1 }
        let spaceBefore = k == floor || ByteClass.isSpace(b[k - 1])
        let spaceAfter = runEnd == end || ByteClass.isSpace(b[runEnd])
        if !(spaceBefore && spaceAfter) { emphasis.toggle() }
      }
    }
  }

  private func append(
    _ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ paragraph: Int,
    _ result: inout [Range]
  ) {
    var s = start
    var e = end
    while s < e {
      let n = spaceLength(b, at: s, end: e)
      guard n > 0 else { break }
      s += n
    }
    while e > s {
      if ByteClass.isSpace(b[e - 1]) {
        e -= 1
      } else if e - s >= 2, b[e - 2] == 0xC2, b[e - 1] == 0xA0 {
        e -= 2
      } else {
        break
      }
    }
    if s < e { result.append(Range(start: s, end: e, paragraph: paragraph)) }
  }

  /// The byte length of the space at `i`: ASCII white space, a no-break space or a stray
  /// byte-order mark; 0 for anything else.
  func spaceLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int {
    if ByteClass.isSpace(b[i]) { return 1 }
    if b[i] == 0xC2, i + 1 < end, b[i + 1] == 0xA0 { return 2 }
    if b[i] == 0xEF, i + 2 < end, b[i + 1] == 0xBB, b[i + 2] == 0xBF { return 3 }
    return 0
  }

  // MARK: Boundaries

  struct Boundary {
    var endOfSentence: Int
    var nextStart: Int
  }

  /// Whether the mark at `i` ends a sentence, and if so where the sentence ends and the next
  /// one starts. `open` tells whether a straight double quote or `*` emphasis is open before the
  /// mark, so that a `"` or `**` right after it closes it rather than opening something new.
  func boundary(
    _ b: UnsafeBufferPointer<UInt8>, at i: Int, paragraphStart: Int, end: Int, open: OpenMarks
  ) -> Boundary? {
    let mark = b[i]
    // Run past repeated marks and closing quotes, brackets and emphasis: `?!`, `."`, `.”`, `.)`,
    // `.**`.
    var j = i + 1
    var closed = false
    var emphasisOpen = open.emphasis
    while j < end {
      let c = b[j]
      if c == UInt8(ascii: ".") || c == UInt8(ascii: "?") || c == UInt8(ascii: "!") || c == UInt8(ascii: ")") {
        j += 1
      } else if c == UInt8(ascii: "\""), closed || !open.quote, j + 1 < end, !ByteClass.isSpace(b[j + 1]) {
        break  // `Friday."We …`: the quote opens the next sentence.
      } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
        j += 1
        closed = true
      } else if c == UInt8(ascii: "*"), emphasisOpen {
        while j < end, b[j] == UInt8(ascii: "*") { j += 1 }
        closed = true
        emphasisOpen = false
      } else if c >= 0x80 {
        let (s, n) = ByteClass.scalar(in: b, at: j)
        if ByteClass.isClosingQuote(s) {
          j += n
          closed = true
        } else {
          break
        }
      } else {
        break
      }
    }
    if j >= end { return nil }
    let next = b[j]
    let plainStop = mark == UInt8(ascii: ".") && !closed && j == i + 1
    if spaceLength(b, at: j, end: end) > 0 {
      var sentenceEnd = j
      var k = skipSpace(b, from: j, end: end)
      // `together. **The …`: emphasis closed after a space still ends this sentence.
      if emphasisOpen, k < end, b[k] == UInt8(ascii: "*") {
        while k < end, b[k] == UInt8(ascii: "*") { k += 1 }
        sentenceEnd = k
        k = skipSpace(b, from: k, end: end)
      }
      guard k < end else { return nil }
      guard startsSentence(b, at: k, end: end) else { return nil }
      if plainStop {
        if isInitial(b, dotAt: i, floor: paragraphStart) { return nil }
        let word = wordBefore(b, dotAt: i, floor: paragraphStart)
        if Abbreviations.neverFinal.contains(word) { return nil }
        if Abbreviations.beforeNumber.contains(word), hasDigit(b, inWordAt: k, end: end) { return nil }
        if Abbreviations.maybeFinal.contains(word) || isDottedAcronym(word) {
          guard Abbreviations.sentenceStarters.contains(lowerWord(b, at: k, end: end)) else { return nil }
        }
      }
      return Boundary(endOfSentence: sentenceEnd, nextStart: k)
    }
    // Glued boundaries: no space after the mark.
    if isOpeningQuoteAt(b, j, end) {
      // `Friday.“We …` or `"yes.""No …`: a quotation opening on a capital starts a sentence.
      let n = ByteClass.scalar(in: b, at: j).1
      guard j + n < end, startsWithCapital(b, at: j + n) else { return nil }
      if plainStop {
        if isInitial(b, dotAt: i, floor: paragraphStart) { return nil }
        if Abbreviations.neverFinal.contains(wordBefore(b, dotAt: i, floor: paragraphStart)) { return nil }
      }
      return Boundary(endOfSentence: j, nextStart: j)
    }
    guard ByteClass.isUpper(next) else { return nil }
    if closed || mark != UInt8(ascii: ".") { return Boundary(endOfSentence: j, nextStart: j) }
    return gluedBoundary(b, dotAt: i, next: j, paragraphStart: paragraphStart, end: end)
  }

  /// The first offset from `i` that is not a space.
  private func skipSpace(_ b: UnsafeBufferPointer<UInt8>, from i: Int, end: Int) -> Int {
    var k = i
    while k < end {
      let n = spaceLength(b, at: k, end: end)
      if n == 0 { break }
      k += n
    }
    return k
  }

  /// Whether the word starting at `k` holds a digit: "No. 10", "No. DOI-2017-0003".
  private func hasDigit(_ b: UnsafeBufferPointer<UInt8>, inWordAt k: Int, end: Int) -> Bool {
    var i = k
    while i < end, !ByteClass.isSpace(b[i]) {
      if ByteClass.isDigit(b[i]) { return true }
      i += 1
    }
    return false
  }

  /// Whether the scalar at `k` is a capital, a letter of a script without case, or a digit.
  private func startsWithCapital(_ b: UnsafeBufferPointer<UInt8>, at k: Int) -> Bool {
    let c = b[k]
    if c < 0x80 { return ByteClass.isUpper(c) || ByteClass.isDigit(c) }
    let properties = ByteClass.scalar(in: b, at: k).0.properties
    return properties.isAlphabetic && !properties.isLowercase
  }

  /// Decides `left.Right` with no space: splits after words of four letters or more, acronyms,
  /// numbers and percentages, or before a common sentence starter; keeps dotted names.
  private func gluedBoundary(
    _ b: UnsafeBufferPointer<UInt8>, dotAt i: Int, next j: Int, paragraphStart: Int, end: Int
  ) -> Boundary? {
    // Right word and what follows it.
    var r = j
    while r < end {
      let (scalar, n) = ByteClass.scalar(in: b, at: r)
      guard ByteClass.isLetter(scalar) else { break }
      r += n
    }
    let rightLower = lowerWord(b, at: j, end: end)
    // `Halo.Bungie.Org` goes on with another dotted word; `(D-N.C.)` with a dotted initial.
    let rightIsChainLink =
      r < end && b[r] == UInt8(ascii: ".")
      && (r - j == 1 || (r + 1 < end && ByteClass.isASCIILetter(b[r + 1])))
    // Left token back to whitespace.
    var l = i
    while l > paragraphStart, !ByteClass.isSpace(b[l - 1]) { l -= 1 }
    let leftToken = Array(b[l..<i])
    let leftDots = leftToken.filter { $0 == UInt8(ascii: ".") }.count
    if Abbreviations.sentenceStarters.contains(rightLower) && rightLower.count >= 2 && !rightIsChainLink {
      let word = wordBefore(b, dotAt: i, floor: paragraphStart)
      if !Abbreviations.neverFinal.contains(word) { return Boundary(endOfSentence: i + 1, nextStart: j) }
    }
    if rightIsChainLink || leftDots > 0 { return nil }  // Halo.Bungie.Org, www.Example.com
    guard let lastLeft = leftToken.last else { return nil }
    if ByteClass.isDigit(lastLeft) || lastLeft == UInt8(ascii: "%") || lastLeft == UInt8(ascii: ")") {
      return Boundary(endOfSentence: i + 1, nextStart: j)
    }
    let letters = leftToken.filter { ByteClass.isASCIILetter($0) || $0 >= 0x80 }
    let upper = leftToken.filter { ByteClass.isUpper($0) }
    let isAcronym = upper.count >= 2 && upper.count == letters.count
    if isAcronym { return Boundary(endOfSentence: i + 1, nextStart: j) }
    // A lowercase-ending word of 4+ letters: "Beijing.Wang", "crisis.Xinhua".
    if letters.count >= 4, ByteClass.isLower(lastLeft) || lastLeft >= 0x80 {
      return Boundary(endOfSentence: i + 1, nextStart: j)
    }
    return nil
  }

  private func isOpeningQuoteAt(_ b: UnsafeBufferPointer<UInt8>, _ j: Int, _ end: Int) -> Bool {
    if b[j] == UInt8(ascii: "\"") { return true }
    guard b[j] >= 0x80 else { return false }
    return ByteClass.isOpeningQuote(ByteClass.scalar(in: b, at: j).0)
  }

  /// Whether a sentence may start at `k`: a capital, a digit, an opening quote or bracket.
  private func startsSentence(_ b: UnsafeBufferPointer<UInt8>, at k: Int, end: Int) -> Bool {
    let c = b[k]
    if ByteClass.isUpper(c) || ByteClass.isDigit(c) { return true }
    if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") || c == UInt8(ascii: "(") || c == UInt8(ascii: "[")
      || c == UInt8(ascii: "*") || c == UInt8(ascii: "-") || c == UInt8(ascii: "$") || c == UInt8(ascii: "#")
    {
      return true
    }
    if c >= 0x80 {
      let (s, _) = ByteClass.scalar(in: b, at: k)
      if ByteClass.isOpeningQuote(s) || s == "\u{2014}" || s == "\u{2013}" || s == "\u{2022}" || s == "\u{00A3}"
        || s == "\u{20AC}"
      {
        return true
      }
      // A capital, or a letter of a script without case ("王毅 said").
      return s.properties.isAlphabetic && !s.properties.isLowercase
    }
    return false
  }

  /// The lowercased letters (and inner dots) of the word ending just before the full stop at `i`.
  private func wordBefore(_ b: UnsafeBufferPointer<UInt8>, dotAt i: Int, floor: Int) -> String {
    var l = i
    while l > floor, ByteClass.isASCIILetter(b[l - 1]) || b[l - 1] == UInt8(ascii: ".")
      || b[l - 1] == UInt8(ascii: "'")
    {
      l -= 1
    }
    // Letters, dots and apostrophes: ASCII, so bytes map to scalars one to one.
    while l < i, b[l] == UInt8(ascii: ".") { l += 1 }
    return ByteClass.lowercasedASCII(b, l, i)
  }

  /// A single capital letter before the full stop: an initial ("J. Smith", "George W. Bush").
  private func isInitial(_ b: UnsafeBufferPointer<UInt8>, dotAt i: Int, floor: Int) -> Bool {
    guard i - 1 >= floor, ByteClass.isUpper(b[i - 1]) else { return false }
    // "U.S." ends in a capital after a full stop: a dotted acronym, which may end a sentence.
    return i - 1 == floor || !(ByteClass.isASCIILetter(b[i - 2]) || b[i - 2] == UInt8(ascii: "."))
  }

  private func isDottedAcronym(_ word: String) -> Bool {
    guard word.utf8.allSatisfy({ $0 < 0x80 }) else {
      return word.contains(".") && word.split(separator: ".").allSatisfy { $0.count == 1 }
    }
    // ASCII: every run between full stops is one letter.
    var sawDot = false
    var run = 0
    for c in word.utf8 {
      if c == UInt8(ascii: ".") {
        sawDot = true
        run = 0
      } else {
        run += 1
        if run > 1 { return false }
      }
    }
    return sawDot
  }

  private func lowerWord(_ b: UnsafeBufferPointer<UInt8>, at k: Int, end: Int) -> String {
    var i = k
    while i < end, ByteClass.isASCIILetter(b[i]) { i += 1 }
    return ByteClass.lowercasedASCII(b, k, i)
  }
}
