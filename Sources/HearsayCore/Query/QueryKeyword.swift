/// The words the query language gives a meaning to, matched case-insensitively.
///
/// Keywords are contextual: the lexer only marks a word as one, and the parser decides whether it
/// acts as one where it stands. `belief`, `speaker`, `speakers` or `spans` mean something only
/// after `kind`, `by`, `top N` or `with`, so they are not listed here.
package enum QueryKeyword: String, CaseIterable, Sendable {
  case who, said, met, mentioned, discussed, what, did, say, statements, count, top
  case people, organizations, organisations, places, meetings, articles, show, context, explain
  case about, by, with, like, limit, sort, asc, desc, since, until, kind, direct, indirect
  case `in`, from, mentioning, `where`
  case and, or, not

  /// The words a query can start with, as listed in messages.
  static let formStarts: [QueryKeyword] = [
    .who, .what, .statements, .count, .top, .people, .organizations, .places, .meetings,
    .articles, .show, .context, .explain,
  ]

  /// The words a pipeline stage can start with.
  static let stageStarts: [QueryKeyword] = [.count, .top, .sort, .limit, .where]

  /// Words that end an unquoted name: every clause keyword, `say` and the topic operators.
  ///
  /// `what did Wang Yi say about BRICS` reads "Wang Yi" up to `say` and "BRICS" up to the end.
  var endsName: Bool {
    switch self {
    case .about, .by, .with, .like, .limit, .sort, .in, .since, .until, .kind, .direct, .indirect,
      .from, .mentioning, .say, .and, .or, .not:
      return true
    case .who, .said, .met, .mentioned, .discussed, .what, .did, .statements, .count, .top,
      .people, .organizations, .organisations, .places, .meetings, .articles, .show, .context,
      .explain, .asc, .desc, .where:
      return false
    }
  }
}

extension QueryKeyword {
  /// Whether the keyword begins a clause after a query's form (`about`, `limit`, …).
  var startsClause: Bool {
    switch self {
    case .about, .by, .kind, .direct, .indirect, .in, .since, .until, .sort, .limit, .from,
      .mentioning, .with:
      return true
    default: return false
    }
  }
}
