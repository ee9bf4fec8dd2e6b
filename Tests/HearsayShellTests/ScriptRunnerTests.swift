import HearsayCore
import HearsayShell
import Testing

@Suite struct ScriptRunnerTests {
  private func run(_ script: String, named name: String = "f.hsq") throws
    -> (status: Int32, output: String, errors: String, path: String)
  {
    let folder = try TemporaryDirectory()
    let path = try folder.write(name, script)
    let output = StringSink()
    let errors = StringSink()
    let session = Session(output: output, errors: errors)
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
}
