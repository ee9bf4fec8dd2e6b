import HearsayCore
import Testing

/// Random queries, the same ones every run: the language must answer or throw, never crash or
/// hang, and errors must point inside the query.
@Suite struct QueryFuzzTests {
  /// SplitMix64: a small deterministic generator, so a failing case can be replayed.
  struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  static let pieces = [
    "who", "said", "sed", "met", "what", "did", "say", "statements", "count", "people",
    "organizations", "places", "meetings", "about", "by", "with", "like", "limit", "sort", "asc",
    "desc", "in", "since", "until", "kind", "direct", "indirect", "belief", "any", "and", "or",
    "not", "(", ")", "\"", "'", "“", "”", "*", "tariff*", "\"third party\"", "Marsh", "Brenner",
    "NMC", "Elena Marsh", "2024", "2025-03", "2024-13-45", "0", "3", "-1", "speaker", "month",
    "cue", "date", "mentions", "count", "\t", "\n", "é", "🦀", "\u{1B}[2J", "\u{0}", "\\", ",",
    "mentioned", "discussed", "top", "speakers", "topics", "articles", "show", "context",
    "mentioning", "from", "with", "spans", "where", "|", "=", "!=", "!", "| count by speaker",
    "| top 2", "| sort by date desc", "| limit 1", "| where cue = said", "01_harbor_summit",
    "Meridian", "99999999999999999999", "topic", "statements", "((", "))", "(NMC or Kessaly)",
  ]

  /// Starts that parse, so the random tails reach clauses and stages, not only form errors.
  static let starts = [
    "", "", "who said * ", "who mentioned NMC ", "articles ", "show 01_harbor_summit ",
    "context 1 ", "top 3 topics ", "statements ", "count statements by topic ", "people ",
  ]

  @Test func twoThousandRandomQueriesAnswerOrThrow() {
    var random = SplitMix64(state: 0x4845_4152_5341_59)
    let corpus = QueryTestCorpus.corpus
    var answered = 0
    var previous: ResultTable?
    for _ in 0..<2000 {
      var query = Self.starts.randomElement(using: &random) ?? ""
      for _ in 0..<Int.random(in: 0...12, using: &random) {
        if Int.random(in: 0..<8, using: &random) == 0 {
          let scalar = Unicode.Scalar(UInt32.random(in: 0...0x2FF, using: &random)) ?? "?"
          query.unicodeScalars.append(scalar)
        } else {
          query += (Self.pieces.randomElement(using: &random) ?? "") + " "
        }
      }
      do {
        let table = try QueryEngine.run(query, on: corpus, previous: previous)
        #expect(table.rowSources.isEmpty || table.rowSources.count == table.rows.count, "\(query)")
        previous = table
        answered += 1
      } catch {
        #expect(error.range.lowerBound >= 0 && error.range.upperBound <= query.count, "\(query)")
        #expect(!error.message.isEmpty)
      }
    }
    #expect(answered > 0)
  }

  /// The same on the example articles, whose sentences `who mentioned`, `show` and `context`
  /// read, with nested parentheses and long pipelines.
  @Test func randomQueriesOnTheExamplesAnswerOrThrow() {
    var random = SplitMix64(state: 0x5049_5045_4c49_4e45)
    let corpus = QueryExampleCorpus.corpus
    var previous: ResultTable?
    var answered = 0
    for _ in 0..<1000 {
      var query = Self.starts.randomElement(using: &random) ?? ""
      let depth = Int.random(in: 0...70, using: &random)
      if Int.random(in: 0..<4, using: &random) == 0 {
        query =
          "who mentioned " + String(repeating: "(", count: depth) + "Lisbury"
          + String(repeating: " or NMC)", count: Int.random(in: 0...depth, using: &random))
      }
      for _ in 0..<Int.random(in: 0...10, using: &random) {
        query += (Self.pieces.randomElement(using: &random) ?? "") + " "
      }
      do {
        let table = try QueryEngine.run(query, on: corpus, previous: previous)
        previous = table
        answered += 1
      } catch {
        #expect(error.range.lowerBound >= 0 && error.range.upperBound <= query.count, "\(query)")
        #expect(
          !error.message.unicodeScalars.contains { $0.value < 0x20 }, "control in \(query)")
      }
    }
    #expect(answered > 0)
  }
}
