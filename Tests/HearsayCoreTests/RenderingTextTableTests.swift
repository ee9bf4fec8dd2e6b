import HearsayCore
import Testing

@Suite struct RenderingTextTableTests {
  let table = ResultTable(
    columns: ["speaker", "statement", "count"],
    rows: [
      ["Elena Marsh", "Closer cooperation on coastal shipping serves both peoples", "12"],
      ["Varga", "The NMC framework gives smaller ports a fair share", "3"],
    ],
    numericColumns: [2])

  private func render(_ table: ResultTable, _ options: RenderOptions = RenderOptions()) -> String {
    OutputFormat.table.render(table, options: options)
  }

  @Test func alignsColumnsTwoSpacesApartNumbersRight() {
    #expect(
      render(table) == """
        speaker      statement                                                   count
        Elena Marsh  Closer cooperation on coastal shipping serves both peoples     12
        Varga        The NMC framework gives smaller ports a fair share              3

        """)
  }

  @Test func fitsTheWidthByNarrowingTheWidestTextColumns() {
    let out = render(table, RenderOptions(width: 50))
    #expect(
      out == """
        speaker      statement                       count
        Elena Marsh  Closer cooperation on coastal…     12
        Varga        The NMC framework gives small…      3

        """)
    #expect(out.split(separator: "\n").allSatisfy { $0.count <= 50 })
  }

  @Test func narrowsSeveralColumnsToOneCapGivingWhatIsLeftFromTheLeft() {
    #expect(
      render(table, RenderOptions(width: 30)) == """
        speaker      statement   count
        Elena Marsh  Closer co…     12
        Varga        The NMC f…      3

        """)
  }

  @Test func overflowsRatherThanGoBelowThreeColumns() {
    let out = render(table, RenderOptions(width: 5))
    #expect(out.hasPrefix("sp…  st…  count\n"))
  }

  @Test(arguments: [
    ([10, 20, 5], Set<Int>(), 100, [10, 20, 5]),
    ([10, 20, 5], Set<Int>(), 31, [10, 12, 5]),
    ([10, 20, 5], Set<Int>(), 25, [8, 8, 5]),
    ([10, 20, 5], Set<Int>([2]), 20, [6, 5, 5]),
    ([40, 40], Set<Int>(), 20, [9, 9]),
    ([40, 40], Set<Int>(), 1, [3, 3]),
  ])
  func fitsWidths(widths: [Int], fixed: Set<Int>, total: Int, fitted: [Int]) {
    #expect(TextTableRenderer.fit(widths, fixed: fixed, into: total) == fitted)
  }

  @Test func headersCanBeLeftOut() {
    #expect(
      render(table, RenderOptions(headers: false)).hasPrefix("Elena Marsh  Closer cooperation"))
  }

  @Test func colourMakesTheHeaderBoldOnly() {
    let out = render(
      ResultTable(columns: ["a", "b"], rows: [["1", "2"]]), RenderOptions(color: true))
    #expect(out == "\u{1B}[1ma  b\u{1B}[0m\n1  2\n")
    #expect(!render(ResultTable(columns: ["a"], rows: [["1"]])).contains("\u{1B}"))
  }

  @Test func cleansUntrustedCellsAndKeepsThemOnOneLine() {
    let out = render(
      ResultTable(
        columns: ["statement"],
        rows: [["\u{1B}]0;pwned\u{7}Red \u{1B}[31malert\u{1B}[0m\tnow\r\nthen\u{202E}!"]]))
    #expect(out == "statement\nRed alert now then!\n")
  }

  @Test func countsWideCharactersAsTwoColumns() {
    let out = render(ResultTable(columns: ["name", "x"], rows: [["北京", "1"], ["Oslo", "2"]]))
    #expect(out == "name  x\n北京  1\nOslo  2\n")
  }

  @Test func evensOutRaggedRowsAndRendersNothingWithoutColumns() {
    #expect(
      render(ResultTable(columns: ["a", "b"], rows: [["1"], ["1", "2", "3"]])) == "a  b\n1\n1  2\n")
    #expect(render(ResultTable(columns: [], rows: [])) == "")
  }
}
