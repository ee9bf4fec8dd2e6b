/// Which clauses and sort keys each form takes.
extension QueryForm {
  /// The keywords of the clauses the form takes, in the order messages list them.
  var clauseKeywords: [QueryKeyword] {
    switch self {
    case .whoSaid, .whatDid:
      return [.about, .kind, .direct, .indirect, .in, .since, .until, .sort, .limit]
    case .statements, .count:
      return [.by, .about, .kind, .direct, .indirect, .in, .since, .until, .sort, .limit]
    case .entities:
      return [.sort, .limit]
    case .meetings, .whoMet:
      return [.in, .since, .until, .sort, .limit]
    }
  }

  func takes(_ keyword: QueryKeyword) -> Bool { clauseKeywords.contains(keyword) }

  /// The clause keywords as words, for did-you-mean.
  var clauseWords: [String] { clauseKeywords.map(\.rawValue) }

  /// `about, kind, …, sort by and limit`.
  var clauseList: String {
    QueryError.listing(
      clauseKeywords.map { $0 == .sort ? "sort by" : $0.rawValue }, joinedBy: "and")
  }

  /// What `sort by` may name after this form.
  var sortKeys: [SortKey] {
    switch self {
    case .whoSaid, .whatDid, .statements: return [.date, .speaker, .cue, .article]
    case .count: return [.count] + GroupKey.allCases.compactMap { SortKey(rawValue: $0.rawValue) }
    case .entities: return [.name, .mentions, .articles]
    case .meetings, .whoMet: return [.date, .article]
    }
  }
}
