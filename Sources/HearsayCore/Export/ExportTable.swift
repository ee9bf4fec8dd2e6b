/// The tables `hearsay export` writes, one CSV file each, and their columns: the one definition
/// that the CSV writer, `schema.sql` and `schema.md` all follow.
public enum ExportTable: String, CaseIterable, Sendable {
  case articles
  case sentences
  case entities
  case entityArticles = "entity_articles"
  case aliases
  case roles
  case statements
  case statementSpeakers = "statement_speakers"
  case statementTopics = "statement_topics"
  case meetings
  case meetingParticipants = "meeting_participants"

  /// The table's name in SQL, as its file is named: `statement_speakers.csv`.
  public var name: String { rawValue }

  /// The CSV file the table is written to.
  public var fileName: String { rawValue + ".csv" }

  /// What one row stands for.
  public var summary: String {
    switch self {
    case .articles: return "One loaded article (a file, or one record of a Reuters or JSON file)."
    case .sentences: return "One sentence of an article, in text order."
    case .entities:
      return "A person, organization, place or group. Exports of several shards each have a row"
        + " for an entity found in them (same id); merge with GROUP BY id, summing mentions."
    case .entityArticles: return "An article an entity is found in."
    case .aliases: return "Another name an entity answers to: surname, acronym, demonym."
    case .roles: return "A title or role seen with an entity's name."
    case .statements:
      return "Who said what: one attribution, with its sentence and the spans of its parts."
    case .statementSpeakers:
      return "Everyone a statement is attributed to: an entity, or a name with no entity"
        + " (\"officials\")."
    case .statementTopics:
      return "An entity a statement's content is about, as the extractor found it."
    case .meetings: return "A meeting or call reported in an article."
    case .meetingParticipants: return "Someone taking part in a meeting or call."
    }
  }

