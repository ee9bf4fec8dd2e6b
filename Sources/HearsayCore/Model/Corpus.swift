import Dispatch
/// Everything loaded: articles, entities, statements and meetings, with the indexes queries use.
///
/// Built once by `CorpusBuilder` after extraction; immutable afterwards, so queries are pure
/// functions of (query, corpus).
public struct Corpus: Sendable {
  public let articles: [Article]
  public let entities: [Entity]
  public let statements: [Statement]
  public let meetings: [Meeting]
  /// Folded name or alias → entities answering to it.
  let entitiesByName: EntityNameIndex
  /// Entity → statements it is a speaker of.
  let statementsBySpeaker: [EntityID: [StatementID]]
  /// Entity → statements whose content mentions it.
  let statementsByTopic: [EntityID: [StatementID]]
  /// Statement → entities its content mentions: the inverse of `statementsByTopic`.
  let topicsByStatement: [[EntityID]]
  /// Article → its statements, in text order.
  let statementsByArticle: [[StatementID]]
  /// Folded speaker name as written (`he`, `officials`, `wang yi`) → statements, with the name
  /// as first written, for speakers without an entity and for suggestions.
  let statementsBySpeakerName: [String: (name: String, statements: [StatementID])]
  /// Where each article's sentences start in the numbering of all sentences, and the total last.
  let sentenceStarts: [Int]
  /// Dated articles by day number, ascending.
  let articlesByDay: [(day: Int, article: ArticleID)]
  /// Each article's short name (`Article.name`), by article.
  let articleNames: [String]
  /// Folded short name → articles, for `show`.
  let articlesByName: [String: [ArticleID]]
  /// Folded source credit → the credit as written and its articles, for `from`.
  let articlesBySource: [String: (name: String, articles: [ArticleID])]
  /// Folded folder name (any folder of an article's path) → articles, for `from`.
  let articlesByFolder: [String: (name: String, articles: [ArticleID])]
  /// Entity → positions in `meetings` of the meetings it takes part in.
  let meetingsByParticipant: [EntityID: [Int]]
  /// Folded participant name as written → the name and the positions of its meetings.
  let meetingsByParticipantName: [String: (name: String, meetings: [Int])]
  /// Word indexes over statement contents and sentences, built on first use.
  let words: CorpusWordIndexes
  /// Each statement's speaker as tables show it: the full names of everyone it is attributed
  /// to, or the speaker as written ("Wang Yi" for "He").
  let speakerNames: [String]
  /// Each article's date as tables show it (`2024-03-13`), empty when undated.
  let articleDates: [String]

