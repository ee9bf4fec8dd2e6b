import HearsayCore
import Testing

/// `explain sql QUERY`: how it parses, the SQL it writes for each form, and what it refuses.
///
/// That the SQL returns hearsay's rows is checked end to end, on SQLite, by `ExplainSQLTests`.
@Suite struct SQLTranslatorTests {
  let corpus = QueryExampleCorpus.corpus

  /// The SQL `explain sql QUERY` prints on the example articles, one line a row.
  func sql(_ query: String) throws -> String {
    let table = try QueryEngine.run("explain sql " + query, on: corpus)
    #expect(table.columns == ["sql"])
    return table.rows.map { $0[0] }.joined(separator: "\n")
  }

  @Test(arguments: [
    ("explain sql who said *", "(explain-sql (who-said *))"),
    ("EXPLAIN SQL who said * about NMC", "(explain-sql (who-said * (about \"NMC\")))"),
    (
      "explain sql who said * | count by speaker | top 3",
      "(explain-sql (pipe (who-said *) (count-by speaker) (top 3)))"
    ),
    (
      "explain sql count statements by month limit 2",
      "(explain-sql (count (by month) (limit 2)))"
    ),
  ])
  func parsesTheQueryInside(_ query: String, _ dump: String) throws {
    #expect(try QueryEngine.parse(query).description == dump)
  }

  /// Whole statements for a few forms: a pattern with a date, a count, a pipeline.
  @Test(arguments: [
    (
      "who said tariff* since 2025",
      """
      SELECT s.speaker AS speaker, s.cue AS cue, s.content AS statement, a.name AS article,
        COALESCE(CAST(a.date AS VARCHAR(10)), '') AS date
      FROM statements s
        JOIN articles a ON a.id = s.article_id
      WHERE s.kind IN ('direct', 'indirect')
        AND a.date >= '2025-01-01'
        AND s.content_words LIKE '%-tariff%'
      ORDER BY a.path, CAST(SUBSTR(s.id, 19) AS INTEGER);
      """
    ),
    (
      "count statements by cue limit 3",
      """
      SELECT LOWER(s.cue) AS cue, COUNT(*) AS statements
      FROM statements s
        JOIN articles a ON a.id = s.article_id
      WHERE s.kind IN ('direct', 'indirect')
      GROUP BY LOWER(s.cue)
      ORDER BY COUNT(*) DESC, LOWER(s.cue)
      LIMIT 3;
      """
    ),
    (
      "statements about not NMC",
      """
      SELECT s.speaker AS speaker, s.cue AS cue, s.content AS statement, a.name AS article,
        COALESCE(CAST(a.date AS VARCHAR(10)), '') AS date
      FROM statements s
        JOIN articles a ON a.id = s.article_id
      WHERE s.kind IN ('direct', 'indirect')
        AND NOT (s.id IN (SELECT st.statement_id FROM statement_topics st WHERE st.entity_id IN (
            SELECT id FROM entities WHERE name_key = 'nmc'
            UNION SELECT entity_id FROM aliases WHERE alias_key = 'nmc'))
          OR s.content_words LIKE '%-nmc-%')
      ORDER BY a.path, CAST(SUBSTR(s.id, 19) AS INTEGER);
      """
    ),
    (
      "who said * | count by speaker | top 2",
      """
      WITH q0 AS (
        SELECT s.speaker AS speaker, s.cue AS cue, s.content AS statement, a.name AS article,
          COALESCE(CAST(a.date AS VARCHAR(10)), '') AS date,
          ROW_NUMBER() OVER (ORDER BY a.path, CAST(SUBSTR(s.id, 19) AS INTEGER)) AS pos
        FROM statements s
          JOIN articles a ON a.id = s.article_id
        WHERE s.kind IN ('direct', 'indirect')),
      q1 AS (
        SELECT MIN(p."speaker") AS "speaker", COUNT(*) AS "count",
          ROW_NUMBER() OVER (ORDER BY COUNT(*) DESC, LOWER(p."speaker")) AS pos
        FROM q0 p GROUP BY LOWER(p."speaker")),
      q2 AS (
        SELECT p."speaker", p."count",
          ROW_NUMBER() OVER (ORDER BY p."count" DESC, p.pos) AS pos
        FROM q1 p),
      q3 AS (
        SELECT p."speaker", p."count", p.pos FROM q2 p WHERE p.pos <= 2)
      SELECT "speaker", "count" FROM q3 ORDER BY pos;
      """
    ),
  ])
  func writesTheWholeStatement(_ query: String, _ expected: String) throws {
    #expect(try sql(query) == expected)
  }

