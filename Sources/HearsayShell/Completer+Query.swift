import HearsayCore

extension Completer {
  /// A word, phrase or parenthesis of the query before the cursor.
  struct Token {
    /// The word as typed, or a phrase's text without its quotes.
    var text: String
    /// Where it starts, in Characters.
    var start: Int
    var isPhrase: Bool
    /// A phrase whose closing quote has not been typed.
    var isOpen: Bool
    /// The keyword the token spells, lowercased; nil for phrases and names.
    var word: String? { isPhrase ? nil : text.lowercased() }
  }

  /// What may come where the cursor is.
  private enum Expectation {
    /// One of these words.
    case words([String])
    /// A name; after it, one of these words.
    case name(then: [String])
    /// Free text (a pattern, a number, a date); after it, one of these words.
    case value(then: [String])
  }

  func completeQuery(_ before: String) -> Completion {
    let characters = Array(before)
    var tokens = Self.tokens(characters)
    let atWordEnd = characters.last.map { $0.isWhitespace || $0 == "(" || $0 == ")" } ?? true
    let current: Token? = (tokens.last?.isOpen ?? false) || !atWordEnd ? tokens.popLast() : nil
    let typed = current.map { String(characters[$0.start...]) } ?? ""
    let (expectation, anchorEnd) = expectation(after: tokens)
    switch expectation {
    case .words(let words):
      return Self.choose(words, typed: typed, current: current)
    case .value(let then):
      guard tokens.count > anchorEnd else { return .none(replacing: typed) }
      return Self.choose(then, typed: typed, current: current)
    case .name(let then):
      // The name may be several words typed so far: it starts after the anchor.
      let nameStart = anchorEnd < tokens.count ? tokens[anchorEnd].start : current?.start
      if let nameStart {
        let nameTyped = String(characters[nameStart...])
        let matches = matchingNames(nameTyped)
        if !matches.isEmpty {
          return Completion(
            replaced: nameTyped, candidates: matches.map(Self.quoted), labels: matches)
        }
      } else {
        return Completion(
          replaced: "", candidates: names.map(Self.quoted), labels: names)
      }
      guard tokens.count > anchorEnd else { return .none(replacing: typed) }
      return Self.choose(then, typed: typed, current: current)
    }
  }

  /// The keywords that fit with the typed word; nothing in a phrase.
  private static func choose(_ words: [String], typed: String, current: Token?) -> Completion {
    if current?.isPhrase ?? false { return .none(replacing: typed) }
    let prefix = typed.lowercased()
    return Completion(replaced: typed, candidates: words.filter { $0.hasPrefix(prefix) })
  }

  /// The names starting with what was typed (quotes left out), ignoring case and accents.
  private func matchingNames(_ typed: String) -> [String] {
    var text = typed
    if let first = text.first, "\"'\u{201C}\u{2018}".contains(first) { text.removeFirst() }
    var folded = NameFolding.fold(text)
    if text.last?.isWhitespace ?? false, !folded.isEmpty { folded += " " }
    guard !folded.isEmpty || text.isEmpty else { return [] }
    return names.filter { NameFolding.fold($0).hasPrefix(folded) }
  }

  /// A name as it is typed in a query: quoted when it has several words, or is a keyword.
  static func quoted(_ name: String) -> String {
    let plain =
      !name.contains(where: { $0.isWhitespace || "()\"“”".contains($0) })
      && !name.hasPrefix("'") && !name.hasPrefix("‘")
      && QueryKeyword(rawValue: name.lowercased()) == nil
    if plain { return name }
    return name.contains("\"") ? "'\(name)'" : "\"\(name)\""
  }

  // MARK: Grammar

