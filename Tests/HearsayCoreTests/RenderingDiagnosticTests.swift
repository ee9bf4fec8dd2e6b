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

  @Test func rangesPastTheSourceAreClamped() {
    let error = QueryError(message: "x", range: 40..<50)
    #expect(DiagnosticRenderer.render(error, source: "people") == "error: x\n  people\n        ^\n")
  }
}
