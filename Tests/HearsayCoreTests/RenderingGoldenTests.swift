import Foundation
import HearsayCore
import Testing

/// Golden files: queries and what each output format makes of them.
///
/// Each `Golden/<case>.hsq` holds a query on `QueryTestCorpus`; beside it are the expected
/// outputs: `.txt` (table), `.tsv`, `.csv`, `.json`, `.jsonl`, `.md`, or `.err` (the rendered
/// diagnostic) for a query that fails. Each `Golden/examples/<case>.hsq` holds one query a line
/// on the articles in `examples/`, each run with the result of the line before as the previous
/// one (for `context N`); beside it is the last line's `.txt`, or its `.err`.
/// `HEARSAY_RECORD=1 swift test` rewrites them and fails on purpose; review the diff like code.
@Suite struct RenderingGoldenTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")
  static let cases = caseNames(in: folder)
  static let exampleFolder = folder.appendingPathComponent("examples")
  static let exampleCases = caseNames(in: exampleFolder)
  static let recording = ProcessInfo.processInfo.environment["HEARSAY_RECORD"] == "1"
  static let formats: [(format: OutputFormat, suffix: String)] = [
    (.table, "txt"), (.tsv, "tsv"), (.csv, "csv"), (.json, "json"), (.jsonl, "jsonl"),
    (.markdown, "md"),
  ]

  static func caseNames(in folder: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
      .filter { $0.hasSuffix(".hsq") }.map { String($0.dropLast(4)) }.sorted()
  }

  @Test func theFoldersHaveCases() {
    #expect(Self.cases.count >= 5)
    #expect(Self.exampleCases.count >= 15)
  }

  @Test(arguments: cases)
  func matchesGoldenFiles(_ name: String) throws {
    let source = try String(contentsOf: file(name, "hsq"), encoding: .utf8)
    let query = source.hasSuffix("\n") ? String(source.dropLast()) : source
    var outputs: [(suffix: String, text: String)]
    do {
      let table = try QueryEngine.run(query, on: QueryTestCorpus.corpus)
      outputs = Self.formats.map { ($0.suffix, $0.format.render(table)) }
    } catch {
      outputs = [("err", DiagnosticRenderer.render(error, source: query, file: "\(name).hsq"))]
    }
    try check(outputs, name: name, in: Self.folder)
  }

  @Test(arguments: exampleCases)
  func matchesExampleGoldenFiles(_ name: String) throws {
    let url = Self.exampleFolder.appendingPathComponent("\(name).hsq")
    let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
    var previous: ResultTable?
    var output = ""
    for (number, line) in lines.enumerated() where !line.isEmpty {
      do {
        let table = try QueryEngine.run(line, on: QueryExampleCorpus.corpus, previous: previous)
        output = OutputFormat.table.render(table)
        previous = table
      } catch {
        output = DiagnosticRenderer.render(
          error, source: line, file: "\(name).hsq", line: number + 1)
        try check([("err", output)], name: name, in: Self.exampleFolder)
        return
      }
    }
    try check([("txt", output)], name: name, in: Self.exampleFolder)
  }

  private func check(_ outputs: [(suffix: String, text: String)], name: String, in folder: URL)
    throws
  {
    for (suffix, text) in outputs {
      let url = folder.appendingPathComponent("\(name).\(suffix)")
      if Self.recording {
        try text.write(to: url, atomically: true, encoding: .utf8)
        continue
      }
      guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("missing Golden/\(name).\(suffix): run HEARSAY_RECORD=1 swift test")
        continue
      }
      #expect(text == expected, "Golden/\(name).\(suffix)")
    }
    if Self.recording {
      Issue.record("recorded Golden/\(name).*: review the diff, then run without HEARSAY_RECORD")
    }
  }

  private func file(_ name: String, _ suffix: String) -> URL {
    Self.folder.appendingPathComponent("\(name).\(suffix)")
  }
}
