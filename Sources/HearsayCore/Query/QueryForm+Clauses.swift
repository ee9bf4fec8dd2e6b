/// Which clauses and sort keys each form takes.
extension QueryForm {
  /// The keywords of the clauses the form takes, in the order messages list them.
  var clauseKeywords: [QueryKeyword] {
    let dates: [QueryKeyword] = [.in, .since, .until, .from]
    let kinds: [QueryKeyword] = [.kind, .direct, .indirect]
    switch self {
    case .whoSaid, .whatDid:
      return [.about] + kinds + dates + [.with, .sort, .limit]
    case .statements:
      return [.by, .about] + kinds + dates + [.with, .sort, .limit]
    case .count:
      return [.by, .about] + kinds + dates + [.sort, .limit]
    case .whoDiscussed:
      return dates + [.with, .sort, .limit]
    case .top(_, .topics):
      return [.by, .about] + kinds + dates
    case .top(_, .speakers):
      return [.about] + kinds + dates
    case .articles:
      return [.about, .mentioning] + kinds + dates + [.sort, .limit]
    case .entities, .meetings, .whoMet, .whoMentioned:
      return dates + [.sort, .limit]
    case .show, .context, .explainSQL:
      return []
    }
  }

  func takes(_ keyword: QueryKeyword) -> Bool { clauseKeywords.contains(keyword) }

  /// The clause keywords as words, for did-you-mean.
  var clauseWords: [String] { clauseKeywords.map(\.rawValue) }

  /// `about, kind, …, sort by and limit`, or `no clauses`.
  var clauseList: String {
    guard !clauseKeywords.isEmpty else { return "no clauses" }
    return QueryError.listing(
      clauseKeywords.map {
        $0 == .sort ? "sort by" : $0 == .with ? "with spans" : $0.rawValue
      }, joinedBy: "and")
  }

  /// What `sort by` may name after this form.
  var sortKeys: [SortKey] {
    switch self {
    case .whoSaid, .whatDid, .statements, .whoDiscussed: return [.date, .speaker, .cue, .article]
    case .count: return [.count] + GroupKey.allCases.compactMap { SortKey(rawValue: $0.rawValue) }
    case .entities: return [.name, .mentions, .articles]
    case .meetings, .whoMet, .whoMentioned: return [.date, .article]
    case .articles: return [.date, .article, .statements, .source]
    case .top, .show, .context, .explainSQL: return []
    }
  }
}
