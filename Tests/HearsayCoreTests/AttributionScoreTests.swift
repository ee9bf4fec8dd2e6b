import Foundation
import Testing

@testable import HearsayCore

/// The evaluation command's scorer: brat parsing, matching, and agreement with the reference
/// scorer `tools/score/score.py` on PolNeAR dev.
@Suite struct AttributionScoreTests {
  @Test func parsesSpansEventsAndDiscontinuousSpans() {
    let ann = """
      T1\tSource 0 4\tMara
      T2\tCue 5 9\tsaid
      E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
      T3\tContent 10 20;21 30\tthe plan …
      T4\tAttribution 5 9\tsaid
      E2\tAttribution:T5 Cue:T2
      """
    let gold = BratAnnotations.parse(ann)
    #expect(gold.count == 1)  // E2 has no content
    #expect(gold.first?.content == TextSpan(start: 10, end: 30))
    #expect(gold.first?.source == TextSpan(start: 0, end: 4))
  }

  @Test func matchingTakesTheBestUnusedStatement() {
    func statement(_ id: Int, _ content: TextSpan, _ source: TextSpan?) -> Statement {
      Statement(
        id: StatementID(id), article: ArticleID(0), sentence: 0, speaker: "x", speakers: ["x"],
        speakerEntities: [], cue: "said", content: "", kind: .indirect, sourceSpan: source,
        cueSpan: TextSpan(start: 0, end: 1), contentSpan: content)
    }
    var score = AttributionScore()
    let gold = [
      GoldAttribution(source: TextSpan(start: 0, end: 4), cue: nil, content: TextSpan(start: 10, end: 30)),
      GoldAttribution(source: TextSpan(start: 40, end: 44), cue: nil, content: TextSpan(start: 50, end: 60)),
    ]
    let system = [
      statement(0, TextSpan(start: 12, end: 30), TextSpan(start: 1, end: 3)),  // matches gold 1, source right
      statement(1, TextSpan(start: 59, end: 90), nil),  // overlaps gold 2 by 1/31: no match
    ]
    score.add(article: ArticleID(0), statements: system, gold: gold, overlap: 0.3)
    #expect(score.matched == 1)
    #expect(score.sourceRight == 1)
    #expect(score.gold == 2)
    #expect(score.system == 2)
    #expect(abs(score.f1 - 0.5) < 1e-9)
    #expect(score.misses.count == 2)
  }

  /// Our figures and score.py's agree on PolNeAR dev (needs ../shared and python3).
  @Test func agreesWithTheReferenceScorer() throws {
    let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared")
    let dev = shared.appendingPathComponent("corpora/polnear/dev").path
    let scorer = shared.appendingPathComponent("tools/score/score.py").path
    guard FileManager.default.fileExists(atPath: dev), FileManager.default.fileExists(atPath: "/usr/bin/env") else { return }
    let gold = try GoldCorpus.load(dev).get()
    let corpus = CorpusLoader().load(paths: [gold.textFolder]).corpus
    let ours = gold.score(corpus)
    let system = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-eval-\(getpid()).jsonl")
    try ExtractRecords.statements(in: corpus).write(to: system, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: system) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", scorer, "--system", system.path, "--polnear", dev]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return }  // no python3 here
    #expect(output.contains("gold=\(ours.gold) system=\(ours.system) matched=\(ours.matched)"), "\(output)")
    let f1 = String(format: "f1=%.3f source=%.3f", ours.f1, ours.sourceAccuracy)
    #expect(output.contains(f1), "\(output) vs \(f1)")
  }
}