  public init(
    articles: [Article], entities: [Entity], statements: [Statement], meetings: [Meeting],
    statementTopics: [[EntityID]]
  ) {
    self.articles = articles
    self.entities = entities
    self.statements = statements
    self.meetings = meetings
    // Elements are reached by position and field, not copied whole: a statement or an entity
    // copied is a retain and a release of each of its strings and arrays.
    entitiesByName = EntityNameIndex(entities: entities)
    var bySpeaker: [EntityID: [StatementID]] = [:]
    var byTopic: [EntityID: [StatementID]] = [:]
    bySpeaker.reserveCapacity(entities.count / 4)
    byTopic.reserveCapacity(entities.count)
    for position in statements.indices {
      for speaker in statements[position].speakerEntities {
        bySpeaker[speaker, default: []].append(statements[position].id)
      }
    }
    for (index, topics) in statementTopics.enumerated() {
      for topic in topics { byTopic[topic, default: []].append(StatementID(index)) }
    }
    // The lists grew by appending: kept in storage of their own size.
    statementsBySpeaker = bySpeaker.mapValues { $0.fitted() }
    statementsByTopic = byTopic.mapValues { $0.fitted() }
    topicsByStatement =
      statementTopics.count == statements.count
      ? statementTopics
      : statements.indices.map { $0 < statementTopics.count ? statementTopics[$0] : [] }
    var byArticle = [[StatementID]](repeating: [], count: articles.count)
    var bySpeakerName: [String: (name: String, statements: [StatementID])] = [:]
    let writtenSpeakerNames = Array(statements.indices).concurrentMap { position in
      let speaker = statements[position].speaker
      let speakers = statements[position].speakers
      // Most statements name one speaker, once: no list to build and sift.
      if speakers.isEmpty || (speakers.count == 1 && speakers[0] == speaker) {
        return [(NameFolding.fold(speaker), speaker)]
      }
      return Self.uniqued([speaker] + speakers).map { (NameFolding.fold($0), $0) }
    }
    bySpeakerName.reserveCapacity(statements.count / 8)
    for position in statements.indices {
      let id = statements[position].id
      let article = statements[position].article.rawValue
      if articles.indices.contains(article) {
        byArticle[article].append(id)
      }
      for (folded, name) in writtenSpeakerNames[position] {
        guard !folded.isEmpty else { continue }
        bySpeakerName[folded, default: (name, [])].statements.append(id)
      }
    }
    statementsByArticle = byArticle.map { $0.fitted() }
    statementsBySpeakerName = bySpeakerName.mapValues { ($0.name, $0.statements.fitted()) }
    speakerNames = statements.indices.map { position in
      let speakers = statements[position].speakers
      return switch speakers.count {
      case 0: statements[position].speaker
      case 1: speakers[0]
      default: speakers.joined(separator: ", ")
      }
    }
    articleDates = articles.indices.map { articles[$0].date?.description ?? "" }
    var starts = [0]
    starts.reserveCapacity(articles.count + 1)
    for position in articles.indices {
      starts.append(starts[starts.count - 1] + articles[position].sentences.count)
    }
    sentenceStarts = starts
    articlesByDay = articles.indices.compactMap { position in
      articles[position].date.map { (day: $0.dayNumber, article: articles[position].id) }
    }.sorted { ($0.day, $0.article) < ($1.day, $1.article) }
    let articleKeys = ArticleKeys.of(articles)
    articleNames = articleKeys.map(\.name)
    var byArticleName: [String: [ArticleID]] = [:]
    var bySource: [String: (name: String, articles: [ArticleID])] = [:]
    var byFolder: [String: (name: String, articles: [ArticleID])] = [:]
    byArticleName.reserveCapacity(articles.count)
    for position in articles.indices {
      let keys = articleKeys[position]
      let id = articles[position].id
      byArticleName[keys.foldedName, default: []].append(id)
      if let source = articles[position].source, !keys.foldedSource.isEmpty {
        bySource[keys.foldedSource, default: (source, [])].articles.append(id)
      }
      for (folded, folder) in keys.folders where !folded.isEmpty {
        byFolder[folded, default: (folder, [])].articles.append(id)
      }
    }
    articlesByName = byArticleName
    articlesBySource = bySource
    articlesByFolder = byFolder
    var byParticipant: [EntityID: [Int]] = [:]
    var byParticipantName: [String: (name: String, meetings: [Int])] = [:]
    for (index, meeting) in meetings.enumerated() {
      for entity in Set(meeting.participantEntities) {
        byParticipant[entity, default: []].append(index)
      }
      for name in Set(meeting.participants) {
        let folded = NameFolding.fold(name)
        guard !folded.isEmpty, byParticipantName[folded]?.meetings.last != index else { continue }
        byParticipantName[folded, default: (name, [])].meetings.append(index)
      }
    }
    meetingsByParticipant = byParticipant
    meetingsByParticipantName = byParticipantName
    words = CorpusWordIndexes(
      articles: articles, statements: statements, entities: entities, sentenceStarts: starts)
  }

  /// The names an article is found by, folded: its short name, source and folders.
  private struct ArticleKeys: Sendable {
    let name: String
    let foldedName: String
    let foldedSource: String
    /// Each folder of the path once (not `.` or `..`), folded and as written.
    let folders: [(folded: String, name: String)]

    /// The keys of each article; the folders of each distinct parent folder are found once.
    static func of(_ articles: [Article]) -> [ArticleKeys] {
      var foldersByParent: [Substring: [(folded: String, name: String)]] = [:]
      let folders = articles.indices.map { position in
        let parent = Self.parent(of: articles[position].path)
        if let known = foldersByParent[parent] { return known }
        let parts = parent.split(separator: "/").filter { $0 != "." && $0 != ".." }.map(String.init)
        let found = Corpus.uniqued(parts).map { (folded: NameFolding.fold($0), name: $0) }
        foldersByParent[parent] = found
        return found
      }
      return Array(articles.indices).concurrentMap { index in
        ArticleKeys(articles[index], folders: folders[index])
      }
    }

