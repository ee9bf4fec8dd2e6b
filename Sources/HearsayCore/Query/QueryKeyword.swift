/// The words the query language gives a meaning to, matched case-insensitively.
///
/// Keywords are contextual: the lexer only marks a word as one, and the parser decides whether it
/// acts as one where it stands. `belief` or `speaker` mean something only after `kind` or `by`, so
/// they are not listed here.
package enum QueryKeyword: String, CaseIterable, Sendable {
  case who, said, met, what, did, say, statements, count
  case people, organizations, organisations, places, meetings
  case about, by, with, like, limit, sort, asc, desc, since, until, kind, direct, indirect
  case `in`
  case and, or, not

  /// The words a query can start with, as listed in messages.
  static let formStarts: [QueryKeyword] = [
    .who, .what, .statements, .count, .people, .organizations, .places, .meetings,
  ]

  /// Words that end an unquoted name: every clause keyword, `say` and the topic operators.
  ///
  /// `what did Wang Yi say about BRICS` reads "Wang Yi" up to `say` and "BRICS" up to the end.
  var endsName: Bool {
    switch self {
    case .about, .by, .with, .like, .limit, .sort, .in, .since, .until, .kind, .direct, .indirect,
      .say, .and, .or, .not:
      return true
    case .who, .said, .met, .what, .did, .statements, .count, .people, .organizations,
      .organisations, .places, .meetings, .asc, .desc:
      return false
    }
  }
}

extension QueryKeyword {
  /// Whether the keyword begins a clause after a query's form (`about`, `limit`, …).
  var startsClause: Bool {
    switch self {
    case .about, .by, .kind, .direct, .indirect, .in, .since, .until, .sort, .limit: return true
    default: return false
    }
  }
}
