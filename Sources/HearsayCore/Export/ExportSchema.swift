/// The files that describe an export: `schema.sql`, CREATE TABLE statements in standard SQL that
/// SQLite, PostgreSQL and DuckDB all run, and `schema.md`, the tables documented for people.
public enum ExportSchema {
  /// Bumped when a table or column changes meaning, is renamed or removed.
  public static let version = 1

  /// `schema.sql`: one CREATE TABLE per table, columns in file order.
  public static var sql: String {
    var out = """
      -- hearsay export, format \(version): CREATE TABLE statements for the CSV files beside this
      -- one (RFC 4180, UTF-8, a header row). Standard SQL: runs on SQLite, PostgreSQL and DuckDB.
      -- schema.md documents the tables, the ids and how to load the files.

      """
    for table in ExportTable.allCases {
      out += "\n" + comment(table.summary)
      out += "CREATE TABLE \(table.name) (\n"
      var lines = table.columns.map { column in
        "  \(column.name) \(column.type.rawValue)\(column.nullable ? "" : " NOT NULL")"
      }
      if !table.primaryKey.isEmpty {
        lines.append("  PRIMARY KEY (\(table.primaryKey.joined(separator: ", ")))")
      }
      out += lines.joined(separator: ",\n") + "\n);\n"
    }
    return out
  }

  /// `schema.md`: what the export holds, how ids are made, how to load it, and every column.
  public static var markdown: String {
    var out = """
      # hearsay export (format \(version))

      What `hearsay export` extracted from a corpus, as CSV tables: RFC 4180, UTF-8, a header row,
      records ended by CRLF, fields quoted when they hold a comma, a quote or a line break.
      `schema.sql` creates the tables. A missing value is an empty field without quotes; an empty
      string is `""`.

      ## Ids

      Ids are made from content, never from load order, so exports of separate shards of a
      corpus concatenate into one consistent set (load each shard's files into the same tables).

      - **article**: FNV-1a 64 of the article's `path`, as loaded, in UTF-8, written as 16
        lowercase hex digits. Give paths the same way on every machine (relative to the corpus
        root, say), so that a shard exported again gets the same ids.
      - **entity**: FNV-1a 64 of `type|name_key` (`person|elena marsh`): the key hearsay merges
        entities by.
      - **statement**: `ARTICLE_ID-sN`, N its place among the article's statements from 0.
      - **meeting**: `ARTICLE_ID-mN`, likewise.

      FNV-1a 64: start from 0xcbf29ce484222325; for each byte, XOR it in, then multiply by
      0x100000001b3 modulo 2^64. `a` hashes to af63dc4c8601ec8c.

      An entity found in several shards has rows in each shard's `entities`, `aliases` and
      `roles`, under the same id: merge with `GROUP BY id` (summing `mentions`), or `GROUP BY
      entity_id, alias` (the least `ordinal` first). Those three tables have no primary key
      for that reason; the others keep theirs across shards.

      ## Names

      `name_key` and `alias_key` are names folded the way hearsay matches them: lowercase,
      accents removed, runs of spaces, hyphens and underscores made one space, a final `'s`
      dropped (`Russia's` → `russia`). Fold what you look up the same way and compare with `=`.

      ## Words

      `content_words`, `text_words`, `name_words` and `alias_words` hold text folded as hearsay
      searches it (lowercase, accents removed, runs of spaces, hyphens and underscores made one
      space), with each word between hyphens, which folding never leaves: `The NMC's plan` is
      `-the- -nmc-'-s- -plan-`. `LIKE '%-nmc-%'` finds the word, `LIKE '%-third- -party-%'` the
      phrase and `LIKE '%-tariff%'` words starting with tariff, as hearsay's patterns do;
      `hearsay -c 'explain sql QUERY'` writes such SQL for a query.

      ## Spans

      `span_*`, `source_*`, `cue_*` and `content_*` are offsets in Unicode code points into the
      article's whole text as decoded, header included, end excluded: the unit of
      `hearsay extract`.

      ## Speakers and topics

      `statement_speakers.name` is the speaker's full name as the article gave it; hearsay
      counts speakers that have an entity under the entity's `name`, so group by
      `COALESCE(entities.name, statement_speakers.name)` to get its `count statements by
      speaker`. `statement_topics` lists the entities the extractor found a statement's
      content to be about; hearsay's `about X` also matches the words of X in the content, so
      add a search of `statements.content` for those.

      ## Loading

      SQLite (sqlite3 reads every empty field as '': turn them back into NULL):

          sqlite3 corpus.db < schema.sql
          sqlite3 corpus.db '.import --csv --skip 1 articles.csv articles'   # and each table
          sqlite3 corpus.db "UPDATE articles SET date = NULLIF(date, ''), source = NULLIF(source, '')"

      PostgreSQL:

          psql -f schema.sql
          psql -c "\\copy articles FROM 'articles.csv' WITH (FORMAT csv, HEADER true)"

      DuckDB (which reads `""` as NULL unless told otherwise):

          duckdb corpus.duckdb < schema.sql
          duckdb corpus.duckdb "COPY articles FROM 'articles.csv' (HEADER, ALLOW_QUOTED_NULLS false)"

      ## Tables

      """
    for table in ExportTable.allCases {
      out += "\n### \(table.name) (`\(table.fileName)`)\n\n\(table.summary)"
      if !table.primaryKey.isEmpty {
        out += " Key: \(table.primaryKey.map { "`\($0)`" }.joined(separator: ", "))."
      }
      out += "\n\n| column | type | null | meaning |\n|---|---|---|---|\n"
      for column in table.columns {
        out += "| `\(column.name)` | \(column.type.rawValue) | \(column.nullable ? "yes" : "")"
        out += " | \(cell(column.summary)) |\n"
      }
    }
    return out
  }

  /// The text as SQL comment lines of at most 100 columns.
  private static func comment(_ text: String) -> String {
    var lines: [String] = []
    var line = "--"
    for word in text.split(separator: " ") {
      if line.count + 1 + word.count > 100 {
        lines.append(line)
        line = "--"
      }
      line += " " + word
    }
    lines.append(line)
    return lines.joined(separator: "\n") + "\n"
  }

  /// The text with `|` escaped for a Markdown table cell.
  private static func cell(_ text: String) -> String {
    text.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
  }
}
