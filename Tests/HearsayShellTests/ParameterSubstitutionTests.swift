import HearsayCore
import HearsayShell
import Testing

@Suite struct ParameterSubstitutionTests {
  private let parameters = ["topic": "port", "who": "Anna Berg", "empty": "", "x_1": "y"]

  @Test(arguments: [
    ("who said * about $topic", "who said * about port"),
    ("what did $who say", "what did Anna Berg say"),
    ("\"$topic talks\"", "\"port talks\""),
    ("cost $5 or $$topic", "cost $5 or $topic"),
    ("$x_1$topic$", "yport$"),
    ("a $empty b", "a  b"),
    ("no parameters", "no parameters"),
  ])
  func substitutes(line: String, expected: String) throws {
    #expect(try ParameterSubstitution(line, parameters: parameters).text == expected)
  }

  @Test func anUnknownNameIsAnErrorAtItsPlace() {
    #expect(throws: QueryError.self) { try ParameterSubstitution("who said $tpoic", parameters: parameters) }
    do {
      _ = try ParameterSubstitution("who said * about $tpoic", parameters: parameters)
    } catch {
      #expect(error.message == "unknown parameter '$tpoic'")
      #expect(error.range == 17..<23)
      #expect(error.hint == "did you mean '$topic'?")
    }
  }

  @Test func rangesMapBackToTheLineAsTyped() throws {
    let substitution = try ParameterSubstitution("what did $who sya", parameters: parameters)
    // "what did Anna Berg sya": `sya` is 19..<22 there, 14..<17 as typed.
    #expect(substitution.originalRange(of: 19..<22) == 14..<17)
    // Inside the value: the whole `$who`.
    #expect(substitution.originalRange(of: 14..<18) == 9..<13)
    #expect(substitution.originalRange(of: 0..<4) == 0..<4)
    #expect(substitution.originalRange(of: 22..<22) == 17..<17)
  }

  @Test(arguments: [("topic", true), ("_x9", true), ("9x", false), ("a-b", false), ("", false)])
  func validNames(name: String, valid: Bool) {
    #expect(ParameterSubstitution.isValidName(name) == valid)
  }
}
