import Foundation
import HearsayCore
import HearsayShell
import Testing

/// The dot-commands beyond the basic settings: output files, parameters, timing, statistics,
/// help topics, reloading and editing.
@Suite struct SessionCommandTests {
  private let article = " date 2025-01-02 Port talks\n\nAnna Berg said the port would open in May.\n"

  private func makeSession() -> (Session, StringSink, StringSink) {
    let output = StringSink()
    let errors = StringSink()
    return (Session(output: output, errors: errors), output, errors)
  }

  @Test func outputSendsResultsToAFileUntilSwitchedBack() throws {
    let folder = try TemporaryDirectory()
    let (session, output, errors) = makeSession()
    session.load([try folder.write("a.txt", article)])
    let path = folder.child("out.tsv")
    #expect(session.execute(".output \(path)") == .success)
    #expect(session.execute("people") == .success)
    #expect(session.execute("people") == .success)
    #expect(!FileManager.default.fileExists(atPath: path), "not there before it is complete")
    #expect(session.execute(".output") == .success)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.components(separatedBy: "Anna Berg").count == 3)
    #expect(session.execute("people") == .success)
    #expect(output.text.hasPrefix("name\t"))
    #expect(errors.text.isEmpty)
  }

  @Test func onceSendsOneResult() throws {
    let folder = try TemporaryDirectory()
    let (session, output, _) = makeSession()
    session.load([try folder.write("a.txt", article)])
    let path = folder.child("once.csv")
    session.execute(".mode csv")
    #expect(session.execute(".once \(path)") == .success)
    #expect(session.execute("people") == .success)
    #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("name,"))
    #expect(session.execute("people") == .success)
    #expect(output.text.hasPrefix("name,"))
  }

  @Test func finishPutsAnOpenOutputFileInPlace() throws {
    let folder = try TemporaryDirectory()
    let (session, _, _) = makeSession()
    let path = folder.child("out.tsv")
    session.execute(".output \(path)")
    session.execute("people")
    #expect(session.finish())
    #expect(FileManager.default.fileExists(atPath: path))
  }

  @Test func aFullDiskIsReportedAndNothingIsClaimed() throws {
    let folder = try TemporaryDirectory()
    let (session, output, errors) = makeSession()
    session.load([try folder.write("a.txt", article)])
    #expect(session.execute(".once /dev/full", at: InputLocation(file: "r.hsq", line: 4)) == .success)
    #expect(session.execute("people", at: InputLocation(file: "r.hsq", line: 5)) == .failure)
    #expect(errors.text == "r.hsq:5:1: error: cannot write /dev/full: No space left on device\n")
    #expect(session.execute("people") == .success)
    #expect(output.text.hasPrefix("name\t"), "results go to the screen again")
  }

  @Test func anUnwritablePathIsReportedAtTheCommand() throws {
    let folder = try TemporaryDirectory()
    let (session, _, errors) = makeSession()
    let path = folder.child("missing/out.tsv")
    #expect(session.execute(".output \(path)") == .failure)
    #expect(errors.text == "error: cannot write \(path): No such file or directory\n")
    #expect(session.outputPath == nil)
  }

  @Test func parametersAreSetListedAndUsed() {
    let (session, output, errors) = makeSession()
    #expect(session.execute(".set fmt csv") == .success)
    #expect(session.execute(".set who Anna Berg") == .success)
    #expect(session.execute(".mode $fmt") == .success)
    #expect(session.format == .csv)
    #expect(session.execute(".set") == .success)
    #expect(session.execute(".set who") == .success)
    #expect(output.text == "fmt=csv\nwho=Anna Berg\nwho=Anna Berg\n")
    #expect(session.execute(".unset fmt") == .success)
    #expect(session.execute(".mode $fmt") == .failure)
    #expect(errors.text.hasPrefix("error: unknown parameter '$fmt'\n  .mode $fmt\n        ^~~~\n"))
  }

  @Test func settingsShowAndChange() {
    let (session, output, _) = makeSession()
    for line in [".timer on", ".timer", ".bail on", ".bail", ".pager off", ".pager"] {
      #expect(session.execute(line) == .success)
    }
    #expect(output.text == "timer: on\nbail: on\npager: off\n")
    #expect(session.timer && session.bail && !session.pagerEnabled)
  }

