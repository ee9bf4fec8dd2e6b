/// Merges per-article analyses into one `Corpus`: entities with the same kind and name (or a
/// shared full-name alias) become one, keeping every alias and role; different people who
/// only share a surname stay apart.
struct CorpusBuilder: Sendable {
  /// Merges the analyses, in order, freeing each once it is merged.
  func build(_ analyses: consuming [ArticleAnalysis]) -> Corpus {
    var articles: [Article] = []
    var entities: [EntityDraft] = []
    var entityIndex: [EntityKey: Int] = [:]
    var statements: [Statement] = []
    var topics: [[EntityID]] = []
    var meetings: [Meeting] = []
    // Most statements name the same few speakers and topics: their lists share storage.
    var sharedNames = SharedValues<ExactStrings>()
    var sharedIDs = SharedValues<[EntityID]>()
    articles.reserveCapacity(analyses.count)
    let statementCount = analyses.reduce(0) { $0 + $1.statements.count }
    statements.reserveCapacity(statementCount)
    topics.reserveCapacity(statementCount)
    // Local entities mostly merge into fewer global ones: the index grows as it needs (room
    // for every local entity had been twice what the shared corpora needed, at the peak).
    // The costly per-article work (folding entity names, counting code points) runs on all
    // cores, a batch of articles at a time (all at once, their keys had all been alive at the
    // start of the merge); the merge below is in article order.
    var pending = consume analyses
    // Taken from the end, so that each analysis is freed as soon as it is merged.
    pending.reverse()
    var prepared: [Prepared] = []
    var articleIndex = 0
    while !pending.isEmpty {
      if prepared.isEmpty {
        prepared = Self.prepare(pending.suffix(Self.batch))
      }
      guard let analysis = pending.popLast(), let keys = prepared.popLast() else { break }
      defer { articleIndex += 1 }
      let articleID = ArticleID(articleIndex)
      let doc = analysis.document
      articles.append(
        Article(
          id: articleID, path: doc.path, format: doc.format, date: doc.date, title: doc.title,
          source: analysis.credit ?? doc.source, text: doc.text,
          bodyStart: keys.bodyStart, sentences: analysis.sentences))
      // Map local entities to global ones.
      var local: [EntityID] = []
      local.reserveCapacity(analysis.entities.count)
      func global(_ i: Int) -> EntityID? { local.indices.contains(i) ? local[i] : nil }
      for i in analysis.entities.indices {
        let key = keys.entityKeys[i]
        let index: Int
        if let existing = entityIndex[key] {
          index = existing
        } else {
          index = entities.count
          entities.append(EntityDraft(name: analysis.entities[i].name, kind: analysis.entities[i].kind))
          entityIndex[key] = index
        }
        entities[index].absorb(analysis.entities[i], article: articleID)
        local.append(EntityID(index))
      }
      for s in analysis.statements {
        let id = StatementID(statements.count)
        let speakerIDs = sharedIDs.intern(s.speakerEntities.compactMap(global))
        let speakers = sharedNames.intern(
          ExactStrings(
            s.speakerEntities.isEmpty ? [s.speaker] : s.speakerEntities.map { analysis.entities[$0].name })
        ).strings
        statements.append(
          Statement(
            id: id, article: articleID, sentence: s.sentence, speaker: s.speaker, speakers: speakers,
            speakerEntities: speakerIDs, cue: s.cue, content: s.content, kind: s.kind,
            sourceSpan: s.sourceSpan, cueSpan: s.cueSpan, contentSpan: s.contentSpan))
        topics.append(sharedIDs.intern(s.topics.compactMap(global)))
      }
      for m in analysis.meetings {
        meetings.append(
          Meeting(
            article: articleID, sentence: m.sentence, participants: m.participants.map { analysis.entities[$0].name },
            participantEntities: m.participants.compactMap(global), date: m.date, place: m.place,
            kind: m.kind, planned: m.planned))
      }
    }
    // The merge keys and the drafts (with their alias sets) go before the corpus's indexes
    // are built.
    entityIndex = [:]
    let finalEntities = Self.entities(from: consume entities)
    return Corpus(
      articles: articles, entities: finalEntities, statements: statements, meetings: meetings,
      statementTopics: topics)
  }
}

extension CorpusBuilder {
  /// How many articles are prepared at a time.
  static let batch = 512

  /// The per-article work for the analyses, on all cores, in their (reversed) order.
  private static func prepare(_ analyses: ArraySlice<ArticleAnalysis>) -> [Prepared] {
    Array(analyses).concurrentMap(chunkSize: 64) { analysis in
      let doc = analysis.document
      let bodyStart = doc.text.utf8.index(doc.text.utf8.startIndex, offsetBy: doc.bodyStart)
      return Prepared(
        bodyStart: doc.text.unicodeScalars.distance(from: doc.text.startIndex, to: bodyStart),
        entityKeys: analysis.entities.map { EntityKey(kind: $0.kind, name: NameFolding.fold($0.name)) }
      )
    }
  }

  /// The finished entities, numbered in order.
  private static func entities(from drafts: consuming [EntityDraft]) -> [Entity] {
    drafts.indices.map { drafts[$0].entity(id: EntityID($0)) }
  }
}

/// What is worked out for an article on all cores before the merge.
private struct Prepared {
  /// Where the body starts, in code points.
  var bodyStart: Int
  /// Each local entity's merge key.
  var entityKeys: [EntityKey]
}

/// What entities merge on: their kind and folded name.
private struct EntityKey: Hashable {
  var kind: EntityKind
  var name: String
}

/// An entity being assembled from the articles that mention it.
private struct EntityDraft {
  var name: String
  var kind: EntityKind
  var aliases: [String] = []
  var aliasSet: Set<String> = []
  var roles: [String] = []
  var articles: [ArticleID] = []
  var mentions = 0

  mutating func absorb(_ e: LocalEntity, article: ArticleID) {
    for alias in e.aliases where alias != name && aliasSet.insert(alias).inserted { aliases.append(alias) }
    for role in e.roles where !roles.contains(role) { roles.append(role) }
    if articles.last != article { articles.append(article) }
    mentions += max(1, e.mentions)
  }

  /// The entity, its lists in storage of their own size (they grew by appending).
  func entity(id: EntityID) -> Entity {
    Entity(
      id: id, name: name, kind: kind, aliases: aliases.fitted(), roles: roles.fitted(),
      articles: articles.fitted(), mentions: mentions)
  }
}
