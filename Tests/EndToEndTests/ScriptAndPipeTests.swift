import Foundation
import Testing

/// Scripts, parameters, pipes and the options around them, run as a shell script would.
@Suite struct ScriptAndPipeTests {
  @Test func aPipeIntoHeadEndsQuietly() throws {
    let workspace = try Workspace()
    let articles = try workspace.writeArticles()
    let executable = try HearsayExecutable.path()
    let command =
      "set -o pipefail; yes statements | head -2000 | '\(executable)' '\(articles)' | head -1; "
      + "'\(executable)' -c statements -c statements -c people '\(articles)' | head -1"
    let run = try HearsayRun.run(["-c", command], shell: true, in: workspace)
    #expect(run.status == 0)
    let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 3 && lines[0].hasPrefix("speaker\t") && lines[0] == lines[1], "\(run.output)")
    #expect(run.errors.isEmpty, "\(run.errors)")
  }

  @Test func anExecutableScriptWithAnErrorAtAKnownLine() throws {
    let workspace = try Workspace()
    let articles = try workspace.writeArticles()
    let folder = (try HearsayExecutable.path() as NSString).deletingLastPathComponent
    let script = try workspace.write(
      "report.hsq",
      """
      #!/usr/bin/env -S hearsay -f
      # Who spoke about the port?
      .mode csv

      who said * about (port
        or harbor)
      who said * about $topic
      statements
      """)
    chmod(script, 0o755)
    var environment = workspace.environment
    environment["PATH"] = folder + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
    let run = try HearsayRun.run(
      ["-c", "'\(script)' '\(articles)'"], shell: true, environment: environment, in: workspace)
    #expect(run.status == 1)
    #expect(run.output.contains("Anna Berg,said,the port would open in May"))
    #expect(
      run.errors.hasPrefix(
        "\(script):7:18: error: unknown parameter '$topic'\n  who said * about $topic\n"),
      "\(run.errors)")
    #expect(!run.output.contains("Tom Dale"), "the script stopped at line 7")
  }

  @Test func parametersAndKeepGoing() throws {
    let workspace = try Workspace()
    let articles = try workspace.writeArticles()
    let script = try workspace.write(
      "s.hsq", "who sed\n.headers off\nwho said * about $topic\n")
    let run = try HearsayRun.run(
      ["--keep-going", "--param", "topic=rail", "-f", script, articles], in: workspace)
    #expect(run.status == 1)
    #expect(run.errors.hasPrefix("\(script):1:5: error: "))
    #expect(run.output.hasPrefix("Tom Dale\t"))
  }

  @Test(arguments: [["--param", "x"], ["--param", "9=1"]])
  func badParametersAreUsageErrors(arguments: [String]) throws {
    let workspace = try Workspace()
    let run = try HearsayRun.run(arguments + ["-c", ".mode"], in: workspace)
    #expect(run.status == 2)
    #expect(run.errors.contains("should be NAME=VALUE"))
  }

  @Test func commandsStopAtTheFirstErrorUnlessKeepGoing() throws {
    let workspace = try Workspace()
    let stopped = try HearsayRun.run(["-c", ".bad", "-c", ".mode"], in: workspace)
    #expect(stopped.status == 1)
    #expect(stopped.output.isEmpty)
    let going = try HearsayRun.run(["--keep-going", "-c", ".bad", "-c", ".mode"], in: workspace)
    #expect(going.status == 1)
    #expect(going.output == "output mode: tsv\n")
  }

  @Test func outputToAFullDiskIsAnErrorAndNoFileIsLeft() throws {
    let workspace = try Workspace()
    let articles = try workspace.writeArticles()
    let full = try HearsayRun.run(["-c", ".output /dev/full", "-c", "people", articles], in: workspace)
    #expect(full.status == 1)
    #expect(full.errors.contains("error: cannot write /dev/full: No space left on device"))
    let missing = workspace.child("no/such/out.tsv")
    let nowhere = try HearsayRun.run(["-c", ".output \(missing)", "-c", "people", articles], in: workspace)
    #expect(nowhere.status == 1)
    #expect(nowhere.errors == "error: cannot write \(missing): No such file or directory\n")
    let good = workspace.child("out.tsv")
    let written = try HearsayRun.run(["-c", ".output \(good)", "-c", "people", articles], in: workspace)
    #expect(written.status == 0)
    #expect(try String(contentsOfFile: good, encoding: .utf8).contains("Anna Berg"))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: workspace.path).filter {
        $0.contains(".hearsay-")
      }.isEmpty)
  }

  @Test func standardOutputOnAFullDiskFailsTheRun() throws {
    let workspace = try Workspace()
    let run = try HearsayRun.run(["-c", ".help"], outputPath: "/dev/full", in: workspace)
    #expect(run.status == 1)
    #expect(run.errors == "hearsay: cannot write standard output: No space left on device\n")
  }

  @Test func theInitFileRunsFirstUnlessTurnedOff() throws {
    let workspace = try Workspace()
    try workspace.write(".config/hearsay/init.hsq", ".mode csv\n.set topic port\n")
    let run = try HearsayRun.run(["-c", ".mode", "-c", ".set topic"], in: workspace)
    #expect(run.output == "output mode: csv\ntopic=port\n")
    let skipped = try HearsayRun.run(["--no-init", "-c", ".mode"], in: workspace)
    #expect(skipped.output == "output mode: tsv\n")
    let overridden = try HearsayRun.run(["--format", "json", "-c", ".mode"], in: workspace)
    #expect(overridden.output == "output mode: json\n")
  }

  @Test func aLoadInAPipeShowsNoProgress() throws {
    let workspace = try Workspace()
    let many = try workspace.writeManyArticles(150)
    let run = try HearsayRun.run(["-c", ".stats", many], in: workspace)
    #expect(run.status == 0)
    #expect(run.errors.isEmpty)
    #expect(run.output.contains("articles     150"))
  }

  @Test(arguments: ["bash", "zsh", "fish"])
  func completionScriptsKnowTheSubcommands(shell: String) throws {
    let workspace = try Workspace()
    let run = try HearsayRun.run(["--generate-completion-script", shell], in: workspace)
    #expect(run.status == 0)
    #expect(run.output.contains("extract"))
    #expect(run.output.contains("no-init"))
    #expect(run.errors.isEmpty)
  }

  @Test func versionAndHelp() throws {
    let workspace = try Workspace()
    let version = try HearsayRun.run(["--version"], in: workspace)
    #expect(version.status == 0)
    #expect(version.output == "0.1\n")
    let help = try HearsayRun.run(["--help"], in: workspace)
    for option in ["--format", "--no-headers", "--command", "--file", "--param", "--keep-going",
      "--no-init", "--no-color", "--version"]
    {
      #expect(help.output.contains(option), "--help mentions \(option)")
    }
    #expect(help.output.components(separatedBy: "Example:").count >= 9)
  }
}
