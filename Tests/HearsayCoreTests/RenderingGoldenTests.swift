import Foundation
import HearsayCore
import Testing

/// Golden files: queries on `QueryTestCorpus` and what each output format makes of them.
///
/// Each `Golden/<case>.hsq` holds a query; beside it are the expected outputs: `.txt` (table), `.tsv`, `.csv`, `.json`, `.jsonl`, `.md`, or `.err` (the rendered
/// diagnostic) for a query that fails. `HEARSAY_RECORD=1 swift test` rewrites them and fails on
/// purpose; review the diff like code.
@Suite struct RenderingGoldenTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")
  static let cases: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
    .filter { $0.hasSuffix(".hsq") }.map { String($0.dropLast(4)) }.sorted()
  static let recording = ProcessInfo.processInfo.environment["HEARSAY_RECORD"] == "1"
  static let formats: [(format: OutputFormat, suffix: String)] = [
    (.table, "txt"), (.tsv, "tsv"), (.csv, "csv"), (.json, "json"), (.jsonl, "jsonl"),
    (.markdown, "md"),
  ]

  @Test func theFolderHasCases() {
    #expect(Self.cases.count >= 5)
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
    for (suffix, text) in outputs {
      let url = file(name, suffix)
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
