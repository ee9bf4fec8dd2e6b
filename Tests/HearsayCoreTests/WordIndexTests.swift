@testable import HearsayCore
import Testing

@Suite struct WordIndexTests {
  static let texts = [
    "The Third-Party deal", "tariffs on STEEL; tariff talks", "Ümlaut’s café in Zürich",
    "", "u.s. officials and the U.S.A.", "nothing here",
  ]

  /// More texts than one slice holds, so that slices are merged.
  static let many = (0..<5_000).map { "text \($0) word\($0 % 7) common" }

  func index(_ texts: [String]) -> WordIndex {
    WordIndex(count: texts.count) { Substring(texts[$0]) }
  }

  @Test func listsTheTextsHoldingEachFoldedWord() {
    let index = index(Self.texts)
    #expect(index.texts(containing: "third") == [0])
    #expect(index.texts(containing: "party") == [0])
    #expect(index.texts(containing: "tariff") == [1])
    #expect(index.texts(containing: "steel") == [1])
    #expect(index.texts(containing: "umlaut") == [2])
    #expect(index.texts(containing: "cafe") == [2])
    #expect(index.texts(containing: "u") == [4])
    #expect(index.texts(containing: "the") == [0, 4])
    #expect(index.texts(containing: "missing").isEmpty)
  }

  @Test func keepsEachTextFolded() {
    let index = index(Self.texts)
    for (number, text) in Self.texts.enumerated() {
      let folded = index.withFoldedText(number) { Array($0) }
      #expect(folded == TextFolding.fold(text), "\(text)")
    }
  }

  @Test func findsWordsByPrefix() {
    let index = index(Self.texts)
    let words = index.words(startingWith: Array("tarif".utf8)).map { number in
      index.withWord(number) { String(decoding: $0, as: UTF8.self) }
    }
    #expect(Set(words) == ["tariff", "tariffs"])
  }

  @Test func mergesSlicesInTextOrder() {
    let index = index(Self.many)
    let all: [UInt32] = (0..<5_000).map { UInt32($0) }
    let threes: [UInt32] = all.filter { $0 % 7 == 3 }
    let common: [UInt32] = index.texts(containing: "common")
    let word3: [UInt32] = index.texts(containing: "word3")
    let number: [UInt32] = index.texts(containing: "4321")
    let last: [UInt8] = index.withFoldedText(4999) { Array($0) }
    let expected: [UInt8] = Array("text 4999 word1 common".utf8)
    #expect(common == all)
    #expect(word3 == threes)
    #expect(number == [4321])
    #expect(last == expected)
  }

  /// Word numbers past one, two and three bytes of their varints in the build's lists.
  @Test func listsWordsNumberedPastSeveralBytes() {
    let texts = (0..<40_000).map { "common w\($0) w\($0 / 2) " + ($0 % 1_000 == 0 ? "rare" : "") }
    let index = index(texts)
    #expect(index.texts(containing: "common").count == 40_000)
    #expect(index.texts(containing: "rare") == stride(from: 0, to: 40_000, by: 1_000).map(UInt32.init))
    for number in [0, 127, 128, 16_383, 16_384, 19_999, 39_999] {
      let holders = Set([number] + (number < 20_000 ? [2 * number, 2 * number + 1] : []))
      let expected = holders.sorted().map(UInt32.init)
      #expect(index.texts(containing: "w\(number)") == expected, "w\(number)")
    }
  }

  /// Texts with long words sharing their first eight bytes, words at the very end of a text,
  /// accents, curly quotes and whitespace runs, many times over (several slices, a table that
  /// grows): every word lists exactly the texts `TextFolding` finds it in.
  @Test func listsWhatFoldingEachTextFinds() {
    let pieces = [
      "national", "nationals", "Nationalist", "internationalisation", "NATIONALISTS", "naïve",
      "Zürich’s", "a", "ab", "abcdefgh", "abcdefghi", "abcdefgh-i", "  spaced\t\tout  ",
      "e\u{301}cole", "école", "x1y2z3w4v5", "end",
    ]
    let texts = (0..<6_000).map { number -> String in
      (0..<(1 + number % 5)).map { pieces[(number * 7 + $0 * 3) % pieces.count] }
        .joined(separator: number % 3 == 0 ? " " : "-") + (number % 4 == 0 ? "" : " w\(number % 97)")
    }
    let index = index(texts)
    var expected: [String: [UInt32]] = [:]
    for (number, text) in texts.enumerated() {
      var seen = Set<String>()
      TextFolding.forEachWord(in: TextFolding.fold(text)) { word in
        let word = String(decoding: word, as: UTF8.self)
        if seen.insert(word).inserted { expected[word, default: []].append(UInt32(number)) }
      }
    }
    for (word, texts) in expected {
      #expect(index.texts(containing: word) == texts, "\(word)")
    }
    #expect(index.texts(containing: "nationa").isEmpty)
    #expect(index.texts(containing: "abcdefghij").isEmpty)
    for number in [0, 1, 2_999, 5_999] {
      #expect(index.withFoldedText(number) { Array($0) } == TextFolding.fold(texts[number]))
    }
  }

