import HearsayCore
import HearsayShell
import Testing

@Suite struct ScriptRunnerTests {
  private func run(
    _ script: String, named name: String = "f.hsq", bail: Bool = true,
    parameters: [String: String] = [:]
  ) throws -> (status: Int32, output: String, errors: String, path: String) {
    let folder = try TemporaryDirectory()
    let path = try folder.write(name, script)
    let output = StringSink()
    let errors = StringSink()
    let session = Session(output: output, errors: errors)
    session.bail = bail
    session.parameters = parameters
    let status = ScriptRunner(path: path).run(in: session)
    return (status, output.text, errors.text, path)
  }

  @Test func runsEveryLineSkippingCommentsAndBlanks() throws {
    let result = try run("# settings\n\n.mode csv\n   \n.mode\n.headers off\n.headers\n")
    #expect(result.status == 0)
    #expect(result.output == "output mode: csv\nheaders: off\n")
    #expect(result.errors.isEmpty)
  }

  @Test func errorsNameTheFileLineAndColumn() throws {
    let result = try run(".mode csv\n# two\n    .mood tsv\n.mode\n")
    #expect(result.status == 1)
    #expect(result.errors.hasPrefix("\(result.path):3:5: error: unknown command '.mood'\n"))
    #expect(result.errors.contains("\n  .mood tsv\n  ^"))
    // The script stopped at the error: `.mode` on line 4 printed nothing.
    #expect(result.output.isEmpty)
  }

  @Test func queryErrorColumnsCountFromTheQueryStart() throws {
    let result = try run(".mode tsv\n\nwho sed * about X\n")
    #expect(result.status == 1)
    #expect(result.errors.hasPrefix("\(result.path):3:5: error: "))
  }

  @Test func windowsLineEndingsKeepTheLineNumbers() throws {
    let result = try run(".mode csv\r\n\r\n.bad\r\n")
    #expect(result.status == 1)
    #expect(result.errors.hasPrefix("\(result.path):3:1: error: unknown command '.bad'\n"))
  }

  @Test func quitEndsTheScriptWithSuccess() throws {
    let result = try run(".quit\n.bad\n")
    #expect(result.status == 0)
    #expect(result.errors.isEmpty)
  }

  @Test func aMissingScriptIsAnError() throws {
    let folder = try TemporaryDirectory()
    let path = folder.child("nowhere.hsq")
    let errors = StringSink()
    let session = Session(output: StringSink(), errors: errors)
    #expect(ScriptRunner(path: path).run(in: session) == 1)
    #expect(errors.text == "hearsay: \(path): No such file or directory\n")
  }

  @Test func aShebangLineIsAComment() throws {
    let result = try run("#!/usr/bin/env -S hearsay -f\n.mode\n")
    #expect(result.status == 0)
    #expect(result.output == "output mode: tsv\n")
  }

  @Test func queriesGoOnOverLinesAndErrorsPointIntoThem() throws {
    let result = try run(".mode\nwho said * about (port\n  # a comment inside\n  or )\n.mode\n")
    #expect(result.status == 1)
    #expect(result.errors.hasPrefix("\(result.path):4:6: error: "), "\(result.errors)")
    #expect(result.output == "output mode: tsv\n")
  }

  @Test func withBailOffTheScriptGoesOnAndFailsAtTheEnd() throws {
    let result = try run(".bad\n.mode\n.worse\n.headers\n", bail: false)
    #expect(result.status == 1)
    #expect(result.output == "output mode: tsv\nheaders: on\n")
    #expect(result.errors.contains(":1:1: error: unknown command '.bad'"))
    #expect(result.errors.contains(":3:1: error: unknown command '.worse'"))
  }

  @Test func parametersAreSubstitutedAndUnknownOnesLocated() throws {
    let result = try run(".mode $format\n.mode\n\n  .mode $fromat\n", parameters: ["format": "csv"])
    #expect(result.status == 1)
    #expect(result.output == "output mode: csv\n")
    #expect(
      result.errors.hasPrefix(
        "\(result.path):4:9: error: unknown parameter '$fromat'\n  .mode $fromat\n        ^~~~~~~\n"),
      "\(result.errors)")
    #expect(result.errors.contains("hint: did you mean '$format'?"))
  }

  @Test func sourcedPathsAreRelativeToTheSourcingFile() throws {
    let folder = try TemporaryDirectory()
    try folder.write("lib/settings.hsq", ".mode csv\n.source more/headers.hsq\n")
    try folder.write("lib/more/headers.hsq", ".headers off\n.bad\n")
    let main = try folder.write("main.hsq", ".source lib/settings.hsq\n.mode\n")
    let output = StringSink()
    let errors = StringSink()
    let session = Session(output: output, errors: errors)
    session.bail = true
    #expect(ScriptRunner(path: main).run(in: session) == 1)
    #expect(!session.headers)
    #expect(session.format == .csv)
    #expect(output.text.isEmpty, "main.hsq stopped at the failing .source")
    #expect(
      errors.text.hasPrefix("\(folder.path)/lib/more/headers.hsq:2:1: error: unknown command '.bad'"),
      "\(errors.text)")
    #expect(errors.text.split(separator: "\n").filter { $0.contains("error:") }.count == 1)
  }

  @Test func includeCyclesAreReported() throws {
    let folder = try TemporaryDirectory()
    try folder.write("a.hsq", ".mode csv\n.source b.hsq\n")
    try folder.write("b.hsq", "\n.source a.hsq\n.mode json\n")
    let output = StringSink()
    let errors = StringSink()
    let session = Session(output: output, errors: errors)
    session.bail = true
    let a = folder.child("a.hsq")
    #expect(ScriptRunner(path: a).run(in: session) == 1)
    let b = folder.child("b.hsq")
    #expect(
      errors.text.hasPrefix("\(b):2:9: error: '\(a)' is already running: \(a) → \(b) → \(a)\n"),
      "\(errors.text)")
    #expect(session.format == .csv)
  }

  @Test func quitInASourcedFileEndsEverything() throws {
    let folder = try TemporaryDirectory()
    try folder.write("inner.hsq", ".quit\n.mode csv\n")
    let main = try folder.write("main.hsq", ".source inner.hsq\n.mode json\n")
    let session = Session(output: StringSink(), errors: StringSink())
    #expect(ScriptRunner(path: main).run(in: session) == 0)
    #expect(session.format == .tsv)
  }
}
