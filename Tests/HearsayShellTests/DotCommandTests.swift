import HearsayCore
import HearsayShell
import Testing

@Suite struct DotCommandTests {
  @Test(arguments: [
    (".help", DotCommand.help(nil)),
    (".help load", .help("load")),
    (".quit", .quit),
    (".exit", .quit),
    (".show", .show),
    (".stats", .stats),
    (".reload", .reload),
    (".edit", .edit),
    (".mode", .mode(nil)),
    (".mode csv", .mode(.csv)),
    (".mode Markdown", .mode(.markdown)),
    (".headers", .headers(nil)),
    (".headers on", .headers(true)),
    (".headers OFF", .headers(false)),
    (".timer on", .timer(true)),
    (".bail off", .bail(false)),
    (".pager", .pager(nil)),
    (".load a.txt b/", .load(["a.txt", "b/"])),
    (".load 'my articles' \"x y\"", .load(["my articles", "x y"])),
    (#".load news\ 2025"#, .load(["news 2025"])),
    (".source lib/a.hsq", .source("lib/a.hsq")),
    (".output", .output(nil)),
    (".output out.tsv", .output("out.tsv")),
    (".once 'my file.csv'", .once("my file.csv")),
    (".set", .set(name: nil, value: nil)),
    (".set topic", .set(name: "topic", value: nil)),
    (".set who Anna Berg", .set(name: "who", value: "Anna Berg")),
    (".set who \"Anna  Berg\"", .set(name: "who", value: "Anna  Berg")),
    (".unset who", .unset("who")),
  ])
  func parses(line: String, command: DotCommand) throws {
    #expect(try DotCommand.parse(line) == command)
  }

  @Test(arguments: [
    (".frobnicate", "unknown command '.frobnicate'", 0..<11),
    (".mode xml", "unknown output format 'xml'", 6..<9),
    (".mode csv tsv", "'.mode' takes one argument at most", 10..<13),
    (".help me now", "'.help' takes one argument at most", 9..<12),
    (".stats now", "'.stats' takes no arguments", 7..<10),
    (".source", "'.source' needs a script file", 7..<7),
    (".once", "'.once' needs a file", 5..<5),
    (".set 9lives x", "'9lives' is not a parameter name", 5..<11),
    (".timer maybe", "expected 'on' or 'off', not 'maybe'", 7..<12),
    (".load 'open", "unterminated quoted argument", 6..<11),
    (".load", "'.load' needs at least one file or folder", 5..<5),
    (".", "expected a command after '.'", 0..<1),
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
    ("shwo", "show"), ("stast", "stats"), ("sourec", "source"), ("tiemr", "timer"),
  ])
  func suggestsTheNearestCommand(typed: String, expected: String) {
    #expect(DotCommand.nearestCommand(to: typed) == expected)
  }

  @Test func suggestsNothingForFarOffWords() {
    #expect(DotCommand.nearestCommand(to: "frobnicate") == nil)
  }
}
