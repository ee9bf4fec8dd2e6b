/// The query language as `.help` and the README list it: each form, clause and pipeline stage
/// with what it does and an example that runs on the example articles.
///
/// Tests parse every example, so the help cannot drift from the grammar.
public enum QueryHelp {
  /// One line of help: the syntax, what it does, and an example.
  public struct Entry: Sendable, Equatable {
    public let syntax: String
    public let summary: String
    public let example: String
  }

  /// The query forms: what a query starts with.
  public static let forms: [Entry] = [
    Entry(
      "who said PATTERN", "statements whose words match: *, word*, or a \"quoted phrase\"",
      "who said \"third party\""),
    Entry("what did SPEAKER say", "a speaker's statements", "what did Marsh say about NMC"),
    Entry(
      "statements", "every statement, narrowed by clauses", "statements by Varga since 2025-03"),
    Entry(
      "count statements [by GROUP]",
      "statement counts by speaker, topic, cue, month, source, kind or article",
      "count statements by speaker"),
    Entry(
      "who mentioned TOPIC", "every sentence naming the topic, in a statement or not",
      "who mentioned Port Avalon"),
    Entry(
      "who discussed TOPIC", "discussions (\"exchanged views on …\")", "who discussed fishing"),
    Entry(
      "top N speakers|topics", "who speaks most, or what is spoken about most",
      "top 3 topics by Marsh"),
    Entry(
      "people|organizations|places [like PATTERN]", "entities with aliases, roles and counts",
      "people like *arsh"),
    Entry(
      "meetings [with NAME]", "meetings and calls: participants, date, place",
      "meetings with Marsh"),
    Entry("who met NAME", "the others at a person's meetings and calls", "who met Varga"),
    Entry(
      "articles", "articles with date, title, source and statement count",
      "articles mentioning Okafor"),
    Entry(
      "show ARTICLE", "an article's sentences, statement contents in « », cues listed",
      "show 01_harbor_summit"),
    Entry(
      "context N", "the sentence behind row N of the last result, two either side",
      "context 1"),
    Entry(
      "explain sql QUERY", "the query as standard SQL over `hearsay export`'s tables",
      "explain sql who said * about NMC | count by speaker"),
  ]

  /// The clauses that narrow, order and cut a form's rows; a form takes those that fit it.
  public static let clauses: [Entry] = [
    Entry(
      "about TOPIC", "names, aliases or words, with and, or, not and ( )",
      "who said * about (NMC or Kessaly) and not tariff*"),
    Entry("by SPEAKER", "the speaker, after statements and top N topics", "statements by Marsh"),
    Entry("mentioning NAME", "articles naming someone or something", "articles mentioning NMC"),
    Entry(
      "from SOURCE", "a source credit or publisher, or a folder of the path",
      "statements from Meridian"),
    Entry(
      "kind direct|indirect|belief|discussion|any",
      "which statements count (default: direct and indirect)", "statements kind any"),
    Entry("direct, indirect", "quoted or reported speech only", "who said * direct"),
    Entry("in, since, until DATE", "YYYY, YYYY-MM or YYYY-MM-DD", "statements in 2025-03"),
    Entry(
      "with spans", "adds kind, as_written, sentence and the three spans to statement rows",
      "what did Varga say with spans"),
    Entry("sort by KEY [asc|desc]", "order the rows", "statements sort by date desc"),
    Entry("limit N", "the first N rows", "statements limit 5"),
  ]

  /// The stages after `|`, each working on the table before it.
  public static let stages: [Entry] = [
    Entry("| count by COLUMN", "rows per distinct value", "who said * | count by speaker"),
    Entry(
      "| top N", "the N rows with the highest counts",
      "who said * | count by speaker | top 3"),
    Entry(
      "| sort by COLUMN [desc]", "order by any column", "statements | sort by statement"),
    Entry("| limit N", "the first N rows", "people | limit 2"),
    Entry(
      "| where COLUMN = VALUE", "rows whose cell is (=) or is not (!=) the value",
      "statements | where cue = said"),
  ]
}

extension QueryHelp.Entry {
  init(_ syntax: String, _ summary: String, _ example: String) {
    self.init(syntax: syntax, summary: summary, example: example)
  }
}