  /// What the tokens before the current word call for, and the index of the first token after
  /// the word that decided it.
  private func expectation(after tokens: [Token]) -> (Expectation, Int) {
    guard let first = tokens.first?.word else {
      return (.words(Self.keywords(Self.formStarts)), 0)
    }
    if first == "explain" {
      // `explain sql QUERY`: the query after the two words completes as a query of its own.
      guard tokens.count > 1 else { return (.words(["sql"]), 1) }
      let (inner, end) = expectation(after: Array(tokens.dropFirst(2)))
      return (inner, end + 2)
    }
    let clauses = Self.clauses(for: tokens)
    for index in tokens.indices.reversed() {
      guard let word = tokens[index].word else { continue }
      let next = index + 1
      switch word {
      case "who" where index == 0:
        return (.words(Self.keywords(["said", "met", "mentioned", "discussed"])), next)
      case "what" where index == 0: return (.words(Self.keywords(["did"])), next)
      case "did" where index == 1 && first == "what": return (.name(then: ["say"]), next)
      case "count" where index == 0: return (.words(Self.keywords(["statements"])), next)
      case "said", "like", "limit", "in", "since", "until":
        return (.value(then: clauses), next)
      case "met", "mentioned", "discussed", "with":
        return (.name(then: clauses), next)
      case "about", "and", "or", "not", "(":
        return (.name(then: Self.keywords(["and", "or", "not"]) + clauses), next)
      case "kind":
        return (.words(["direct", "indirect", "belief", "discussion", "any"]), next)
      case "sort": return (.words(["by"]), next)
      case "by" where index > 0 && tokens[index - 1].word == "sort":
        return (.words(Self.sortKeys), next)
      case "by" where first == "count":
        return (.words(Self.groupKeys), next)
      case "by":
        return (.name(then: clauses), next)
      case "say" where first == "what":
        return (.words(clauses), next)
      default:
        if index == 0 || Self.clauseWords.contains(word) || word == "statements" {
          return (.words(clauses), next)
        }
      }
    }
    return (.words(clauses), tokens.count)
  }

  /// The clause keywords the query's form takes, those already given left out.
  private static func clauses(for tokens: [Token]) -> [String] {
    let form = tokens.first?.word ?? ""
    let second = tokens.count > 1 ? tokens[1].word ?? "" : ""
    var words: [String]
    switch form {
    case "people", "organizations", "organisations", "places":
      words = ["like", "sort", "limit"]
    case "meetings":
      words = ["with", "in", "since", "until", "sort", "limit"]
    case "who" where second == "met":
      words = ["in", "since", "until", "sort", "limit"]
    case "statements", "count":
      words = ["by", "about", "kind", "direct", "indirect", "in", "since", "until", "sort", "limit"]
    default:
      words = ["about", "kind", "direct", "indirect", "in", "since", "until", "sort", "limit"]
    }
    let given = Set(tokens.dropFirst().compactMap(\.word))
    return keywords(words.filter { !given.contains($0) })
  }

  private static let formStarts = [
    "who", "what", "statements", "count", "people", "organizations", "places", "meetings",
    "explain",
  ]
  private static let clauseWords: Set<String> = [
    "about", "by", "kind", "direct", "indirect", "in", "since", "until", "sort", "limit", "like",
    "with", "asc", "desc", "belief", "discussion", "any",
  ]
  private static let groupKeys = ["speaker", "cue", "month", "source", "kind", "article"]
  private static let sortKeys = [
    "date", "speaker", "cue", "article", "name", "mentions", "articles", "count", "month",
    "source", "kind",
  ]

  /// The words that the query language knows as keywords, so completion follows the grammar.
  private static func keywords(_ words: [String]) -> [String] {
    words.filter { QueryKeyword(rawValue: $0) != nil }
  }

  /// Splits query text as the lexer does: words, phrases in quotes, parentheses.
  static func tokens(_ characters: [Character]) -> [Token] {
    let doubleQuotes: Set<Character> = ["\"", "\u{201C}", "\u{201D}"]
    func endsWord(_ c: Character) -> Bool {
      c.isWhitespace || c == "(" || c == ")" || doubleQuotes.contains(c)
    }
    var tokens: [Token] = []
    var i = 0
    while i < characters.count {
      let c = characters[i]
      if c.isWhitespace {
        i += 1
      } else if c == "(" || c == ")" {
        tokens.append(Token(text: String(c), start: i, isPhrase: false, isOpen: false))
        i += 1
      } else if doubleQuotes.contains(c) || c == "'" || c == "\u{2018}" {
        let isDouble = doubleQuotes.contains(c)
        var j = i + 1
        var closed = false
        while j < characters.count {
          let d = characters[j]
          if isDouble ? doubleQuotes.contains(d) : (d == "'" || d == "\u{2019}")
            && (j + 1 == characters.count || endsWord(characters[j + 1]))
          {
            closed = true
            break
          }
          j += 1
        }
        let end = min(j, characters.count)
        tokens.append(
          Token(
            text: String(characters[(i + 1)..<end]), start: i, isPhrase: true, isOpen: !closed))
        i = end + 1
      } else {
        let start = i
        while i < characters.count, !endsWord(characters[i]) { i += 1 }
        tokens.append(
          Token(text: String(characters[start..<i]), start: start, isPhrase: false, isOpen: false))
      }
    }
    return tokens
  }
}
