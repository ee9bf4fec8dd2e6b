import HearsayCore

/// A small hand-made corpus for query and rendering tests.
///
/// Everyone and everything in it is
/// invented: Valdoria and Kessaly, their foreign ministers Elena Marsh and Jonas Varga, the
/// Northern Maritime Council (NMC), Port Avalon's mayor Ida Brenner and treasurer Karl Brenner.
enum QueryTestCorpus {
  static let corpus: Corpus = {
    let articles = [
      article(
        0, "news/01_harbor_summit.txt", "2025-03-13", "Ministers meet in Port Avalon",
        "Meridian News Agency"),
      article(1, "news/02_grain_call.txt", "2025-03-20", "Grain route call", "Coastal Herald"),
      article(
        2, "news/03_council_budget.txt", "2024-10-02", "Harbour budget", "Meridian News Agency"),
      article(3, "news/04_notice.md", nil, "Harbour notice", nil),
    ]
    let entities = [
      entity(0, "Elena Marsh", .person, ["Marsh"], ["Valdorian Foreign Minister"], [0, 1, 3], 6),
      entity(1, "Jonas Varga", .person, ["Varga"], ["Kessalian Foreign Minister"], [0, 1], 4),
      entity(2, "Northern Maritime Council", .organization, ["NMC"], [], [0, 2], 3),
      entity(3, "Valdoria", .place, ["Valdorian"], [], [0, 1], 3),
      entity(4, "Kessaly", .place, ["Kessalian"], [], [0, 3], 3),
      entity(5, "Port Avalon", .place, [], [], [0], 2),
      entity(6, "Ida Brenner", .person, ["Brenner"], ["Mayor of Port Avalon"], [2], 2),
      entity(7, "Karl Brenner", .person, ["Brenner"], ["council treasurer"], [2], 2),
      entity(8, "officials", .group, [], [], [2], 1),
    ]
    // (article, speaker, speakers, speaker entities, cue, content, kind, topics)
    let rows: [(Int, String, [String], [Int], String, String, StatementKind, [Int])] = [
      (
        0, "Elena Marsh", ["Elena Marsh"], [0], "said",
        "Closer cooperation on coastal shipping serves the long-term interests of both peoples",
        .direct, []
      ),
      (
        0, "Marsh", ["Elena Marsh"], [0], "said",
        "the two countries had built a steady partnership over three decades", .indirect, []
      ),
      (
        0, "She", ["Elena Marsh"], [0], "noted",
        "the Northern Maritime Council (NMC) had approved a new shipping corridor last month, and that Valdoria was ready to fund its first phase",
        .indirect, [2, 3]
      ),
      (
        0, "Varga", ["Jonas Varga"], [1], "said",
        "Kessaly welcomed the corridor plan and would send port engineers to Port Avalon in April",
        .indirect, [4, 5]
      ),
      (
        0, "Varga", ["Jonas Varga"], [1], "added",
        "The NMC framework gives smaller ports a fair share of the new traffic", .direct, [2]
      ),
      (
        0, "They", ["Elena Marsh", "Jonas Varga"], [0, 1], "exchanged views on",
        "fishing quotas in the Grey Sound", .discussion, []
      ),
      (
        1, "Elena Marsh", ["Elena Marsh"], [0], "believes",
        "the grain route must stay open through the winter", .belief, []
      ),
      (
        1, "Jonas Varga", ["Jonas Varga"], [1], "told reporters",
        "We will not accept third-party inspections of our grain ships", .direct, []
      ),
      (
        2, "Ida Brenner", ["Ida Brenner"], [6], "said",
        "The harbour budget is \"balanced\", with a small surplus for repairs", .direct, [5]
      ),
      (
        2, "Karl Brenner", ["Karl Brenner"], [7], "warned",
        "tariffs on imported steel would raise the cost of the new quay", .indirect, []
      ),
      (
        2, "officials", ["officials"], [8], "said",
        "the Northern Maritime Council would review the quay plan", .indirect, [2]
      ),
      (
        3, "Elena Marsh", ["Elena Marsh"], [0], "said",
        "Tariff talks with Kessaly resume next week", .direct, [4]
      ),
      (
        3, "harbour master", ["harbour master"], [], "said",
        "Red \u{1B}[31malert\u{1B}[0m: berth 4 is closed,\tsee notice\n\"Notice 12\" | urgent",
        .direct, []
      ),
    ]
    let statements = rows.enumerated().map { index, row in
      Statement(
        id: StatementID(index), article: ArticleID(row.0), sentence: index, speaker: row.1,
        speakers: row.2, speakerEntities: row.3.map(EntityID.init), cue: row.4, content: row.5,
        kind: row.6, sourceSpan: nil, cueSpan: TextSpan(start: 0, end: 0),
        contentSpan: TextSpan(start: 0, end: 0))
    }
    let meetings = [
      Meeting(
        article: ArticleID(0), sentence: 0, participants: ["Elena Marsh", "Jonas Varga"],
        participantEntities: [EntityID(0), EntityID(1)], date: CalendarDate(iso: "2025-03-11"),
        place: "Port Avalon", kind: .meeting, planned: false),
      Meeting(
        article: ArticleID(1), sentence: 0, participants: ["Jonas Varga", "Elena Marsh"],
        participantEntities: [EntityID(1), EntityID(0)], date: CalendarDate(iso: "2025-03-19"),
        place: nil, kind: .call, planned: false),
      Meeting(
        article: ArticleID(2), sentence: 0,
        participants: ["Ida Brenner", "Northern Maritime Council"],
        participantEntities: [EntityID(6), EntityID(2)], date: nil, place: "Port Avalon",
        kind: .meeting, planned: true),
    ]
    return Corpus(
      articles: articles, entities: entities, statements: statements, meetings: meetings,
      statementTopics: rows.map { $0.7.map(EntityID.init) })
  }()

  private static func article(
    _ id: Int, _ path: String, _ date: String?, _ title: String, _ source: String?
  ) -> Article {
    Article(
      id: ArticleID(id), path: path, format: .datedText,
      date: date.flatMap { CalendarDate(iso: $0) },
      title: title, source: source, text: title, bodyStart: 0, sentences: [])
  }

  private static func entity(
    _ id: Int, _ name: String, _ kind: EntityKind, _ aliases: [String], _ roles: [String],
    _ articles: [Int], _ mentions: Int
  ) -> Entity {
    Entity(
      id: EntityID(id), name: name, kind: kind, aliases: aliases, roles: roles,
      articles: articles.map(ArticleID.init), mentions: mentions)
  }
}
