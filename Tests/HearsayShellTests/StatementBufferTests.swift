import HearsayShell
import Testing

@Suite struct StatementBufferTests {
  /// Feeds the lines; whether the statement is complete after each.
  private func completeness(_ lines: [String]) -> [Bool] {
    var buffer = StatementBuffer()
    return lines.map { line in
      buffer.append(line)
      return buffer.isComplete
    }
  }

  @Test(arguments: [
    (["people"], [true]),
    (["who said * about (port", "or rail)"], [false, true]),
    (["who said \"we will", "win\" about x"], [false, true]),
    (["who said “we will", "win” about x"], [false, true]),
    (["who said 'third", "party'"], [false, true]),
    (["who said O'Brien about x"], [true]),
    (["who said * about ((a", "or b)", "and c)"], [false, false, true]),
    (["who said \"(\" about x"], [true]),
    (["who said * about a)"], [true]),
    ([".load 'open"], [true]),
    (["# (comment"], [true]),
    (["who said * about (port", "# (a comment", "or rail)"], [false, false, true]),
    (["who said \"port", "# not a comment\""], [false, true]),
  ])
  func completesWhenNothingIsLeftOpen(lines: [String], expected: [Bool]) {
    #expect(completeness(lines) == expected)
  }

  @Test func keepsTheLinesAndBlanksCommentsInside() {
    var buffer = StatementBuffer()
    for line in ["who said * about (port", "  # which port?", "  or rail)"] { buffer.append(line) }
    #expect(buffer.text == "who said * about (port\n\n  or rail)")
    #expect(buffer.lineCount == 3)
    buffer.reset()
    #expect(buffer.isEmpty && !buffer.isComplete)
  }
}