    private init(_ article: Article, folders: [(folded: String, name: String)]) {
      name = article.name
      foldedName = NameFolding.fold(name)
      foldedSource = article.source.map(NameFolding.fold) ?? ""
      self.folders = folders
    }

    /// The path up to its last `/` (empty when it has none).
    private static func parent(of path: String) -> Substring {
      let utf8 = path.utf8
      guard let slash = utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
      return path[..<slash]
    }
  }

  /// The strings in their order, each once.
  private static func uniqued(_ strings: [String]) -> [String] {
    guard strings.count > 1 else { return strings }
    guard strings.count <= 16 else {
      var seen = Set<String>()
      return strings.filter { seen.insert($0).inserted }
    }
    // A few names (a speaker and its entities, a path's folders): no set to allocate.
    var unique: [String] = []
    unique.reserveCapacity(strings.count)
    for string in strings where !unique.contains(string) { unique.append(string) }
    return unique
  }

  /// An empty corpus.
  public static let empty = Corpus(
    articles: [], entities: [], statements: [], meetings: [], statementTopics: [])

  public func article(_ id: ArticleID) -> Article { articles[id.rawValue] }
  public func entity(_ id: EntityID) -> Entity { entities[id.rawValue] }
  public func statement(_ id: StatementID) -> Statement { statements[id.rawValue] }

  /// Entities answering to a name, alias, acronym or demonym, case- and accent-insensitively.
  public func entities(named name: String) -> [Entity] {
    entitiesByName.entities(named: NameFolding.fold(name), in: entities).map(entity)
  }

  /// Statements the entity is a speaker of, in corpus order.
  public func statements(by speaker: EntityID) -> [Statement] {
    (statementsBySpeaker[speaker] ?? []).map(statement)
  }

  /// Statements whose content mentions the entity, in corpus order.
  public func statements(about topic: EntityID) -> [Statement] {
    (statementsByTopic[topic] ?? []).map(statement)
  }

  /// Every folded name in the index, for completion and did-you-mean.
  public var knownNames: [String] { entitiesByName.names(in: entities) }

  /// The entities a statement's content mentions: its topics, in the order found.
  public func topics(of statement: StatementID) -> [EntityID] {
    topicsByStatement.indices.contains(statement.rawValue)
      ? topicsByStatement[statement.rawValue] : []
  }

  /// Builds the word indexes now rather than at the first query that needs them, side by side
  /// on the machine's cores; safe to call from any thread, at most once useful.
  public func prepareSearch() {
    let words = self.words
    // The cheap name tables first, so the first count or ranking waits for them alone (on a
    // million articles it had waited 14 s behind the sentence index); then the word indexes.
    DispatchQueue.concurrentPerform(iterations: 2) { part in
      if part == 0 { _ = words.names } else { _ = words.entityNames }
    }
    DispatchQueue.concurrentPerform(iterations: 2) { part in
      if part == 0 { _ = words.sentences } else { _ = words.statements }
    }
  }

  /// Starts `prepareSearch` on a background thread and returns at once: the shell's prompt
  /// comes up while the indexes are built, and a query that needs one before it is ready
  /// waits for it (each index is built once, under its own lock).
  public func prepareSearchInBackground() {
    let corpus = self
    DispatchQueue.global(qos: .userInitiated).async { corpus.prepareSearch() }
  }

  /// How many sentences all articles hold together.
  var sentenceCount: Int { sentenceStarts[sentenceStarts.count - 1] }

  /// The article and sentence index of sentence `number` in the numbering of all sentences.
  func sentence(numbered number: Int) -> (article: ArticleID, index: Int) {
    var lo = 0
    var hi = articles.count
    while lo + 1 < hi {
      let mid = (lo + hi) / 2
      if sentenceStarts[mid] <= number { lo = mid } else { hi = mid }
    }
    return (ArticleID(lo), number - sentenceStarts[lo])
  }

  /// The numbers of an article's sentences in the numbering of all sentences.
  func sentenceNumbers(of article: ArticleID) -> Range<Int> {
    sentenceStarts[article.rawValue]..<sentenceStarts[article.rawValue + 1]
  }
}