  /// The columns, in file order.
  public var columns: [ExportColumn] {
    switch self {
    case .articles:
      return [
        .init("id", .text, "FNV-1a 64 of `path`, 16 hex digits."),
        .init("path", .text, "The path as loaded; `FILE#N` for a record of a multi-record file."),
        .init("name", .text, "The file name without folders or extension, as hearsay shows it."),
        .init("format", .text, "dated-text, text, markdown, sgml or json."),
        .init("date", .date, "The article's date, when it has a valid one.", nullable: true),
        .init("title", .text, "The title."),
        .init("source", .text, "The source credit or publisher, when named.", nullable: true),
      ]
    case .sentences:
      return [
        .init("article_id", .text, "The article."),
        .init("idx", .integer, "Position in the article, from 0."),
        .init("span_start", .integer, "Where the sentence starts in the article text."),
        .init("span_end", .integer, "Where it ends (excluded)."),
        .init("text", .text, "The sentence, whitespace as in the file."),
        .init("text_words", .text, "The text folded for word search (see Words below)."),
      ]
    case .entities:
      return [
        .init("id", .text, "FNV-1a 64 of `type|name_key`, 16 hex digits."),
        .init("name", .text, "The canonical name: the fullest form seen."),
        .init("name_key", .text, "The name folded for matching (see Names below)."),
        .init("name_words", .text, "The name folded for word search."),
        .init("type", .text, "person, organization, place or group."),
        .init("mentions", .integer, "How many times it is mentioned."),
      ]
    case .entityArticles:
      return [.init("entity_id", .text, "The entity."), .init("article_id", .text, "The article.")]
    case .aliases:
      return [
        .init("entity_id", .text, "The entity."),
        .init("alias", .text, "The other name, as written."),
        .init("alias_key", .text, "The alias folded for matching."),
        .init("alias_words", .text, "`alias_key` folded for word search."),
        .init(
          "ordinal", .integer,
          "Order among the entity's aliases as this export saw them, from 0 (per shard)."),
      ]
    case .roles:
      return [
        .init("entity_id", .text, "The entity."), .init("role", .text, "The title or role."),
        .init(
          "ordinal", .integer,
          "Order among the entity's roles as this export saw them, from 0 (per shard)."),
      ]
    case .statements:
      return [
        .init("id", .text, "`ARTICLE_ID-sN`, N the statement's place in its article from 0."),
        .init("article_id", .text, "The article."),
        .init("sentence", .integer, "The `idx` of the sentence holding the cue."),
        .init(
          "speaker", .text,
          "Everyone it is attributed to, full names joined by \", \", as hearsay lists it."),
        .init("as_written", .text, "The speaker as written in the sentence (\"He\", \"Wang\")."),
        .init("cue", .text, "The cue word or phrase (\"said\", \"according to\")."),
        .init("content", .text, "What was said."),
        .init("content_words", .text, "The content folded for word search."),
        .init("kind", .text, "direct, indirect, belief or discussion."),
        .init("source_start", .integer, "The speaker's mention in the sentence.", nullable: true),
        .init("source_end", .integer, "", nullable: true),
        .init("cue_start", .integer, "The cue."),
        .init("cue_end", .integer, ""),
        .init("content_start", .integer, "The content."),
        .init("content_end", .integer, ""),
      ]
    case .statementSpeakers:
      return [
        .init("statement_id", .text, "The statement."),
        .init("ordinal", .integer, "Order among the statement's speakers, from 0."),
        .init("name", .text, "The speaker's full name, or the name as written without an entity."),
        .init("name_key", .text, "The name folded for matching."),
        .init("entity_id", .text, "The speaker's entity, when known.", nullable: true),
      ]
    case .statementTopics:
      return [
        .init("statement_id", .text, "The statement."),
        .init("entity_id", .text, "An entity its content is about."),
      ]
    case .meetings:
      return [
        .init("id", .text, "`ARTICLE_ID-mN`, N the meeting's place in its article from 0."),
        .init("article_id", .text, "The article."),
        .init("sentence", .integer, "The `idx` of the sentence reporting it."),
        .init("date", .date, "The day it took place, when known.", nullable: true),
        .init("place", .text, "Where, when known.", nullable: true),
        .init("kind", .text, "meeting or call."),
        .init("planned", .boolean, "1 for one announced as coming (\"will meet\"), else 0."),
      ]
    case .meetingParticipants:
      return [
        .init("meeting_id", .text, "The meeting."),
        .init("ordinal", .integer, "Order among the participants, from 0."),
        .init("name", .text, "The participant's full name."),
        .init("name_key", .text, "The name folded for matching."),
        .init("entity_id", .text, "The participant's entity, when known.", nullable: true),
      ]
    }
  }

  /// The columns whose values are unique in an export, and across the exports of disjoint
  /// shards; none for tables an entity found in several shards can repeat rows of.
  public var primaryKey: [String] {
    switch self {
    case .articles, .statements, .meetings: return ["id"]
    case .sentences: return ["article_id", "idx"]
    case .statementSpeakers: return ["statement_id", "ordinal"]
    case .meetingParticipants: return ["meeting_id", "ordinal"]
    case .statementTopics: return ["statement_id", "entity_id"]
    case .entityArticles: return ["entity_id", "article_id"]
    case .entities, .aliases, .roles: return []
    }
  }
}

/// One column of an exported table.
public struct ExportColumn: Sendable, Equatable {
  /// SQL types that SQLite, PostgreSQL and DuckDB all accept.
  public enum ColumnType: String, Sendable {
    case text = "TEXT"
    case integer = "INTEGER"
    /// `YYYY-MM-DD`.
    case date = "DATE"
    /// `1` or `0`.
    case boolean = "BOOLEAN"
  }

  public let name: String
  public let type: ColumnType
  /// Whether the value can be missing (an empty field in the CSV).
  public let nullable: Bool
  /// What it holds, for `schema.md`; empty when the column before says it.
  public let summary: String

  init(_ name: String, _ type: ColumnType, _ summary: String, nullable: Bool = false) {
    self.name = name
    self.type = type
    self.nullable = nullable
    self.summary = summary
  }
}
