/// Splits a sentence's bytes into tokens: words (with inner apostrophes, hyphens, ampersands and
/// dotted abbreviations such as `U.S.`), numbers (`3.5`, `1,400`), quotes, dashes, punctuation.
struct Tokenizer: Sendable {
  func tokens(_ buffer: TextBuffer, from start: Int, to end: Int) -> [Token] {
    buffer.bytes.withUnsafeBufferPointer { tokens($0, from: start, to: end) }
  }

  func tokens(_ b: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> [Token] {
    var result: [Token] = []
    result.reserveCapacity((end - start) / 4 + 2)
    var i = start
    while i < end {
      let c = b[i]
      if ByteClass.isSpace(c) {
        i += 1
        continue
      }
      let (scalar, length) = ByteClass.scalar(in: b, at: i)
      if scalar == "\u{00A0}" || scalar == "\u{200B}" || scalar == "\u{FEFF}" {
        i += length
        continue
      }
      if ByteClass.isDigit(c) {
        let e = numberEnd(b, i, end)
        result.append(make(b, i, e, .number))
        i = e
      } else if ByteClass.isLetter(scalar) {
        var e = wordEnd(b, i, end)
        // Titles keep their full stop: "Dr.", "Mr.", "Gen."; so do initials inside a name,
        // "Joseph R. Biden" (a capital, a full stop, a space, a capital).
        if e < end, b[e] == UInt8(ascii: "."), e - i <= 4, Tokenizer.titleAbbreviations.contains(lowerASCII(b, i, e)) {
          e += 1
        } else if e == i + 1, ByteClass.isUpper(b[i]), e + 2 < end, b[e] == UInt8(ascii: "."),
          b[e + 1] == UInt8(ascii: " "), ByteClass.isUpper(b[e + 2]), i == start || b[i - 1] == UInt8(ascii: " ")
        {
          e += 1
        }
        result.append(make(b, i, e, .word))
        i = e
      } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") || ByteClass.isOpeningQuote(scalar)
        || ByteClass.isClosingQuote(scalar) || scalar == "\u{00BB}" || scalar == "\u{00AB}"
      {
        result.append(make(b, i, i + length, .quote))
        i += length
      } else if scalar == "\u{2014}" || scalar == "\u{2013}" || scalar == "\u{2015}" || (c == UInt8(ascii: "-") && i + 1 < end && b[i + 1] == UInt8(ascii: "-")) {
        let e = c == UInt8(ascii: "-") ? i + 2 : i + length
        result.append(make(b, i, e, .dash))
        i = e
      } else {
        result.append(make(b, i, i + length, .punctuation))
        i += length
      }
    }
    return result
  }

  static let titleAbbreviations: LexiconSet = [
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "st", "lt", "col", "capt", "sgt",
    "jr", "sr", "rev", "hon", "mt", "ft", "messrs", "adm", "cmdr", "maj", "supt",
  ]

  private func lowerASCII(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> String {
    for k in s..<e where b[k] >= 0x80 {
      // Not a title; spelt out scalar by scalar as before.
      var out = ""
      for k in s..<e { out.unicodeScalars.append(Unicode.Scalar(b[k]).lowercasedASCII) }
      return out
    }
    return ByteClass.lowercasedASCII(b, s, e)
  }

  /// One-byte strings for each ASCII byte: most punctuation tokens, "a", "I".
  private static let asciiStrings: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

  private func make(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, _ kind: Token.Kind) -> Token {
    // Capitals and small letters, as `Token.init` counts them, and whether all bytes are ASCII.
    var bits: UInt8 = 0
    var uppers = 0
    var hasLower = false
    for k in s..<e {
      let c = b[k]
      bits |= c
      if ByteClass.isUpper(c) {
        uppers += 1
      } else if ByteClass.isLower(c) {
        hasLower = true
      }
    }
    let isWord = kind == .word
    if e - s == 1, bits < 0x80 {
      let c = b[s]
      return Token(
        start: s, end: e, kind: kind, text: Tokenizer.asciiStrings[Int(c)],
        lower: Tokenizer.asciiStrings[Int(ByteClass.isUpper(c) ? c + 32 : c)], isCapitalized: isWord && uppers == 1,
        isAcronym: false)
    }
    let text = String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self)
    guard bits < 0x80 else {
      let lower = text.lowercased().replacingAll("\u{2019}", with: "'")
      return Token(start: s, end: e, kind: kind, text: text, lower: lower)
    }
    let lower = uppers == 0 ? text : String(unsafeUninitializedCapacity: e - s) { out in
      for k in s..<e { out[k - s] = ByteClass.isUpper(b[k]) ? b[k] + 32 : b[k] }
      return e - s
    }
    return Token(
      start: s, end: e, kind: kind, text: text, lower: lower, isCapitalized: isWord && ByteClass.isUpper(b[s]),
      isAcronym: isWord && !hasLower && uppers >= 2)
  }

  private func numberEnd(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ end: Int) -> Int {
    var i = s
    while i < end {
      let c = b[i]
      if ByteClass.isDigit(c) {
        i += 1
      } else if (c == UInt8(ascii: ".") || c == UInt8(ascii: ",") || c == UInt8(ascii: ":")), i + 1 < end,
        ByteClass.isDigit(b[i + 1])
      {
        i += 1
      } else if ByteClass.isASCIILetter(c) {
        i += 1  // 2024s, 10th, 3bn
      } else {
        break
      }
    }
    return i
  }

  @inline(__always)
  private func wordEnd(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ end: Int) -> Int {
    // ASCII letters and digits up to a space or a plain mark: most words end so.
    var i = s
    while i < end, ByteClass.isASCIILetter(b[i]) || ByteClass.isDigit(b[i]) { i += 1 }
    guard i < end else { return i }
    let c = b[i]
    if c < 0x80 && c != UInt8(ascii: "'") && c != UInt8(ascii: "-") && c != UInt8(ascii: "&") && c != UInt8(ascii: ".") {
      return i
    }
    return wordEnd(b, s, from: i, end)
  }

  /// The end of the word begun at `s`, read on from `i`: inner apostrophes, hyphens,
  /// ampersands, dotted abbreviations and letters of other scripts.
  @inline(never)
  private func wordEnd(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, from start: Int, _ end: Int) -> Int {
    var i = start
    while i < end {
      let c = b[i]
      if ByteClass.isASCIILetter(c) || ByteClass.isDigit(c) {
        i += 1
        continue
      }
      if c >= 0x80 {
        let (scalar, n) = ByteClass.scalar(in: b, at: i)
        if ByteClass.isLetter(scalar) || scalar.properties.generalCategory == .nonspacingMark {
          i += n
          continue
        }
        // Curly apostrophe inside a word: Russia’s, don’t.
        if scalar == "\u{2019}", i + n < end, ByteClass.isASCIILetter(b[i + n]), i > s {
          i += n
          continue
        }
        break
      }
      let hasNext = i + 1 < end
      if (c == UInt8(ascii: "'") || c == UInt8(ascii: "-") || c == UInt8(ascii: "&")), hasNext,
        ByteClass.isASCIILetter(b[i + 1]) || b[i + 1] >= 0xC0 || (c == UInt8(ascii: "-") && ByteClass.isDigit(b[i + 1]))
      {
        i += 1
        continue
      }
      // Dotted abbreviation: U.S., e.g. — letter, dot, single letter, dot …
      if c == UInt8(ascii: "."), i - s <= 3, hasNext, ByteClass.isASCIILetter(b[i + 1]),
        i + 2 >= end || !ByteClass.isASCIILetter(b[i + 2])
      {
        i += 2
        if i < end, b[i] == UInt8(ascii: ".") { i += 1 }
        continue
      }
      break
    }
    return i
  }
}