  /// Each row: a query, and lines its SQL must hold.
  @Test(arguments: [
    ("who said \"third party\"", ["AND s.content_words LIKE '%-third- -party-%'"]),
    ("who said *ism", ["AND s.content_words LIKE '%ism-%'"]),
    ("who said *", ["WHERE s.kind IN ('direct', 'indirect')\nORDER BY"]),
    ("statements in 2024-06", ["AND a.date BETWEEN '2024-06-01' AND '2024-06-30'"]),
    ("statements until 2024", ["AND a.date <= '2024-12-31'"]),
    ("statements kind any sort by date desc", ["ORDER BY CASE WHEN a.date IS NULL THEN 1"]),
    ("who discussed fishing", ["WHERE s.kind = 'discussion'"]),
    (
      "what did Marsh say",
      ["WHERE sp.entity_id IN ('b15ba29d977e8b7a') OR sp.name_key IN ('elena marsh'))"]
    ),
    ("articles from Meridian", ["WHERE a.source IN ('Meridian News Agency')"]),
    ("who met Varga", ["FROM meeting_participants WHERE name_key NOT IN ('jonas varga', 'varga')"]),
    (
      "meetings",
      ["WITH RECURSIVE participant_items AS (", "ORDER BY a.path, CAST(SUBSTR(m.id, 19)"]
    ),
    (
      "people",
      [
        "FROM entities WHERE type = 'person' GROUP BY id) e",
        "ORDER BY e.mentions DESC, e.name_key;",
      ]
    ),
    (
      "organizations like NMC",
      ["OR EXISTS (SELECT 1 FROM aliases x WHERE x.entity_id = e.id AND x.alias_words LIKE"]
    ),
    ("places in 2024", ["AND a.date BETWEEN '2024-01-01' AND '2024-12-31') > 0"]),
    ("meetings in 2024", ["WHERE COALESCE(m.date, a.date) BETWEEN '2024-01-01'"]),
    ("who mentioned NMC", ["AND sn.text_words LIKE '%' || al.alias_words || '%'"]),
    ("count statements by month", ["ORDER BY CASE WHEN COALESCE(SUBSTR("]),
    ("count statements by speaker", ["WHEN sc.entities = sc.names THEN sp.entity_id IS NOT NULL"]),
    ("top 3 topics about NMC", ["AND t.entity_id NOT IN (", "LIMIT 3;"]),
    ("statements | where cue = Said", ["FROM q0 p WHERE LOWER(p.\"cue\") = 'said')"]),
    (
      "statements limit 2 | sort by speaker desc",
      ["WHERE p.pos <= 2", "LOWER(p.\"speaker\") DESC"]
    ),
  ])
  func writesEachClauseAndStage(_ query: String, _ fragments: [String]) throws {
    let text = try sql(query)
    for fragment in fragments {
      #expect(text.contains(fragment), "\(fragment)\n---\n\(text)")
    }
  }

  @Test func writesTheSameSQLEveryTime() throws {
    let query = "what did Marsh say about NMC or forum | count by article"
    #expect(try sql(query) == (try sql(query)))
  }

  @Test(arguments: [
    MarkedError(
      "explain sql ⟦context⟧ 3", "explain sql does not cover 'context' yet",
      hint: SQLTranslatorTests.covered),
    MarkedError(
      "explain sql ⟦show⟧ 01_harbor_summit", "explain sql does not cover 'show' yet",
      hint: SQLTranslatorTests.covered),
    MarkedError(
      "explain sql ⟦explain⟧ sql people", "explain sql does not cover 'explain' yet",
      hint: SQLTranslatorTests.covered),
    MarkedError(
      "explain ⟦sq⟧ who said *", "expected 'sql' after 'explain'", hint: "did you mean 'sql'?"),
    MarkedError(
      "explain sql who ⟦sed⟧ *", "expected 'said' after 'who'", hint: "did you mean 'said'?"),
    MarkedError(
      "explain sql who said ⟦t*ff⟧", "explain sql cannot match \"t*ff\" with LIKE",
      hint: "use * only at the start or end of a word, and no % or \\"),
    MarkedError(
      "explain sql statements about ⟦5%⟧", "explain sql cannot match \"5%\" with LIKE",
      hint: "use * only at the start or end of a word, and no % or \\"),
    MarkedError(
      "explain sql what did ⟦Marsch⟧ say", "no one named \"Marsch\"",
      hint: "did you mean \"Elena Marsh\"?"),
    MarkedError(
      "explain sql who said * | count by ⟦spaeker⟧", "no column named \"spaeker\"",
      hint: "did you mean 'speaker'?"),
  ])
  func refusesWhatItCannotTranslateWithTheRange(_ error: MarkedError) throws {
    let (query, range) = error.queryAndRange
    #expect(throws: QueryError(message: error.message, range: range, hint: error.hint)) {
      try QueryEngine.run(query, on: corpus)
    }
  }

  static let covered = "it translates every form but show and context, with clauses and stages"

  /// Text as the export's `*_words` columns hold it; characters outside ASCII count as letters,
  /// as `TextPattern` counts them.
  @Test(arguments: [
    ("The NMC's (new) plan", "-the- -nmc-'-s- (-new-) -plan-"),
    ("Third-party  Ümlaut", "-third- -party- -umlaut-"),
    ("", ""),
    ("«Yes.»", "-«yes-.-»-"),
  ])
  func marksEachWordBetweenHyphens(_ text: String, _ marked: String) {
    #expect(MarkedWords.mark(text) == marked)
  }

  /// Patterns as `LIKE` patterns over marked text; nil where `LIKE` cannot say the same.
  @Test(
    arguments: [
      ("NMC", "%-nmc-%"),
      ("tariff*", "%-tariff%"),
      ("*ism", "%ism-%"),
      ("third party", "%-third- -party-%"),
      ("U.S.", "%-u-.-s-.%"),
      ("*", "%"),
      ("t*ff", nil),
      ("* party", nil),
      ("50%", nil),
    ] as [(String, String?)])
  func turnsPatternsIntoLike(_ pattern: String, _ like: String?) {
    #expect(MarkedWords.likePattern(pattern) == like)
  }
}
