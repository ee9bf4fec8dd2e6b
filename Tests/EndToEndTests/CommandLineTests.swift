import Foundation
import Testing

/// The `hearsay` binary run as scripts and pipelines run it: options, exit statuses, streams.
@Suite struct CommandLineTests {
  @Test func helpExitsWithZero() throws {
    let workspace = try Workspace()
    let run = try HearsayRun.run(["--help"], in: workspace)
    #expect(run.status == 0)
    #expect(run.output.contains("USAGE: hearsay"))
    #expect(run.output.contains("-c, --command"))
    #expect(run.errors.isEmpty)
  }

  @Test(arguments: [["--bogus"], ["--format", "xml", "-c", "people"], ["-c"]])
  func usageErrorsExitWithTwo(arguments: [String]) throws {
    let workspace = try Workspace()
    let run = try HearsayRun.run(arguments, in: workspace)
    #expect(run.status == 2)
    #expect(run.errors.contains("Error:"))
    #expect(run.errors.contains("Usage: hearsay"))
    #expect(run.output.isEmpty)
  }

  @Test func commandsRunInOrderInTheChosenFormat() throws {
    let workspace = try Workspace()
    let articles = try workspace.writeArticles()
    let run = try HearsayRun.run(
      ["--format", "tsv", "--no-headers", "-c", ".mode", "-c", "who said * about port", articles],
      in: workspace)
    #expect(run.status == 0)
    #expect(run.errors.isEmpty)
    let lines = run.output.split(separator: "\n")
    #expect(lines.first == "output mode: tsv")
    #expect(lines.dropFirst().contains { $0.contains("Anna Berg\t") })
    #expect(!run.output.contains("Tom Dale"))
  }

  @Test func defaultFormatOffATerminalIsTSVWithHeaders() throws {
    let workspace = try Workspace()
    let run = try HearsayRun.run(["-c", ".mode", "-c", ".headers"], in: workspace)
    #expect(run.status == 0)
    #expect(run.output == "output mode: tsv\nheaders: on\n")
  }

  @Test func aFailingCommandStopsWithOne() throws {
    let workspace = try Workspace()
    let run = try HearsayRun.run(["-c", "who sed * about X", "-c", ".mode"], in: workspace)
    #expect(run.status == 1)
    #expect(run.errors.hasPrefix("error: "))
    #expect(run.errors.contains("\n  who sed * about X\n"))
    #expect(run.output.isEmpty)
  }

  @Test func scriptErrorsNameTheScriptLine() throws {
    let workspace = try Workspace()
    let script = try workspace.write(
      "script.hsq", "# check\nwho sed * about port\n.mode\n")
    let run = try HearsayRun.run(["-f", script], in: workspace)
    #expect(run.status == 1)
    #expect(run.errors.hasPrefix("\(script):2:5: error: "))
    #expect(run.output.isEmpty)
  }

  @Test func scriptsRunAfterCommands() throws {
    let workspace = try Workspace()
    let script = try workspace.write("s.hsq", ".mode\n\n  # indented comment\n.headers\n")
    let run = try HearsayRun.run(["-c", ".mode csv", "-f", script], in: workspace)
    #expect(run.status == 0)
    #expect(run.output == "output mode: csv\nheaders: on\n")
  }

  @Test func missingArticlesAreReportedOnePerLine() throws {
    let workspace = try Workspace()
    let missing = workspace.child("nowhere.txt")
    let run = try HearsayRun.run(["-c", ".mode", missing], in: workspace)
    #expect(run.status == 0)
    #expect(run.errors.hasPrefix("hearsay: \(missing): "))
    #expect(run.errors.split(separator: "\n").count == 1)
  }

  @Test func pipedQueriesRunWithoutPromptOrBanner() throws {
    let workspace = try Workspace()
    let articles = try workspace.writeArticles()
    let run = try HearsayRun.run(
      [articles], input: ".mode\n# comment\n.headers off\nwho said * about rail\n", in: workspace)
    #expect(run.status == 0)
    #expect(run.errors.isEmpty)
    #expect(run.output.hasPrefix("output mode: tsv\n"))
    #expect(run.output.contains("Tom Dale\t"))
    #expect(!run.output.contains("hearsay>"))
    #expect(!run.output.contains("hearsay 0.1"))
  }

  @Test func pipedQueriesGoOnAfterAnErrorAndExitWithOne() throws {
    let workspace = try Workspace()
    let run = try HearsayRun.run([], input: ".mode\n.mood\n.headers\n", in: workspace)
    #expect(run.status == 1)
    #expect(run.output == "output mode: tsv\nheaders: on\n")
    #expect(run.errors.hasPrefix("<stdin>:2:1: error: unknown command '.mood'\n"))
  }

  @Test func quitEndsPipedInput() throws {
    let workspace = try Workspace()
    let run = try HearsayRun.run([], input: ".mode\n.quit\n.mode\n", in: workspace)
    #expect(run.status == 0)
    #expect(run.output == "output mode: tsv\n")
  }

  @Test(arguments: ["commands", "stdin", "extract"])
  func aClosedPipeEndsQuietly(source: String) throws {
    let workspace = try Workspace()
    let articles = try workspace.writeArticles()
    let run: HearsayRun
    switch source {
    case "commands":
      run = try HearsayRun.runIntoClosedPipe(
        Array(repeating: ["-c", ".help"], count: 100).flatMap { $0 }, in: workspace)
    case "stdin":
      run = try HearsayRun.runIntoClosedPipe(
        [articles], input: String(repeating: ".help\nstatements\n", count: 200), in: workspace)
    default:
      run = try HearsayRun.runIntoClosedPipe(["extract", articles], in: workspace)
    }
    #expect(run.status == 0)
    #expect(run.errors.isEmpty)
  }

  @Test(arguments: [[], ["--meetings"], ["--entities"]])
  func extractPrintsJSONLines(flags: [String]) throws {
    let workspace = try Workspace()
    let articles = try workspace.writeArticles()
    let run = try HearsayRun.run(["extract"] + flags + [articles], in: workspace)
    #expect(run.status == 0)
    #expect(run.errors.isEmpty)
    for line in run.output.split(separator: "\n") {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
      #expect(object is [String: Any], "not a JSON object: \(line)")
    }
    if flags.isEmpty {
      #expect(run.output.contains("\"speaker\":\"Anna Berg\""))
    }
  }

  @Test func extractOptionsAreExclusive() throws {
    let workspace = try Workspace()
    let run = try HearsayRun.run(["extract", "--meetings", "--entities", "x"], in: workspace)
    #expect(run.status == 2)
    #expect(run.errors.contains("Usage: hearsay extract"))
  }

  @Test func aFileNamedExtractIsReachableAsDotSlash() throws {
    let workspace = try Workspace()
    try workspace.write("extract/a.txt", " date 2025-01-02 T\n\nAnna Berg said it was fine.\n")
    let run = try HearsayRun.run(
      ["-c", ".show", workspace.child("extract")], in: workspace)
    #expect(run.status == 0)
    #expect(run.output.contains("1 article"))
  }
}
