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
  ]

  @Test func twoThousandRandomQueriesAnswerOrThrow() {
    var random = SplitMix64(state: 0x4845_4152_5341_59)
    let corpus = QueryTestCorpus.corpus
    var answered = 0
    for _ in 0..<2000 {
      var query = ""
      for _ in 0..<Int.random(in: 0...12, using: &random) {
        if Int.random(in: 0..<8, using: &random) == 0 {
          let scalar = Unicode.Scalar(UInt32.random(in: 0...0x2FF, using: &random)) ?? "?"
          query.unicodeScalars.append(scalar)
        } else {
          query += (Self.pieces.randomElement(using: &random) ?? "") + " "
        }
      }
      do {
        _ = try QueryEngine.run(query, on: corpus)
        answered += 1
      } catch {
        #expect(error.range.lowerBound >= 0 && error.range.upperBound <= query.count, "\(query)")
        #expect(!error.message.isEmpty)
      }
    }
    #expect(answered > 0)
  }
}
