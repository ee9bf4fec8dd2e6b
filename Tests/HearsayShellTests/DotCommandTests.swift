import HearsayCore
import HearsayShell
import Testing

@Suite struct DotCommandTests {
  @Test(arguments: [
    (".help", DotCommand.help),
    (".quit", .quit),
    (".exit", .quit),
    (".show", .show),
    (".mode", .mode(nil)),
    (".mode csv", .mode(.csv)),
    (".mode Markdown", .mode(.markdown)),
    (".headers", .headers(nil)),
    (".headers on", .headers(true)),
    (".headers OFF", .headers(false)),
    (".load a.txt b/", .load(["a.txt", "b/"])),
    (".load 'my articles' \"x y\"", .load(["my articles", "x y"])),
    (#".load news\ 2025"#, .load(["news 2025"])),
  ])
  func parses(line: String, command: DotCommand) throws {
    #expect(try DotCommand.parse(line) == command)
  }

  @Test(arguments: [
    (".frobnicate", "unknown command '.frobnicate'", 0..<11),
    (".mode xml", "unknown output format 'xml'", 6..<9),
    (".mode csv tsv", "'.mode' takes one argument at most", 10..<13),
    (".help me now", "'.help' takes no arguments", 6..<12),
    (".load 'open", "unterminated quoted argument", 6..<11),
    (".load", "'.load' needs at least one file or folder", 5..<5),
    (".headers sometimes", "expected 'on' or 'off', not 'sometimes'", 9..<18),
  ])
  func rejects(line: String, message: String, range: Range<Int>) {
    #expect(throws: QueryError.self) { try DotCommand.parse(line) }
    do {
      _ = try DotCommand.parse(line)
    } catch {
      #expect(error.message == message)
      #expect(error.range == range)
    }
  }

  @Test(arguments: [
    ("he", "help"), ("lod", "load"), ("mdoe", "mode"), ("header", "headers"), ("mood", "mode"),
    ("shwo", "show"),
  ])
  func suggestsTheNearestCommand(typed: String, expected: String) {
    #expect(DotCommand.nearestCommand(to: typed) == expected)
  }

  @Test func suggestsNothingForFarOffWords() {
    #expect(DotCommand.nearestCommand(to: "frobnicate") == nil)
  }
}
