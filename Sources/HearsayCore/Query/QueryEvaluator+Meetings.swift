/// Tables of meetings and calls.
extension QueryEvaluator {
  static let meetingColumns = ["participants", "date", "place", "kind", "article"]

  /// Meetings and calls, those of `match` only when given; for `who met`, `listingOthers` leaves
  /// the person asked about out of the participants.
  ///
  /// The date shown is the meeting's own, empty when unknown; date clauses fall back on the
  /// article's date for meetings without one.
  static func meetingTable(
    match: NameMatch?, listingOthers: Bool, clauses: QueryClauses, corpus: Corpus
  ) -> ResultTable {
    var meetings = corpus.meetings.filter { meeting in
      (match?.matches(entities: meeting.participantEntities, names: meeting.participants) ?? true)
        && date(meeting.date ?? corpus.article(meeting.article).date, fits: clauses)
    }
    if let sort = clauses.sort {
      meetings = sorted(meetings, descending: sort.descending) { meeting -> String? in
        let article = corpus.article(meeting.article)
        return sort.key == .article ? article.name : (meeting.date ?? article.date)?.description
      }
    }
    let rows = meetings.map { meeting -> [String] in
      var participants = meeting.participants
      if listingOthers, let match {
        participants.removeAll { match.names.contains(NameFolding.fold($0)) }
      }
      return [
        participants.joined(separator: ", "), meeting.date?.description ?? "",
        meeting.place ?? "", meeting.kind.rawValue, corpus.article(meeting.article).name,
      ]
    }
    return ResultTable(columns: meetingColumns, rows: rows)
  }
}
