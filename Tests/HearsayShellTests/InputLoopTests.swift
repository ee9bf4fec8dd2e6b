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
    let status = InputLoop(prompt: "hearsay> ", mode: .interactive).run(reader, in: session)
    #expect(status == 0)
    #expect(reader.prompts == Array(repeating: "hearsay> ", count: 5))
    #expect(output.text == "output mode: csv\n")
    #expect(errors.text.hasPrefix("error: unknown command '.nope'"))
  }

  @Test func quitStopsReading() {
    let (session, output, _) = session()
    let reader = ScriptedLineReader(lines: [".quit", ".help"])
    #expect(InputLoop(mode: .batch).run(reader, in: session) == 0)
    #expect(output.text.isEmpty)
    #expect(reader.prompts.count == 1)
  }

  @Test func withoutBailErrorsGoOnAndExitWithOne() {
    let (session, output, errors) = session()
    let reader = ScriptedLineReader(lines: [".bad", ".mode", ".worse"])
    let loop = InputLoop(file: "<stdin>", mode: .batch)
    #expect(loop.run(reader, in: session) == 1)
    #expect(output.text == "output mode: tsv\n")
    #expect(errors.text.contains("<stdin>:1:1: error: unknown command '.bad'"))
    #expect(errors.text.contains("<stdin>:3:1: error: unknown command '.worse'"))
  }

  @Test func bailEndsAtTheFirstError() {
    let (session, output, _) = session()
    session.bail = true
    let reader = ScriptedLineReader(lines: [".bad", ".mode"])
    #expect(InputLoop(mode: .batch).run(reader, in: session) == 1)
    #expect(output.text.isEmpty)
  }

  @Test func bailCanBeTurnedOffAndOnByTheInput() {
    let (session, output, _) = session()
    session.bail = true
    let reader = ScriptedLineReader(lines: [".bail off", ".bad", ".bail on", ".bad", ".mode"])
    #expect(InputLoop(mode: .batch).run(reader, in: session) == 1)
    #expect(output.text.isEmpty)
    #expect(reader.prompts.count == 4)
  }

  @Test func closedOutputEndsQuietly() {
    let (session, output, errors) = session()
    output.close()
    let reader = ScriptedLineReader(lines: [".help", ".help", ".bad"])
    #expect(InputLoop(mode: .batch).run(reader, in: session) == 0)
    #expect(reader.prompts.isEmpty)
    #expect(errors.text.isEmpty)
  }

  @Test func linesOfATextSplitOnAnyLineEnding() {
    let reader = ScriptedLineReader(text: "a\r\nb\n\nc\n")
    var lines: [LineInput] = []
    while case let input = reader.readLine(prompt: ""), input != .end { lines.append(input) }
    #expect(lines == [.line("a"), .line("b"), .line(""), .line("c")])
  }

  @Test func anOpenQuoteOrParenthesisContinuesWithTheOtherPrompt() {
    let (session, _, errors) = session()
    let reader = RememberingReader([
      .line("who said * about (port"), .line("  or \"rail"), .line("line\")"), .line(".mode"),
    ])
    let loop = InputLoop(prompt: "> ", continuationPrompt: "... ", mode: .interactive)
    #expect(loop.run(reader, in: session) == 0)
    #expect(reader.prompts == ["> ", "... ", "... ", "> ", "> "])
    #expect(errors.text.isEmpty)
    #expect(reader.remembered == ["who said * about (port\n  or \"rail\nline\")", ".mode"])
  }

  @Test func ctrlCDropsTheWholeUnfinishedStatement() {
    let (session, output, errors) = session()
    let reader = ScriptedLineReader([
      .line("who said * about (port"), .interrupted, .line(".mode"),
    ])
    let loop = InputLoop(prompt: "> ", continuationPrompt: "... ", mode: .interactive)
    #expect(loop.run(reader, in: session) == 0)
    #expect(reader.prompts == ["> ", "... ", "> ", "> "])
    #expect(output.text == "output mode: tsv\n")
    #expect(errors.text.isEmpty)
  }

  @Test func errorsInALaterLineOfAStatementAreLocatedThere() {
    let (session, _, errors) = session()
    let reader = ScriptedLineReader(lines: ["# first", "who said * about (port", "  or )"])
    #expect(InputLoop(file: "r.hsq", mode: .batch).run(reader, in: session) == 1)
    #expect(errors.text.hasPrefix("r.hsq:3:"), "\(errors.text)")
  }

  @Test func anUnfinishedStatementAtTheEndStillRunsAndFails() {
    let (session, _, errors) = session()
    let reader = ScriptedLineReader(lines: [".mode", "who said \"port"])
    #expect(InputLoop(file: "r.hsq", mode: .batch).run(reader, in: session) == 1)
    #expect(errors.text.hasPrefix("r.hsq:2:10: error: "), "\(errors.text)")
  }

  @Test func editOnAContinuationLineOpensTheStatementSoFar() {
    let (session, output, _) = session()
    var edited: [String] = []
    session.editText = { text in
      edited.append(text)
      return ".mode csv\n.mode\n"
    }
    let reader = RememberingReader([.line("who said * about (port"), .line(".edit")])
    session.remember = { reader.remember($0) }
    #expect(InputLoop(mode: .interactive).run(reader, in: session) == 0)
    #expect(edited == ["who said * about (port"])
    #expect(output.text == "output mode: csv\n")
    #expect(reader.remembered == [".mode csv\n.mode"])
  }
}

/// A scripted reader that keeps what the loop asks it to remember.
final class RememberingReader: LineReader {
  private let lines: ScriptedLineReader
  private(set) var remembered: [String] = []

  init(_ inputs: [LineInput]) {
    lines = ScriptedLineReader(inputs)
  }

  var prompts: [String] { lines.prompts }

  func readLine(prompt: String) -> LineInput { lines.readLine(prompt: prompt) }

  func remember(_ entry: String) { remembered.append(entry) }
}