  /// The sentence index folds each sentence as written, not its shown text
  /// (`SpaceFolding`): every space that showing folds, word folding folds too.
  @Test(arguments: [
    "  The plan\n  will\u{A0}fail. ", "a\u{A0}\u{A0}-\tb", "x \u{0B} y\u{0C}", "Zürich\u{2009}’s",
    " - lead", "trail -\u{A0}", "e\u{301}\u{A0}cole", "\u{A0}", "", "__under_score__",
    "tab\t\t\ttabs\r\n", "£5\u{A0}million", "non\u{2010}breaking", "ideo\u{3000}graphic",
  ])
  func foldingTheWrittenTextIsFoldingTheShownText(_ written: String) {
    #expect(TextFolding.fold(written) == TextFolding.fold(SpaceFolding.fold(written)))
    let index = WordIndex(count: 1) { _ in Substring(written) }
    #expect(index.withFoldedText(0) { Array($0) } == TextFolding.fold(SpaceFolding.fold(written)))
  }

  /// A corpus's sentence index answers as an index of the sentences' shown text would.
  @Test func theSentenceIndexFindsTheWordsOfTheShownText() {
    let corpus = CorpusLoader().load(paths: [SnapshotCacheTests.examples]).corpus
    let shown = corpus.articles.flatMap { $0.sentences.map(\.text) }
    let expected = index(shown)
    let sentences = corpus.words.sentences
    #expect(sentences.count == shown.count)
    for word in ["the", "valdoria", "said", "marsh", "nmc", "2024", "s"] {
      #expect(sentences.texts(containing: word) == expected.texts(containing: word), "\(word)")
    }
    for number in [0, shown.count / 2, shown.count - 1] {
      #expect(
        sentences.withFoldedText(number) { Array($0) } == TextFolding.fold(shown[number]))
    }
  }

  @Test func searchConfirmsPhrasesInTheFoldedTexts() {
    let search = WordSearch(index: index(Self.texts))
    #expect(search.texts(matching: TextPattern("third party")) == [0])
    #expect(search.texts(matching: TextPattern("u.s.")) == [4])
    #expect(search.texts(matching: TextPattern("tariff*")) == [1])
    #expect(search.texts(matching: TextPattern("*")) == [0, 1, 2, 3, 4, 5])
    #expect(search.texts(matching: TextPattern("party deal"), within: [1, 2]).isEmpty)
    #expect(search.texts(matching: TextPattern("u.s."), within: [0, 4]) == [4])
  }

  /// Patterns without `*` are found with `memchr`; they must answer as the automaton did:
  /// whole words at the ends that are word characters, anywhere at the others.
  @Test(arguments: [
    ("u.s.", "the u.s. said", true), ("u.s.", "thu.s. said", false), ("u.s.", "x.u.s.", true),
    ("united states", "the united states.", true), ("united states", "united statesman", false),
    ("states", "states", true), ("'s", "russia's", true), ("a", "", false), ("ab", "a", false),
    ("state", "statestate state", true), ("state", "statestate", false),
  ])
  func literalPatternsMatchAsTheAutomatonDoes(pattern: String, text: String, expected: Bool) {
    #expect(TextPattern(pattern).matches(folded: TextFolding.fold(text)) == expected)
    #expect(TextPattern(pattern).matches(text) == expected)
  }
}

@Suite struct WordTableTests {
  @Test func numbersWordsInTheOrderAdded() {
    var table = WordTable()
    func intern(_ word: String) -> Int {
      Array(word.utf8).withUnsafeBufferPointer { table.intern($0, hash: WordTable.hash($0)) }
    }
    let words = (0..<3_000).map { "w\($0)" }
    #expect(words.map(intern) == Array(0..<3_000))
    #expect(words.map(intern) == Array(0..<3_000))
    #expect(Array("w42".utf8).withUnsafeBufferPointer { table.find($0) } == 42)
    #expect(Array("nope".utf8).withUnsafeBufferPointer { table.find($0) } == nil)
  }

  /// Words told apart past their first eight bytes, or by length alone.
  @Test func tellsApartWordsWithTheSameFirstEightBytes() {
    var table = WordTable()
    let words = ["abcdefgh", "abcdefghi", "abcdefghj", "abcdefghij", "abcdefg", "abcdefgh" + "x"]
    for (number, word) in words.enumerated() {
      let interned = Array(word.utf8).withUnsafeBufferPointer {
        table.intern($0, hash: WordTable.hash($0))
      }
      #expect(interned == number, "\(word)")
    }
    for (number, word) in words.enumerated() {
      #expect(Array(word.utf8).withUnsafeBufferPointer { table.find($0) } == number, "\(word)")
    }
    #expect(Array("abcdefghk".utf8).withUnsafeBufferPointer { table.find($0) } == nil)
  }
}
