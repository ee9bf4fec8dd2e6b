/// A parsed query: what to list, the clauses that narrow, order and cut the list, then the
/// pipeline stages that rework the table (`| count by speaker | top 5`).
///
/// Built by `QueryParser`, answered by `QueryEvaluator`; `description` gives an S-expression
/// dump (`(who-said * (about "SCO") (limit 5))`) for tests and the shell's `.ast`.
package struct Query: Sendable, Equatable {
  package var form: QueryForm
  package var clauses: QueryClauses
  package var stages: [PipelineStage]

  package init(
    form: QueryForm, clauses: QueryClauses = QueryClauses(), stages: [PipelineStage] = []
  ) {
    self.form = form
    self.clauses = clauses
    self.stages = stages
  }
}

/// The kind of question a query asks, with the words that belong to it.
package enum QueryForm: Sendable, Equatable {
  /// `who said PATTERN`: statements whose content matches.
  case whoSaid(QueryPattern)
  /// `what did SPEAKER say`: the speaker's statements.
  case whatDid(QueryName)
  /// `statements`: every statement, narrowed by `by SPEAKER`, `about TOPIC` and the rest.
  case statements
  /// `count statements`: statement counts, grouped by `by KEY` when given.
  case count
  /// `people`, `organizations`, `places`: entities of a kind, `like PATTERN` when given.
  case entities(EntityKind, like: QueryPattern?)
  /// `meetings`: meetings and calls, `with SPEAKER` when given.
  case meetings(with: QueryName?)
  /// `who met SPEAKER`: the others in the speaker's meetings and calls.
  case whoMet(QueryName)
  /// `who mentioned TOPIC`: every sentence that mentions the topic, in statements or not.
  case whoMentioned(Topic)
  /// `who discussed TOPIC`: statements of kind discussion about the topic.
  case whoDiscussed(Topic)
  /// `top N speakers` or `top N topics`: who speaks most, or what is spoken about most.
  case top(QueryNumber, TopSubject)
  /// `articles`: one row per article, narrowed by `about`, `mentioning`, dates and `from`.
  case articles
  /// `show ARTICLE`: the article's sentences with its statements marked.
  case show(QueryName)
  /// `context N`: the sentence behind row N of the previous result, with its neighbours.
  case context(QueryNumber)
  /// `explain sql QUERY`: the query as one standard SQL statement over `hearsay export`'s
  /// tables, one line of SQL a row (`SQLTranslator`).
  indirect case explainSQL(Query)

  /// The form as named in messages: `who said`, `what did … say`, `people`.
  var title: String {
    switch self {
    case .whoSaid: return "who said"
    case .whatDid: return "what did … say"
    case .statements: return "statements"
    case .count: return "count statements"
    case .entities(let kind, _): return kind.listName
    case .meetings: return "meetings"
    case .whoMet: return "who met"
    case .whoMentioned: return "who mentioned"
    case .whoDiscussed: return "who discussed"
    case .top(_, let subject): return "top N \(subject.rawValue)"
    case .articles: return "articles"
    case .show: return "show"
    case .context: return "context"
    case .explainSQL: return "explain sql"
    }
  }
}

/// The languages `explain` translates a query to.
package enum ExplainLanguage: String, Sendable, Equatable, CaseIterable {
  case sql
}

/// What `top N` ranks.
package enum TopSubject: String, Sendable, Equatable, CaseIterable {
  case speakers, topics
}

/// A whole number as typed, with where it was typed.
package struct QueryNumber: Sendable, Equatable {
  package var value: Int
  package var range: Range<Int>

  package init(_ value: Int, range: Range<Int>) {
    self.value = value
    self.range = range
  }
}

/// One `|` stage of a pipeline, applied to the table the query or the stage before made.
package enum PipelineStage: Sendable, Equatable {
  /// `count by COLUMN`: one row per distinct cell of the column, with how many rows hold it.
  case count(by: ColumnName)
  /// `top N`: the N rows with the highest counts (the last numeric column).
  case top(QueryNumber)
  /// `sort by COLUMN [asc|desc]`: numbers as numbers, text case-insensitively, empty cells last.
  case sort(by: ColumnName, descending: Bool)
  /// `limit N`: the first N rows.
  case limit(QueryNumber)
  /// `where COLUMN = VALUE`, `where COLUMN != VALUE`: rows whose cell is (not) the value, case
  /// and accents aside.
  case filter(ColumnName, equal: Bool, value: QueryName)
}

