import HearsayCore
import Testing

@Suite struct RenderingFormatTests {
  let awkward = ResultTable(
    columns: ["speaker", "statement", "n"],
    rows: [
      ["Marsh", "ports, \"fair\" share", "7"],
      ["Varga", "line one\nline two\twith tab", "x"],
      ["a|b", "pipe | here\r\nCRLF", "-3"],
    ],
    numericColumns: [2])

  @Test func tsvPutsEachRowOnOneLine() {
    #expect(
      OutputFormat.tsv.render(awkward) == """
        speaker\tstatement\tn
        Marsh\tports, "fair" share\t7
        Varga\tline one line two with tab\tx
        a|b\tpipe | here CRLF\t-3

        """)
    #expect(
      OutputFormat.tsv.render(awkward, options: RenderOptions(headers: false)).hasPrefix("Marsh\t"))
  }

  @Test func csvFollowsRFC4180() {
    #expect(
      OutputFormat.csv.render(awkward)
        == "speaker,statement,n\r\n"
        + "Marsh,\"ports, \"\"fair\"\" share\",7\r\n"
        + "Varga,\"line one\nline two\twith tab\",x\r\n"
        + "a|b,\"pipe | here\nCRLF\",-3\r\n")
    #expect(
      OutputFormat.csv.render(awkward, options: RenderOptions(headers: false)).hasPrefix("Marsh,"))
  }

  @Test func jsonIsOneArrayWithAnObjectPerLine() {
    #expect(
      OutputFormat.json.render(awkward) == """
        [
        {"speaker":"Marsh","statement":"ports, \\"fair\\" share","n":7},
        {"speaker":"Varga","statement":"line one\\nline two\\twith tab","n":"x"},
        {"speaker":"a|b","statement":"pipe | here\\r\\nCRLF","n":-3}
        ]

        """)
    #expect(OutputFormat.json.render(ResultTable(columns: ["a"], rows: [])) == "[]\n")
  }

  @Test func jsonLinesIsOneObjectPerLine() {
    let out = OutputFormat.jsonl.render(awkward)
    #expect(out.split(separator: "\n").count == 3)
    #expect(
      out.hasPrefix("{\"speaker\":\"Marsh\",\"statement\":\"ports, \\\"fair\\\" share\",\"n\":7}\n")
    )
    #expect(OutputFormat.jsonl.render(ResultTable(columns: ["a"], rows: [])) == "")
  }

  @Test func markdownEscapesPipesAndRightAlignsNumbers() {
    #expect(
      OutputFormat.markdown.render(awkward) == """
        | speaker | statement | n |
        | --- | --- | ---: |
        | Marsh | ports, "fair" share | 7 |
        | Varga | line one line two with tab | x |
        | a\\|b | pipe \\| here CRLF | -3 |

        """)
  }

  @Test(arguments: OutputFormat.allCases)
  func rendersNothingWithoutColumns(_ format: OutputFormat) {
    #expect(format.render(ResultTable(columns: [], rows: [])) == "")
  }

  @Test(arguments: OutputFormat.allCases)
  func endsWithANewline(_ format: OutputFormat) {
    #expect(format.render(awkward).hasSuffix(format == .csv ? "\r\n" : "\n"))
  }
}
