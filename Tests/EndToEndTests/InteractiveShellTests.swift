import Foundation
import Testing

/// The interactive shell through a pseudo-terminal: prompt, banner, Ctrl-C, Ctrl-D, history.
@Suite struct InteractiveShellTests {
  @Test func aSessionAndItsHistory() throws {
    let workspace = try Workspace()
    let articles = try workspace.writeArticles()
    let executable = try HearsayExecutable.path()

    let first = try TerminalSession(
      executable, arguments: [articles], environment: workspace.environment)
    try first.waitFor("hearsay 0.1 — 2 articles, ")
    try first.waitForPrompt()
    first.type(".mode tsv\r")
    try first.waitForPrompt()
    first.type(".mode\r")
    try first.waitFor("output mode: tsv")
    try first.waitForPrompt()
    first.type("who said * about port\r")
    try first.waitFor("Anna Berg\t")
    try first.waitForPrompt()

    // Ctrl-C drops the half-typed line and the shell goes on.
    first.type("who sed")
    first.settle()
    first.type("\u{03}")
    try first.waitForPrompt()
    first.type(".headers\r")
    try first.waitFor("headers: on")
    #expect(!first.transcript.contains("error:"), "the dropped line must not run")
    try first.waitForPrompt()

    first.type(".mode csv\r")
    try first.waitForPrompt()
    first.type("\u{04}")
    #expect(first.waitForExit() == 0)

    let history = try String(contentsOfFile: workspace.historyPath, encoding: .utf8)
    #expect(
      history == ".mode tsv\n.mode\nwho said * about port\n.headers\n.mode csv\n",
      "history file: \(history.debugDescription)")

    // A new shell starts from that history: Up recalls `.mode csv`.
    let second = try TerminalSession(
      executable, arguments: [articles], environment: workspace.environment)
    try second.waitForPrompt()
    second.type("\u{1b}[A")
    try second.waitFor(".mode csv")
    second.type("\r")
    try second.waitForPrompt()
    second.type(".mode\r")
    try second.waitFor("output mode: csv")
    try second.waitForPrompt()
    second.type("\u{04}")
    #expect(second.waitForExit() == 0)
    #expect(!second.transcript.contains("error:"))
  }

  @Test func errorsShowACaretAndTheShellGoesOn() throws {
    let workspace = try Workspace()
    let executable = try HearsayExecutable.path()
    let shell = try TerminalSession(executable, arguments: [], environment: workspace.environment)
    try shell.waitFor("hearsay 0.1 — 0 articles, 0 statements. .help for help")
    try shell.waitForPrompt()
    shell.type(".mood\r")
    try shell.waitFor("error: unknown command '.mood'")
    try shell.waitFor("hint: did you mean '.mode'?")
    try shell.waitForPrompt()
    shell.type("who sed * about X\r")
    try shell.waitFor("error: ")
    try shell.waitForPrompt()
    shell.type(".quit\r")
    #expect(shell.waitForExit() == 0)
  }

  @Test func nonASCIIInputSurvivesTheEditor() throws {
    let workspace = try Workspace()
    let executable = try HearsayExecutable.path()
    let shell = try TerminalSession(executable, arguments: [], environment: workspace.environment)
    try shell.waitForPrompt()
    shell.type(".lœd x\r")
    try shell.waitFor("error: unknown command '.lœd'")
    try shell.waitForPrompt()
    shell.type("\u{04}")
    #expect(shell.waitForExit() == 0)
  }
}