/// A column of a result table, named in a pipeline stage.
package struct ColumnName: Sendable, Equatable {
  package var text: String
  package var range: Range<Int>

  package init(_ text: String, range: Range<Int>) {
    self.text = text
    self.range = range
  }
}

/// A name as typed: a speaker, a participant or a topic.
package struct QueryName: Sendable, Equatable {
  /// The words joined by single spaces, or the phrase inside quotes.
  package var text: String
  package var range: Range<Int>
  /// Whether it was typed in quotes: a speaker in quotes means that full name only.
  package var quoted: Bool

  package init(_ text: String, range: Range<Int>, quoted: Bool = false) {
    self.text = text
    self.range = range
    self.quoted = quoted
  }
}

/// Text to look for: `*`, a word with `*` wildcards, or a quoted phrase.
package struct QueryPattern: Sendable, Equatable {
  package var text: String
  /// Whether it was typed in quotes (the dump shows it the same way).
  package var quoted: Bool
  /// Empty, where the pattern would stand, when it was left out (`who said about X`).
  package var range: Range<Int>

  package init(_ text: String, quoted: Bool = false, range: Range<Int>) {
    self.text = text
    self.quoted = quoted
    self.range = range
  }

  /// Whether the pattern matches any text at all (`*`, `**`).
  var matchesEverything: Bool { !text.isEmpty && text.allSatisfy { $0 == "*" } }
}

/// What statements must be about: names and phrases joined by `and`, `or`, `not`.
package indirect enum Topic: Sendable, Equatable {
  case name(QueryName)
  case and(Topic, Topic)
  case or(Topic, Topic)
  case not(Topic)
}

/// The clauses after a query's form; each may be given once.
package struct QueryClauses: Sendable, Equatable {
  /// `by SPEAKER` after `statements`.
  package var speaker: QueryName?
  /// `by KEY` after `count statements`.
  package var group: GroupKey?
  /// `about TOPIC`.
  package var topic: Topic?
  /// `kind K`, `direct`, `indirect`; nil means direct and indirect speech.
  package var kinds: KindChoice?
  /// `in`, `since`, `until`: inclusive bounds on the date.
  package var since: CalendarDate?
  package var until: CalendarDate?
  /// `sort by KEY [asc|desc]`.
  package var sort: SortOrder?
  /// `limit N`.
  package var limit: Int?
  /// `mentioning NAME` after `articles`.
  package var mentioning: QueryName?
  /// `from SOURCE`: a source credit or publisher, or a folder of the article's path.
  package var source: QueryName?
  /// `with spans`: statement rows get their kind, the speaker as written, the sentence and the
  /// spans.
  package var spans = false

  package init() {}
}

/// What `count statements by KEY` groups on.
package enum GroupKey: String, Sendable, Equatable, CaseIterable {
  case speaker, topic, cue, month, source, kind, article
}

/// What may follow `with`: `with spans`.
package enum WithOption: String, Sendable, Equatable, CaseIterable {
  case spans
}

/// The statement kinds a `kind` clause keeps.
package enum KindChoice: String, Sendable, Equatable, CaseIterable {
  case direct, indirect, belief, discussion, any

  func includes(_ kind: StatementKind) -> Bool {
    switch self {
    case .any: return true
    case .direct: return kind == .direct
    case .indirect: return kind == .indirect
    case .belief: return kind == .belief
    case .discussion: return kind == .discussion
    }
  }
}

/// The column `sort by` orders rows on.
package enum SortKey: String, Sendable, Equatable, CaseIterable {
  case date, speaker, cue, article, name, mentions, articles, count, month, source, kind, topic
  case statements
}

/// `sort by KEY [asc|desc]`, with where the key was typed so it can be checked against the form.
package struct SortOrder: Sendable, Equatable {
  package var key: SortKey
  package var descending: Bool
  package var keyRange: Range<Int>

  package init(key: SortKey, descending: Bool = false, keyRange: Range<Int>) {
    self.key = key
    self.descending = descending
    self.keyRange = keyRange
  }
}

extension EntityKind {
  /// The plural the query language uses for a list of entities of the kind.
  var listName: String {
    switch self {
    case .person: return "people"
    case .organization: return "organizations"
    case .place: return "places"
    case .group: return "groups"
    }
  }
}
