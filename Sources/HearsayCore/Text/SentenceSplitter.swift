/// Splits an article body into sentences, on UTF-8 bytes.
///
/// Paragraphs end at blank lines, and at a line break after sentence-final punctuation or
/// before a list item or heading; other line breaks are hard wraps. Within a paragraph a
/// sentence ends at `.`, `?` or `!` (with any closing quotes and brackets) followed by a capital,
/// a digit or an opening quote, unless the full stop ends an abbreviation or an initial. Glued
/// boundaries such as `Beijing.Wang`, `SCO.Wang`, `2024.The`, `5%.Analysts`, `U.S.He` and
/// `"yes."He` split; `Halo.Bungie.Org`, `One.Tel`, `U.S.` and `3.5` do not.
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
      while i < end {
        let c = b[i]
        if c == UInt8(ascii: ".") || c == UInt8(ascii: "?") || c == UInt8(ascii: "!") {
          if let next = boundary(b, at: i, paragraphStart: start, end: end) {
            append(b, sentenceStart, next.endOfSentence, paragraph, &result)
            sentenceStart = next.nextStart
            i = next.nextStart
            continue
          }
        }
        i += 1
      }
      append(b, sentenceStart, end, paragraph, &result)
      paragraph += 1
    }
    return result
  }

  private func append(
    _ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ paragraph: Int,
    _ result: inout [Range]
  ) {
    var s = start
    var e = end
    while s < e, ByteClass.isSpace(b[s]) { s += 1 }
    while e > s, ByteClass.isSpace(b[e - 1]) { e -= 1 }
    if s < e { result.append(Range(start: s, end: e, paragraph: paragraph)) }
  }

  // MARK: Paragraphs

  private func paragraphs(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> [(Int, Int)] {
    var result: [(Int, Int)] = []
    var paraStart = start
    var lineStart = start
    var i = start
    while i <= end {
      if i == end || b[i] == 0x0A {
        let lineEnd = i
        let nextLineStart = i + 1
        let blank = isBlank(b, lineStart, lineEnd)
        if blank {
          if paraStart < lineStart { result.append((paraStart, lineStart)) }
          paraStart = nextLineStart
        } else if i < end, breaksAfter(b, lineStart, lineEnd) || breaksBefore(b, nextLineStart, end) {
          result.append((paraStart, lineEnd))
          paraStart = nextLineStart
        }
        lineStart = nextLineStart
      }
      i += 1
    }
    if paraStart < end { result.append((paraStart, end)) }
    return result
  }

  private func isBlank(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
    var i = s
    while i < e {
      if !ByteClass.isSpace(b[i]) { return false }
      i += 1
    }
    return true
  }

  /// A line that ends a sentence (or is a heading) ends its paragraph.
  private func breaksAfter(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
    var j = e
    while j > s, ByteClass.isSpace(b[j - 1]) { j -= 1 }
    guard j > s else { return false }
    let last = b[j - 1]
    if last == UInt8(ascii: "?") || last == UInt8(ascii: "!") || last == UInt8(ascii: ":") { return true }
    if last == UInt8(ascii: "*") && b[s] == UInt8(ascii: "*") { return true }
    if last == UInt8(ascii: ".") {
      // "… by Mr." wraps; "… last year." ends.
      let word = wordBefore(b, dotAt: j - 1, floor: s)
      return !Abbreviations.neverFinal.contains(word) && !isInitial(b, dotAt: j - 1, floor: s)
    }
    // Closing quote after final punctuation: `… crisis."`
    if j - s >= 2, let prev = lastScalarBefore(b, j, floor: s), ByteClass.isDoubleQuote(prev.0) || prev.0 == "'" {
      let k = prev.1
      if k > s, [UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!")].contains(b[k - 1]) { return true }
    }
    // A short line with no final punctuation is a title or credit line.
    return false
  }

  /// A list item or heading starts a new paragraph.
  private func breaksBefore(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ end: Int) -> Bool {
    var i = s
    while i < end, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
    guard i + 1 < end else { return false }
    let c = b[i]
    if c == UInt8(ascii: "#") { return true }
    if (c == UInt8(ascii: "-") || c == UInt8(ascii: "*") || c == UInt8(ascii: "+")) && b[i + 1] == 0x20 { return true }
    return false
  }

  private func lastScalarBefore(_ b: UnsafeBufferPointer<UInt8>, _ j: Int, floor: Int) -> (Unicode.Scalar, Int)? {
    var k = j - 1
    while k > floor, ByteClass.isContinuation(b[k]) { k -= 1 }
    guard k >= floor else { return nil }
    return (ByteClass.scalar(in: b, at: k).0, k)
  }

  // MARK: Boundaries

  private struct Boundary {
    var endOfSentence: Int
    var nextStart: Int
  }

  private func boundary(
    _ b: UnsafeBufferPointer<UInt8>, at i: Int, paragraphStart: Int, end: Int
  ) -> Boundary? {
    let mark = b[i]
    // Run past repeated marks and closing quotes/brackets: `?!`, `."`, `.”`, `.)`.
    var j = i + 1
    var closedQuote = false
    while j < end {
      let c = b[j]
      if c == UInt8(ascii: ".") || c == UInt8(ascii: "?") || c == UInt8(ascii: "!") || c == UInt8(ascii: ")") {
        j += 1
      } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
        j += 1
        closedQuote = true
      } else if c >= 0x80 {
        let (s, n) = ByteClass.scalar(in: b, at: j)
        if ByteClass.isClosingQuote(s) {
          j += n
          closedQuote = true
        } else {
          break
        }
      } else {
        break
      }
    }
    if j >= end { return nil }
    let next = b[j]
    if ByteClass.isSpace(next) {
      var k = j
      while k < end, ByteClass.isSpace(b[k]) { k += 1 }
      guard k < end else { return nil }
      guard startsSentence(b, at: k, end: end) else { return nil }
      if mark == UInt8(ascii: "."), !closedQuote, j == i + 1 {
        if isInitial(b, dotAt: i, floor: paragraphStart) { return nil }
        let word = wordBefore(b, dotAt: i, floor: paragraphStart)
        if Abbreviations.neverFinal.contains(word) { return nil }
        if Abbreviations.maybeFinal.contains(word) || isDottedAcronym(word) {
          guard Abbreviations.sentenceStarters.contains(lowerWord(b, at: k, end: end)) else { return nil }
        }
      }
      return Boundary(endOfSentence: j, nextStart: k)
    }
    // Glued boundaries: no space after the mark.
    guard ByteClass.isUpper(next) || (closedQuote && isOpeningQuoteAt(b, j, end)) else { return nil }
    if closedQuote { return Boundary(endOfSentence: j, nextStart: j) }
    guard mark == UInt8(ascii: ".") else {
      return Boundary(endOfSentence: j, nextStart: j)
    }
    return gluedBoundary(b, dotAt: i, next: j, paragraphStart: paragraphStart, end: end)
  }

  /// Decides `left.Right` with no space: splits after words of four letters or more, acronyms,
  /// numbers and percentages, or before a common sentence starter; keeps dotted names.
  private func gluedBoundary(
    _ b: UnsafeBufferPointer<UInt8>, dotAt i: Int, next j: Int, paragraphStart: Int, end: Int
  ) -> Boundary? {
    // Right word and what follows it.
    var r = j
    while r < end, ByteClass.isASCIILetter(b[r]) || b[r] >= 0x80 && !isPunctuationScalar(b, r) { r += 1 }
    let rightLower = lowerWord(b, at: j, end: end)
    let rightIsChainLink = r + 1 < end && b[r] == UInt8(ascii: ".") && ByteClass.isASCIILetter(b[r + 1])
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

  private func isPunctuationScalar(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    let (s, _) = ByteClass.scalar(in: b, at: i)
    return !ByteClass.isLetter(s)
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
      if ByteClass.isOpeningQuote(s) || s == "\u{2014}" || s == "\u{2013}" || s == "\u{00A3}" || s == "\u{20AC}" {
        return true
      }
      return s.properties.isUppercase
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
    var s = ""
    for k in l..<i { s.unicodeScalars.append(Unicode.Scalar(b[k]).lowercasedASCII) }
    while s.hasPrefix(".") { s.removeFirst() }
    return s
  }

  /// A single capital letter before the full stop: an initial ("J. Smith", "George W. Bush").
  private func isInitial(_ b: UnsafeBufferPointer<UInt8>, dotAt i: Int, floor: Int) -> Bool {
    guard i - 1 >= floor, ByteClass.isUpper(b[i - 1]) else { return false }
    return i - 1 == floor || !ByteClass.isASCIILetter(b[i - 2])
  }

  private func isDottedAcronym(_ word: String) -> Bool {
    word.contains(".") && word.split(separator: ".").allSatisfy { $0.count == 1 }
  }

  private func lowerWord(_ b: UnsafeBufferPointer<UInt8>, at k: Int, end: Int) -> String {
    var s = ""
    var i = k
    while i < end, ByteClass.isASCIILetter(b[i]) {
      s.unicodeScalars.append(Unicode.Scalar(b[i]).lowercasedASCII)
      i += 1
    }
    return s
  }
}
