@testable import HearsayCore
import Testing

/// Counting by speaker and topic on numbered keys (`keyCounts`, `rankedKeys`) gives what the
/// counting by name it stands in for (`tally`, `ranked`) gives, and stands aside where it would
/// not.
@Suite struct QueryKeyCountsTests {
  /// A corpus whose speakers are written without entities, one name in two spellings (composed
  /// and decomposed é), one equal to an entity's name, and a statement with two speakers.
  static let respelled: Corpus = {
    let entities = [
      Entity(
        id: EntityID(0), name: "Ana Ruiz", kind: .person, aliases: [], roles: [],
        articles: [ArticleID(0)], mentions: 1),
      Entity(
        id: EntityID(1), name: "Ana Ruiz", kind: .person, aliases: [], roles: [],
        articles: [ArticleID(0)], mentions: 1),
    ]
    let rows: [(String, [String], [Int], StatementKind, [Int])] = [
      ("Jos\u{E9}", [], [], .direct, []), ("Jose\u{301}", [], [], .indirect, [0]),
      ("officials", [], [], .indirect, [0, 1, 0]), ("Ana Ruiz", [], [], .direct, [1]),
      ("they", ["Ana Ruiz", "Bo Li", "Ana Ruiz"], [0], .discussion, []),
      ("Ana", ["Ana Ruiz"], [0], .direct, []), ("both", ["Ana Ruiz", "Ana Ruiz"], [0, 1], .direct, []),
      ("officials", [], [], .belief, [1]),
    ]
    let statements = rows.enumerated().map { index, row in
      Statement(
        id: StatementID(index), article: ArticleID(0), sentence: index, speaker: row.0,
        speakers: row.1, speakerEntities: row.2.map(EntityID.init), cue: "said", content: "x",
        kind: row.3, sourceSpan: nil, cueSpan: TextSpan(start: 0, end: 0),
        contentSpan: TextSpan(start: 0, end: 0))
    }
    let article = Article(
      id: ArticleID(0), path: "a.txt", format: .datedText, date: nil, title: "t", source: nil,
      text: "t", bodyStart: 0, sentences: [])
    return Corpus(
      articles: [article], entities: entities, statements: statements, meetings: [],
      statementTopics: rows.map { $0.4.map(EntityID.init) })
  }()

  static let corpora: [(String, Corpus)] = [
    ("test", QueryTestCorpus.corpus), ("examples", QueryExampleCorpus.corpus),
    ("respelled", respelled),
  ]

  /// Subsets of a corpus's statements: all, none, speech, every other one, the last ones.
  static func selections(of corpus: Corpus) -> [[Int]] {
    let all = Array(corpus.statements.indices)
    return [
      all, [], all.filter { corpus.statements[$0].kind.isSpeech }, all.filter { $0 % 2 == 0 },
      Array(all.suffix(3)),
    ]
  }

  static func shown(_ pairs: [(key: String, count: Int)]) -> [String] {
    pairs.map { "\($0.key)=\($0.count)" }
  }

  @Test func ranksAsTheCountsByNameDo() throws {
    for (name, corpus) in Self.corpora {
      for found in Self.selections(of: corpus) {
        for group in [GroupKey.speaker, .topic] {
          for excluding in [Set<EntityID>(), [EntityID(0)]] {
            let byName = QueryEvaluator.tally(found, by: group, excluding: excluding, corpus: corpus)
            guard
              let keyed = QueryEvaluator.keyCounts(
                found, by: group, excluding: excluding, corpus: corpus)
            else {
              #expect(group == .speaker, "\(name) \(group)")
              continue
            }
            for descending in [true, false] {
              for limit in [nil, 0, 1, 2, 3, 100] {
                let fast = QueryEvaluator.rankedKeys(
                  keyed, descending: descending, limit: limit, columns: corpus.words.columns)
                let slow = QueryEvaluator.ranked(byName, descending: descending, limit: limit)
                #expect(
                  Self.shown(fast) == Self.shown(slow),
                  "\(name) \(group) \(found) \(descending) \(String(describing: limit))")
              }
            }
          }
        }
      }
    }
  }

  @Test func standsAsideForNamesWrittenTwoWays() throws {
    let corpus = Self.respelled
    #expect(QueryEvaluator.keyCounts([0, 1], by: .speaker, corpus: corpus) == nil)
    #expect(QueryEvaluator.keyCounts([0], by: .speaker, corpus: corpus) == nil)
    #expect(QueryEvaluator.keyCounts([2, 3, 4, 5, 6], by: .speaker, corpus: corpus) != nil)
    #expect(QueryEvaluator.keyCounts([4], by: .speaker, excluding: [EntityID(0)], corpus: corpus) == nil)
    // Counted the slower way, the first spelling met is the one shown.
    let table = try QueryEngine.run("count statements by speaker kind any", on: corpus)
    let composed = Array("Jos\u{E9}".utf8)
    #expect(table.rows.contains { Array($0[0].utf8) == composed && $0[1] == "2" })
  }
}
