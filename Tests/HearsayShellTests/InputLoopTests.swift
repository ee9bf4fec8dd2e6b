import HearsayCore
import HearsayShell
import Testing

@Suite struct InputLoopTests {
  private func session() -> (Session, StringSink, StringSink) {
    let output = StringSink()
    let errors = StringSink()
    return (Session(output: output, errors: errors), output, errors)
  }

  @Test func interactiveLoopShowsThePromptAndIgnoresErrors() {
    let (session, output, errors) = session()
    let reader = ScriptedLineReader([
      .line(".mode csv"), .line(".nope"), .interrupted, .line(".mode"),
    ])
    let status = InputLoop(prompt: "hearsay> ", errorPolicy: .ignore).run(reader, in: session)
    #expect(status == 0)
    #expect(reader.prompts == Array(repeating: "hearsay> ", count: 5))
    #expect(output.text == "output mode: csv\n")
    #expect(errors.text.hasPrefix("error: unknown command '.nope'"))
  }

  @Test func quitStopsReading() {
    let (session, output, _) = session()
    let reader = ScriptedLineReader(lines: [".quit", ".help"])
    #expect(InputLoop(errorPolicy: .stop).run(reader, in: session) == 0)
    #expect(output.text.isEmpty)
    #expect(reader.prompts.count == 1)
  }

  @Test func rememberedErrorsGoOnAndExitWithOne() {
    let (session, output, errors) = session()
    let reader = ScriptedLineReader(lines: [".bad", ".mode", ".worse"])
    let loop = InputLoop(file: "<stdin>", errorPolicy: .remember)
    #expect(loop.run(reader, in: session) == 1)
    #expect(output.text == "output mode: tsv\n")
    #expect(errors.text.contains("<stdin>:1:1: error: unknown command '.bad'"))
    #expect(errors.text.contains("<stdin>:3:1: error: unknown command '.worse'"))
  }

  @Test func stopPolicyEndsAtTheFirstError() {
    let (session, output, _) = session()
    let reader = ScriptedLineReader(lines: [".bad", ".mode"])
    #expect(InputLoop(errorPolicy: .stop).run(reader, in: session) == 1)
    #expect(output.text.isEmpty)
  }

  @Test func closedOutputEndsQuietly() {
    let (session, output, errors) = session()
    output.close()
    let reader = ScriptedLineReader(lines: [".help", ".help", ".bad"])
    #expect(InputLoop(errorPolicy: .remember).run(reader, in: session) == 0)
    #expect(reader.prompts.isEmpty)
    #expect(errors.text.isEmpty)
  }

  @Test func linesOfATextSplitOnAnyLineEnding() {
    let reader = ScriptedLineReader(text: "a\r\nb\n\nc\n")
    var lines: [LineInput] = []
    while case let input = reader.readLine(prompt: ""), input != .end { lines.append(input) }
    #expect(lines == [.line("a"), .line("b"), .line(""), .line("c")])
  }
}
