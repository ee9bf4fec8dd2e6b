/// Tables of meetings and calls.
extension QueryEvaluator {
  static let meetingColumns = ["participants", "date", "place", "kind", "article"]

  /// Meetings and calls, those of `match` only when given; for `who met`, `listingOthers` leaves
  /// the person asked about out of the participants.
  ///
  /// The date shown is the meeting's own, empty when unknown; date clauses fall back on the
  /// article's date for meetings without one.
  static func meetingTable(
    match: NameMatch?, listingOthers: Bool, clauses: QueryClauses, resolver: NameResolver
  ) throws(QueryError) -> ResultTable {
    let corpus = resolver.corpus
    let sourced = try clauses.source.map { name throws(QueryError) in
      Set(try resolver.articles(from: name).map { ArticleID(Int($0)) })
    }
    var positions = Array(corpus.meetings.indices)
    if let match {
      var lists = match.entities.map { corpus.meetingsByParticipant[$0] ?? [] }
      lists += match.written.map { corpus.meetingsByParticipantName[$0]?.meetings ?? [] }
      positions = Set(lists.joined()).sorted()
    }
    var meetings = positions.map { corpus.meetings[$0] }.filter { meeting in
      date(meeting.date ?? corpus.article(meeting.article).date, fits: clauses)
        && sourced?.contains(meeting.article) != false
    }
    if let sort = clauses.sort {
      meetings = sorted(meetings, descending: sort.descending) { meeting -> String? in
        let article = corpus.article(meeting.article)
        return sort.key == .article
          ? corpus.articleNames[article.id.rawValue] : (meeting.date ?? article.date)?.description
      }
    }
    let rows = meetings.map { meeting -> [String] in
      var participants = meeting.participants
      if listingOthers, let match {
        participants.removeAll { match.names.contains(NameFolding.fold($0)) }
      }
      return [
        participants.joined(separator: ", "), meeting.date?.description ?? "",
        meeting.place ?? "", meeting.kind.rawValue, corpus.articleNames[meeting.article.rawValue],
      ]
    }
    return ResultTable(
      columns: meetingColumns, rows: rows,
      rowSources: meetings.map { RowSource(article: $0.article, sentence: $0.sentence) })
  }
}