  @Test func timerPrintsRunTimesOnTheErrorSink() {
    let (session, output, errors) = makeSession()
    session.execute(".timer on")
    #expect(session.execute("people") == .success)
    #expect(output.text == "name\taliases\troles\tmentions\tarticles\n" || !output.text.isEmpty)
    #expect(errors.text.hasPrefix("run time: 0."))
    #expect(errors.text.hasSuffix(" s\n"))
  }

  @Test func statsCountWhatIsLoadedAndWhatWasSkipped() throws {
    let folder = try TemporaryDirectory()
    try folder.write("news/a.txt", article)
    try folder.write("news/empty.txt", "")
    try folder.write("news/also-empty.txt", "")
    let (session, output, errors) = makeSession()
    session.load([folder.child("news")])
    #expect(errors.text.split(separator: "\n").count == 2)
    #expect(session.execute(".stats") == .success)
    let text = output.text
    for label in ["articles     1", "sentences", "statements", "entities", "meetings", "load time", "peak memory"] {
      #expect(text.contains(label), "\(label) in \(text)")
    }
    #expect(text.contains("files        3 read"))
    #expect(text.contains(", 2 skipped"))
    #expect(text.contains("skipped files:\n  2  "))
  }

  @Test func helpTopics() {
    let (session, output, errors) = makeSession()
    #expect(session.execute(".help .output") == .success)
    #expect(output.text.hasPrefix(".output [FILE]\n  Send results to FILE"))
    #expect(session.execute(".help scripts") == .success)
    #expect(output.text.contains("report.hsq:LINE:COLUMN"))
    #expect(session.execute(".help lod") == .failure)
    #expect(errors.text.hasPrefix("error: no help on 'lod'"))
    #expect(errors.text.contains("did you mean 'load'?"))
  }

  @Test func reloadReadsTheSamePathsAgain() throws {
    let folder = try TemporaryDirectory()
    let (session, _, errors) = makeSession()
    #expect(session.execute(".reload") == .failure)
    #expect(errors.text.hasPrefix("error: nothing to reload"))
    let path = try folder.write("a.txt", article)
    session.load([path])
    #expect(session.corpus.articles.count == 1)
    try folder.write("a.txt", article + "\nTom Dale said the port was late.\n")
    #expect(session.execute(".reload") == .success)
    #expect(session.corpus.statements.count == 2)
  }

  @Test func editRunsWhatTheEditorSaved() {
    let (session, output, _) = makeSession()
    var opened: [String] = []
    var remembered: [String] = []
    session.editText = { text in
      opened.append(text)
      return "  .mode json\n.mode\n\n"
    }
    session.remember = { remembered.append($0) }
    session.execute("people")
    #expect(session.execute(".edit") == .success)
    #expect(opened == ["people"])
    #expect(remembered == [".mode json\n.mode"])
    #expect(output.text.hasSuffix("output mode: json\n"))
  }

  @Test func editFailuresRunNothing() {
    let (session, output, errors) = makeSession()
    session.editText = { _ throws(ExternalEditor.Failure) in
      throw ExternalEditor.Failure(description: "the editor 'vi' exited with status 1; nothing was run")
    }
    #expect(session.execute(".edit") == .failure)
    #expect(errors.text == "error: the editor 'vi' exited with status 1; nothing was run\n")
    #expect(output.text.isEmpty)
  }

  @Test func theEditorGetsTheTextAndGivesBackTheSavedFile() throws {
    let folder = try TemporaryDirectory()
    let script = try folder.write("editor.sh", "#!/bin/sh\ncat \"$1\" > \(folder.path)/seen\necho '.mode csv' > \"$1\"\n")
    chmod(script, 0o755)
    let edited = try ExternalEditor(command: script).edit("people")
    #expect(edited == ".mode csv\n")
    #expect(try String(contentsOfFile: folder.child("seen"), encoding: .utf8) == "people\n")
    #expect(throws: ExternalEditor.Failure.self) { try ExternalEditor(command: "exit 3").edit("") }
  }
}
