/// The author a statement's title names: "Statement from President Joe Biden on the …",
/// "Remarks by Vice President Harris at …", "Op-Ed by Mayor Ines Moreau: …" give "Joe Biden",
/// "Harris", "Ines Moreau". Titles of reports about someone ("Biden Says …") name no author.
enum StatementAuthor {
  /// The author's name, titles dropped, or nil when the title does not name one.
  static func name(inTitle title: String) -> String? {
    let words = Self.words(of: title)
    guard let kind = words.first, kinds.contains(kind.lowercased()) else { return nil }
    // ("Remarks as Prepared for Delivery by First Lady …", "Statement of President …")
    guard let by = words.firstIndex(where: { ["from", "by", "of"].contains($0.lowercased()) }), by <= 5 else { return nil }
    // One word is a name only after a title ("Vice President Harris"); none is none.
    return name(in: words[(by + 1)...], titles: .skippedBefore)
  }

  /// The full names a title holds after "by", "from" or "of", titles dropped: "Press Briefing
  /// by Press Secretary Dana Lee and Adviser Tom Baker" gives "Dana Lee" and "Tom Baker" (names
  /// of two to four words).
  static func names(inTitle title: String) -> [String] {
    var names: [String] = []
    var current: [String] = []
    func flush() {
      if current.count >= 2, current.count <= 4 { names.append(current.joined(separator: " ")) }
      current = []
    }
    var afterBy = false
    for word in words(of: title) {
      // Names follow "by", "from" or "of": "Background Call by …" names no "Background Call".
      guard afterBy else {
        afterBy = ["by", "from", "of"].contains(word.lowercased())
        continue
      }
      guard let bare = nameWord(word) else {
        flush()
        continue
      }
      if current.isEmpty, NameLexicon.titleWords.contains(bare.lowercased()) || leadingTitles.contains(bare) || kinds.contains(bare.lowercased()) {
        continue
      }
      current.append(bare)
      if bare.count != word.count { flush() }
    }
    flush()
    return names
  }

  /// The name the title gives after a role: "Remarks by President Biden and Vice President
  /// Harris" holds "Biden" for `["president"]` and "Harris" for `["vice", "president"]`.
  static func holder(of role: [String], inTitle title: String) -> String? {
    guard !role.isEmpty else { return nil }
    let words = Self.words(of: title)
    let lower = words.map { $0.lowercased() }
    var i = 0
    while i + role.count < words.count {
      // (The whole role: "President" is not the end of "Vice President".)
      if Array(lower[i..<(i + role.count)]) == role, i == 0 || !NameLexicon.titleWords.contains(lower[i - 1]),
        let name = Self.name(in: words[(i + role.count)...], titles: .endTheName)
      {
        return name
      }
      i += 1
    }
    return nil
  }

  /// What a title word does to a name being read: skipped before it ("President Joe Biden"),
  /// or ending it ("President Biden and Vice President Harris").
  private enum TitleWords { case skippedBefore, endTheName }

  /// The name of one to four words that the words open: capitalised words up to the first
  /// other word or a word with a trailing colon or comma; nil when none or too many.
  private static func name(in words: ArraySlice<String>, titles: TitleWords) -> String? {
    var name: [String] = []
    for word in words {
      guard let bare = nameWord(word) else { break }
      let isTitle = NameLexicon.titleWords.contains(bare.lowercased())
      switch titles {
      case .skippedBefore where name.isEmpty && (isTitle || leadingTitles.contains(bare)): continue
      case .endTheName where isTitle: return name.isEmpty || name.count > 4 ? nil : name.joined(separator: " ")
      default: break
      }
      name.append(bare)
      if bare.count != word.count { break }
    }
    return name.isEmpty || name.count > 4 ? nil : name.joined(separator: " ")
  }

  /// A title's words, split at spaces (no-break ones too), tabs and newlines.
  private static func words(of title: String) -> [String] {
    title.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" || $0 == "\n" || $0 == "\t" }).map(String.init)
  }

  /// The word without a trailing colon or comma when it is capitalised and no function word
  /// ("Lee:" → "Lee"); nil otherwise.
  private static func nameWord(_ word: String) -> String? {
    let bare = word.trimmingTrailing(":,")
    guard let first = bare.unicodeScalars.first, first.properties.isUppercase, !NameLexicon.functionWords.contains(bare.lowercased())
    else { return nil }
    return bare
  }

  /// The first words of titles that are statements in someone's own words ("Press Briefing by").
  private static let kinds: LexiconSet = ["statement", "statements", "remarks", "op-ed", "letter", "message", "press"]

  /// Capitalised title words to skip before the name ("President", "Vice", "First", "Lady").
  private static let leadingTitles: LexiconSet = ["President", "Vice", "First", "Lady", "Second", "Gentleman", "Secretary", "Mayor", "Governor", "Senator", "Press"]
}

extension String {
  /// The string without any of `characters` at its end.
  fileprivate func trimmingTrailing(_ characters: String) -> String {
    var s = Substring(self)
    while let last = s.last, characters.contains(last) { s = s.dropLast() }
    return String(s)
  }
}
