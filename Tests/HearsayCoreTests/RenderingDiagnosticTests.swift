import HearsayCore
import Testing

@Suite struct RenderingDiagnosticTests {
  @Test func scriptErrorsCarryFileLineAndColumn() throws {
    let query = "who sed * about SCO"
    let error = try #require(throws: QueryError.self) { try QueryEngine.parse(query) }
    #expect(
      DiagnosticRenderer.render(error, source: query, file: "report.hsq", line: 3, column: 10)
        == """
        report.hsq:3:14: error: expected 'said' after 'who'
          who sed * about SCO
              ^~~
        hint: did you mean 'said'?

        """)
  }

  @Test func shellErrorsHaveNoLocation() throws {
    let query = "what did Elena Mash say"
    let error = try #require(throws: QueryError.self) {
      try QueryEngine.run(query, on: QueryTestCorpus.corpus)
    }
    #expect(
      DiagnosticRenderer.render(error, source: query) == """
        error: no one named "Elena Mash"
          what did Elena Mash say
                   ^~~~~~~~~~
        hint: did you mean "Elena Marsh"?

        """)
  }

  @Test func anErrorAtTheEndGetsOneCaretAfterTheText() {
    let error = QueryError(message: "expected a topic after 'about'", range: 17..<17)
    #expect(
      DiagnosticRenderer.render(error, source: "who said * about ") == """
        error: expected a topic after 'about'
          who said * about 
                           ^

        """)
  }

  @Test func multiLineSourcesShowTheLineWithTheError() {
    let source = "statements\n\tabout NMC\n  limit ten"
    let error = QueryError(message: "expected a whole number after 'limit'", range: 30..<33)
    #expect(
      DiagnosticRenderer.render(error, source: source, file: "q.hsq", line: 5, column: 3) == """
        q.hsq:7:9: error: expected a whole number after 'limit'
            limit ten
                  ^~~

        """)
    let tabbed = QueryError(message: "x", range: 12..<17)
    #expect(
      DiagnosticRenderer.render(tabbed, source: source) == "error: x\n  \tabout NMC\n  \t^~~~~\n")
  }

  /// The caret is measured on the line as shown, without the escape sequence cleaned out.
  @Test func theCaretSkipsEscapeSequencesCleanedFromTheLine() {
    let error = QueryError(message: "x", range: 8..<9)
    #expect(
      DiagnosticRenderer.render(error, source: "a \u{1B}[2Jb c d")
        == "error: x\n  a b c d\n      ^\n")
  }

  @Test func rangesPastTheSourceAreClamped() {
    let error = QueryError(message: "x", range: 40..<50)
    #expect(DiagnosticRenderer.render(error, source: "people") == "error: x\n  people\n        ^\n")
  }

  /// `who said * about ` 17 characters long, repeated to make long lines.
  static let phrase = "who said * about "

  /// Each row: a source line (a phrase repeated), the error's range, and the line and caret
  /// shown for it.
  ///
  /// Lines up to 100 columns are shown whole; a longer one is cut to 100 columns around the
  /// error, starting at most 33 columns before it, with `…` at each cut end.
  @Test(arguments: [
    ("who sed * about SCO", 1, 4..<7, "  who sed * about SCO\n      ^~~\n"),
    (
      "people xx ", 10, 97..<99,
      "  " + String(repeating: "people xx ", count: 10) + "\n  " + String(repeating: " ", count: 97)
        + "^~\n"
    ),
    (
      phrase, 10, 0..<3,
      "  who said * about who said * about who said * about who said * about who said * about who"
        + " said * abo…\n  ^~~\n"
    ),
    (
      phrase, 62, 497..<501,
      "  …aid * about who said * about who said * about who said * about who said * about who said"
        + " * about w…\n  " + String(repeating: " ", count: 34) + "^~~~\n"
    ),
    (
      phrase, 10, 170..<170,
      "  … said * about who said * about who said * about who said * about who said * about who"
        + " said * about \n  " + String(repeating: " ", count: 100) + "^\n"
    ),
    (
      phrase, 2_000, 20_000..<34_000,
      "  …* about who said * about who said * about who said * about who said * about who said *"
        + " about who s…\n  " + String(repeating: " ", count: 34) + "^"
        + String(repeating: "~", count: 65) + "\n"
    ),
    (
      "東京 ", 60, 90..<92,
      "  …京 東京 東京 東京 東京 東京 東京 東京 東京 東京 東京 東京 東京 東京 東京 東京 東京 東京 東京"
        + " 東京 …\n  " + String(repeating: " ", count: 34) + "^~~~\n"
    ),
  ])
  func longLinesAreCutToAWindowAroundTheError(
    phrase: String, count: Int, range: Range<Int>, shown: String
  ) {
    let error = QueryError(message: "x", range: range)
    let source = String(repeating: phrase, count: count)
    #expect(DiagnosticRenderer.render(error, source: source) == "error: x\n" + shown)
  }

  @Test func aCutLineKeepsTheTrueColumnInTheLocation() {
    let source = "statements\n" + String(repeating: Self.phrase, count: 62)
    let error = QueryError(message: "x", range: 508..<512)
    let rendered = DiagnosticRenderer.render(error, source: source, file: "q.hsq", line: 4)
    #expect(rendered.hasPrefix("q.hsq:5:498: error: x\n  …aid * about who said"), "\(rendered)")
    #expect(rendered.hasSuffix(" w…\n  " + String(repeating: " ", count: 34) + "^~~~\n"))
  }

  /// 2,000 seeded random lines (wide characters, tabs, escape sequences) and ranges: a cut line
  /// is at most 100 columns, and the caret stands under the column the error starts at.
  @Test func cutLinesFitAndKeepTheCaretInPlace() {
    // SplitMix64, so every run draws the same lines.
    var state: UInt64 = 7
    func next(_ bound: Int) -> Int {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return Int((z ^ (z >> 31)) % UInt64(bound))
    }
    let pieces: [(text: String, width: Int)] = [
      ("a", 1), ("who ", 4), ("*", 1), ("東", 2), ("\t", 8), ("é", 1), ("\u{1B}[2J", 0),
    ]
    func width(_ c: Character) -> Int { pieces.first { $0.text == String(c) }?.width ?? 1 }
    for _ in 0..<2_000 {
      var source = ""
      for _ in 0..<next(400) { source += pieces[next(pieces.count)].text }
      let lower = next(source.count + 1)
      let error = QueryError(message: "x", range: lower..<(lower + next(source.count - lower + 2)))
      let lines = DiagnosticRenderer.render(error, source: source).split(separator: "\n")
      guard lines.count == 3 else {
        Issue.record("not three lines: \(lines)")
        return
      }
      let shown = Array(lines[1].dropFirst(2))
      if shown.first == "…" || shown.last == "…" {
        #expect(shown.reduce(0) { $0 + width($1) } <= DiagnosticRenderer.maximumWidth)
      }
      let caret = lines[2].dropFirst(2)
      let lead = caret.prefix { $0 == " " || $0 == "\t" }
      #expect(caret.dropFirst(lead.count).first == "^")
      let leadColumns = lead.reduce(0) { $0 + ($1 == "\t" ? 8 : 1) }
      var columns = 0
      for character in shown where columns < leadColumns { columns += width(character) }
      #expect(columns == leadColumns, "\(String(shown))\n\(caret)")
    }
  }
}
