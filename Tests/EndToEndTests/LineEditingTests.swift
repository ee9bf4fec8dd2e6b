import Foundation
import Testing

/// The interactive shell's editing through a pseudo-terminal: completion, statements over
/// several lines, history shared by shells, Ctrl-C during a load.
@Suite struct LineEditingTests {
  @Test func tabCompletesANameFromTheArticles() throws {
    let workspace = try Workspace()
    let articles = try workspace.writeArticles()
    let shell = try TerminalSession(
      try HearsayExecutable.path(), arguments: [articles], environment: workspace.environment)
    try shell.waitForPrompt()
    shell.type(".mode tsv\r")
    try shell.waitForPrompt()
    shell.type("what did ann\t")
    try shell.waitFor("\"Anna Berg\"")
    shell.settle()
    shell.type("say\r")
    try shell.waitFor("the port would open in May")
    try shell.waitForPrompt()
    shell.type("\u{04}")
    #expect(shell.waitForExit() == 0)
    let history = try String(contentsOfFile: workspace.historyPath, encoding: .utf8)
    #expect(history.hasSuffix("what did \"Anna Berg\" say\n"), "\(history)")
  }

  @Test func tabListsChoicesAndCompletesPaths() throws {
    let workspace = try Workspace()
    try workspace.writeArticles()
    let shell = try TerminalSession(
      try HearsayExecutable.path(), arguments: [], environment: workspace.environment)
    try shell.waitForPrompt()
    shell.type("who \t")
    try shell.waitFor("met")
    try shell.waitForPrompt()
    shell.type("\u{03}")
    try shell.waitForPrompt()
    // The editor redraws with cursor moves, so the completed path shows in the result.
    shell.type(".load \(workspace.path)/arti\t")
    shell.settle()
    shell.type("\r")
    try shell.waitFor("loaded 2 files")
    try shell.waitForPrompt()
    shell.type(".quit\r")
    #expect(shell.waitForExit() == 0)
  }

  @Test func aQueryOverSeveralLinesIsOneHistoryEntry() throws {
    let workspace = try Workspace()
    let articles = try workspace.writeArticles()
    let shell = try TerminalSession(
      try HearsayExecutable.path(), arguments: [articles], environment: workspace.environment)
    try shell.waitForPrompt()
    shell.type(".mode tsv\r")
    try shell.waitForPrompt()
    shell.type("who said * about (port\r")
    try shell.waitForPrompt("   ...> ")
    shell.type("  or rail)\r")
    try shell.waitFor("Tom Dale\t")
    try shell.waitForPrompt()
    // Ctrl-C on a continuation line drops the whole statement.
    shell.type("who said * about (nothing\r")
    try shell.waitForPrompt("   ...> ")
    shell.type("\u{03}")
    try shell.waitForPrompt()
    shell.type("\u{04}")
    #expect(shell.waitForExit() == 0)
    #expect(!shell.transcript.contains("error:"))
    let history = try String(contentsOfFile: workspace.historyPath, encoding: .utf8)
    #expect(history == ".mode tsv\nwho said * about (port\\n  or rail)\n", "\(history)")
  }

  @Test func twoShellsAppendToOneHistory() throws {
    let workspace = try Workspace()
    let executable = try HearsayExecutable.path()
    let first = try TerminalSession(executable, arguments: [], environment: workspace.environment)
    let second = try TerminalSession(executable, arguments: [], environment: workspace.environment)
    try first.waitForPrompt()
    try second.waitForPrompt()
    for round in 0..<5 {
      first.type(".set a\(round) 1\r")
      second.type(".set b\(round) 2\r")
      try first.waitForPrompt()
      try second.waitForPrompt()
    }
    first.type("\u{04}")
    second.type("\u{04}")
    #expect(first.waitForExit() == 0)
    #expect(second.waitForExit() == 0)
    let lines = try String(contentsOfFile: workspace.historyPath, encoding: .utf8)
      .split(separator: "\n").map(String.init)
    #expect(lines.count == 10)
    #expect(lines.filter { $0.hasPrefix(".set a") } == (0..<5).map { ".set a\($0) 1" })
    #expect(lines.filter { $0.hasPrefix(".set b") } == (0..<5).map { ".set b\($0) 2" })
  }

  @Test func ctrlCCancelsALoadAndKeepsTheModel() throws {
    let workspace = try Workspace()
    let articles = try workspace.writeArticles()
    let many = try workspace.writeManyArticles(600)
    let shell = try TerminalSession(
      try HearsayExecutable.path(), arguments: [articles], environment: workspace.environment)
    try shell.waitForPrompt()
    shell.type(".load \(many)\r")
    // The bar shows after a second, while the load is still going.
    try shell.waitFor("loading [", timeout: .seconds(60))
    shell.type("\u{03}")
    try shell.waitFor("load cancelled; still 2 articles", timeout: .seconds(10))
    try shell.waitForPrompt()
    shell.type(".stats\r")
    try shell.waitFor("articles     2")
    try shell.waitForPrompt()
    shell.type(".quit\r")
    #expect(shell.waitForExit() == 0)
  }

  @Test func editOpensTheLastQueryInTheEditor() throws {
    let workspace = try Workspace()
    let articles = try workspace.writeArticles()
    let editor = try workspace.write(
      "editor.sh", "#!/bin/sh\nsed -i 's/port/rail/' \"$1\"\n")
    chmod(editor, 0o755)
    var environment = workspace.environment
    environment["EDITOR"] = editor
    let shell = try TerminalSession(
      try HearsayExecutable.path(), arguments: [articles], environment: environment)
    try shell.waitForPrompt()
    shell.type(".mode tsv\r")
    try shell.waitForPrompt()
    shell.type("who said * about port\r")
    try shell.waitFor("Anna Berg\t")
    try shell.waitForPrompt()
    shell.type(".edit\r")
    try shell.waitFor("Tom Dale\t")
    try shell.waitForPrompt()
    shell.type(".quit\r")
    #expect(shell.waitForExit() == 0)
    let history = try String(contentsOfFile: workspace.historyPath, encoding: .utf8)
    #expect(history.contains("who said * about rail\n"))
  }
}
