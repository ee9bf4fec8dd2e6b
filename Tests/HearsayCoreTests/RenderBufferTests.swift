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

/// Statement and sentence tables write their cells' bytes themselves (a sentence folds its
/// spaces straight into the output); every format must show what their built rows show.
@Suite struct LazyCellBytesTests {
  @Test(arguments: [
    "who said *", "who said * with spans", "who said * sort by speaker limit 4",
    "who mentioned Valdoria", "who mentioned * limit 40", "who discussed *",
    "who said * | count by cue", "count statements by speaker", "count statements by month",
    "count statements by topic limit 3", "count statements by cue sort by cue desc",
  ])
  func lazyRowsWriteWhatTheirBuiltRowsHold(query: String) throws {
    let lazy = try QueryEngine.run(query, on: QueryExampleCorpus.corpus)
    #expect(lazy.rowCount > 0)
    let built = ResultTable(
      columns: lazy.columns, rows: lazy.rows, numericColumns: lazy.numericColumns,
      rowSources: lazy.rowSources)
    for format in OutputFormat.allCases {
      #expect(format.renderBytes(lazy) == format.renderBytes(built), "\(format)")
    }
  }

  /// Many rows, with cells each format changes, into one growing buffer.
  @Test func manyLazyRowsRenderAsTheirBuiltRows() {
    struct Many: LazyRows {
      var count: Int { 30_017 }
      var columns: Int { 3 }
      func cell(_ row: Int, _ column: Int) -> String {
        switch column {
        case 0: return "row \(row)"
        case 1: return row % 7 == 0 ? "a\tb,\"c\"\nd | e" : "plain \(row % 13)"
        default: return String(row * 3)
        }
      }
    }
    let lazy = ResultTable(columns: ["n", "text", "x"], lazy: Many(), numericColumns: [2])
    let built = ResultTable(columns: lazy.columns, rows: lazy.rows, numericColumns: [2])
    for format in [OutputFormat.tsv, .csv] {
      for headers in [true, false] {
        let options = RenderOptions(headers: headers)
        #expect(
          format.renderBytes(lazy, options: options) == format.renderBytes(built, options: options),
          "\(format)")
      }
    }
  }

  @Test func onlyTabsAndNewlinesAreMadeSpacesInPlace() {
    var buffer = RenderBuffer()
    buffer.appendOneLine("a\tb\nc")
    buffer.appendOneLine(" x\u{1B}[1m\ny ")
    #expect(buffer.text == "a b c x y ")
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
