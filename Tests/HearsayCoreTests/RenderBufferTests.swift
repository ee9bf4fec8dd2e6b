@testable import HearsayCore
import Testing

@Suite struct RenderBufferTests {
  /// Cells with everything the byte checks look for, and near misses that must pass as they are.
  static let cells = [
    "plain", "", "tab\there", "new\nline", "cr\r\nlf", "esc \u{1B}[31mred\u{1B}[0m", "bell\u{7}",
    "del\u{7F}", "c1 \u{85} nel", "c1 \u{9B}31m", "nbsp\u{A0}ok", "é accents ü", "’quotes” —",
    "bidi \u{202E}x\u{202C}", "iso \u{2066}y\u{2069}", "line\u{2028}para\u{2029}end",
    "comma, \"quote\"", "pipe | bar", "北京", "emoji 🙂", "e\u{301}", "ends with \u{E2}",
  ]

  @Test(arguments: cells)
  func oneLineCellsAreWhatTheSanitizerMakes(cell: String) {
    var buffer = RenderBuffer()
    buffer.appendOneLine(cell)
    #expect(buffer.text == TerminalSanitizer.clean(cell).onOneLine)
  }

  @Test(arguments: cells)
  func csvFieldsAreWhatTheSlowPathMakes(cell: String) {
    var buffer = RenderBuffer()
    buffer.appendCSVField(cell, slow: CSVRenderer.field)
    #expect(buffer.text == CSVRenderer.field(cell))
  }

  /// The cells inside longer text at every offset within a word of eight bytes, so that each
  /// special falls in every place of the words the byte checks read at once, and at the ends.
  static let padded: [String] = cells.flatMap { cell in
    (0...9).flatMap { offset in
      let lead = String(repeating: "a", count: offset)
      return [lead + cell, lead + cell + "trailing text", cell + lead]
    }
  }

  @Test func paddedCellsAreWhatTheSlowPathsMake() {
    for cell in Self.padded {
      var line = RenderBuffer()
      line.appendOneLine(cell)
      #expect(line.text == TerminalSanitizer.clean(cell).onOneLine, "\(cell.debugDescription)")
      var csv = RenderBuffer()
      csv.appendCSVField(cell, slow: CSVRenderer.field)
      #expect(csv.text == CSVRenderer.field(cell), "\(cell.debugDescription)")
      let markdown = MarkdownRenderer().render(
        ResultTable(columns: ["c"], rows: [[cell]]), options: RenderOptions())
      let flat = TerminalSanitizer.clean(cell).onOneLine
      let escaped = flat.split(separator: "|", omittingEmptySubsequences: false)
        .joined(separator: "\\|")
      #expect(markdown == "| c |\n| --- |\n| \(escaped) |\n", "\(cell.debugDescription)")
    }
  }

  @Test(arguments: cells)
  func jsonStringsAreEscapedAlike(cell: String) {
    var buffer = RenderBuffer()
    buffer.appendJSONString(cell)
    #expect(buffer.text == JSONText.quoted(cell))
    #expect(buffer.text.hasPrefix("\"") && buffer.text.hasSuffix("\""))
  }

  @Test func lazyTablesRenderAsTheirBuiltRows() {
    struct Squares: LazyRows {
      var count: Int { 3 }
      var columns: Int { 2 }
      func cell(_ row: Int, _ column: Int) -> String {
        column == 0 ? "n\t\(row)" : String(row * row)
      }
    }
    let lazy = ResultTable(columns: ["n", "square"], lazy: Squares(), numericColumns: [1])
    let built = ResultTable(columns: ["n", "square"], rows: lazy.rows, numericColumns: [1])
    #expect(lazy == built)
    for format in OutputFormat.allCases {
      #expect(format.render(lazy) == format.render(built), "\(format)")
      #expect(format.renderBytes(lazy) == Array(format.render(built).utf8), "\(format)")
    }
    var cut = lazy
    cut.keepRows([2, 0])
    #expect(cut.rows == [["n\t2", "4"], ["n\t0", "0"]])
  }
}

@Suite struct RankedKeyTests {
  @Test func ordersKeysAsStringsDo() {
    let keys = [
      "Bush", "bush", "Bushes", "Bush Jr", "B", "", "Zürich", "Zurich", "e\u{301}cole", "école",
      "abcdefgh", "abcdefghi", "abcdefgh\u{301}", "abcdefg", "12", "1", "a\u{0}b", "a",
    ]
    for a in keys {
      for b in keys {
        let ranked = RankedKey(key: a, count: 1).precedes(RankedKey(key: b, count: 1))
        #expect(ranked == (a < b), "\(a) vs \(b)")
      }
    }
  }
}
