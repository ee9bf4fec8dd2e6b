import Foundation
import Testing

/// What reaches a terminal: never an article's control sequences, colour only when allowed.
@Suite struct TerminalOutputTests {
  @Test(arguments: ["table", "tsv", "csv", "json", "jsonl", "markdown"])
  func controlSequencesInArticlesNeverReachTheTerminal(mode: String) throws {
    let workspace = try Workspace()
    let articles = try workspace.writeHostileArticle()
    let shell = try TerminalSession(
      try HearsayExecutable.path(), arguments: [articles], environment: workspace.environment)
    try shell.waitForPrompt()
    shell.type(".mode \(mode)\r")
    try shell.waitForPrompt()
    shell.type("who said * about port\r")
    try shell.waitFor("purple")
    try shell.waitForPrompt()
    shell.type("statements\r")
    try shell.waitFor("purple")
    try shell.waitForPrompt()
    shell.type(".quit\r")
    #expect(shell.waitForExit() == 0)
    let transcript = shell.transcript
    #expect(!transcript.contains("\u{1B}]0;owned"))
    #expect(!transcript.contains("\u{1B}[38;5;99m"))
    #expect(!transcript.contains("\u{1B}[2J"))
  }

  @Test func controlSequencesNeverReachAPipeEither() throws {
    let workspace = try Workspace()
    let articles = try workspace.writeHostileArticle()
    for format in ["tsv", "csv", "markdown", "table"] {
      let run = try HearsayRun.run(
        ["--format", format, "-c", "statements", "-c", "people", articles], in: workspace)
      #expect(run.status == 0)
      #expect(run.output.contains("purple"))
      #expect(!run.output.contains("\u{1B}"), "\(format): \(run.output.debugDescription)")
    }
  }

  @Test(arguments: [
    ([String](), [String: String](), true),
    (["--no-color"], [:], false),
    ([], ["NO_COLOR": "1"], false),
  ])
  func headersAreBoldOnlyWhenColourIsAllowed(
    flags: [String], extra: [String: String], bold: Bool
  ) throws {
    let workspace = try Workspace()
    let articles = try workspace.writeArticles()
    let shell = try TerminalSession(
      try HearsayExecutable.path(), arguments: flags + [articles],
      environment: workspace.environment.merging(extra) { $1 })
    try shell.waitForPrompt()
    shell.type("people\r")
    try shell.waitFor("Anna Berg")
    try shell.waitForPrompt()
    shell.type(".quit\r")
    #expect(shell.waitForExit() == 0)
    #expect(shell.transcript.contains("\u{1B}[1mname") == bold)
  }

  @Test func longResultsGoThroughThePager() throws {
    let workspace = try Workspace()
    let articles = try workspace.writeArticles()
    var environment = workspace.environment
    environment["PAGER"] = "sed 's/^/paged: /'"
    let shell = try TerminalSession(
      try HearsayExecutable.path(), arguments: [articles], environment: environment, rows: 4)
    try shell.waitForPrompt()
    shell.type(".mode tsv\r")
    try shell.waitForPrompt()
    shell.type(".help\r")
    try shell.waitFor("paged: Queries:")
    try shell.waitForPrompt()
    shell.type(".pager off\r")
    try shell.waitForPrompt()
    shell.type("people\r")
    try shell.waitFor("Anna Berg")
    try shell.waitForPrompt()
    shell.type(".quit\r")
    #expect(shell.waitForExit() == 0)
  }
}
