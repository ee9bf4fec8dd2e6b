/// Pipeline stages in SQL: the query numbered as a CTE `q0`, each stage a CTE over the one
/// before, renumbering its rows in their new order (`pos`), and a last SELECT in that order.
///
///     who said * | count by speaker | top 3
///     →  WITH q0 AS (SELECT …, ROW_NUMBER() OVER (ORDER BY …) AS pos FROM …),
///             q1 AS (SELECT … GROUP BY …), q2 AS (… ORDER BY p."count" DESC, p.pos …),
///             q3 AS (SELECT … WHERE p.pos <= 3)
///        SELECT "speaker", "count" FROM q3 ORDER BY pos
///
/// Stages see the columns by hearsay's names, in any case. Cells are compared and grouped
/// with `LOWER`, where hearsay also drops accents: the two agree on unaccented text.
struct SQLPipeline {
  private let base: SQLSelect
  private var stages: [String] = []
  private var columns: [String]
  private var numeric: Set<String>

  init(_ select: SQLSelect) {
    var base = select
    let limit = base.limit
    base.limit = nil
    self.base = base
    columns = select.columns.map(\.name)
    numeric = Set(select.columns.filter(\.numeric).map(\.name))
    if let limit { keepFirst(limit) }
  }

  private var last: String { "q\(stages.count)" }

  /// The whole statement, without the final `;`.
  var text: String {
    let order = base.orderBy.isEmpty ? "" : "ORDER BY " + base.orderBy.joined(separator: ", ")
    let numbered = base.core(extra: ["ROW_NUMBER() OVER (\(order)) AS pos"])
    let first = "q0 AS (\n  " + SQLTranslator.indented(numbered) + ")"
    let names = columns.map(Self.quoted).joined(separator: ", ")
    return base.with([first] + stages) + "SELECT \(names) FROM \(last) ORDER BY pos"
  }

  /// Adds the stage as a CTE over the last one; an unknown column is hearsay's error.
  mutating func apply(_ stage: PipelineStage) throws(QueryError) {
    switch stage {
    case .count(let column):
      let name = try resolve(column)
      let cell = "p." + Self.quoted(name)
      let key = numeric.contains(name) ? cell : "LOWER(\(cell))"
      add(
        "SELECT MIN(\(cell)) AS \(Self.quoted(name)), COUNT(*) AS \"count\",\n"
          + "  ROW_NUMBER() OVER (ORDER BY COUNT(*) DESC, \(key)) AS pos\n"
          + "FROM \(last) p GROUP BY \(key)")
      columns = [name, "count"]
      numeric = ["count"]
    case .top(let number):
      guard let name = columns.last(where: numeric.contains) else {
        throw QueryError.nothingToRank(at: number.range)
      }
      renumber(order: "p.\(Self.quoted(name)) DESC, p.pos")
      keepFirst(number.value)
    case .sort(let column, let descending):
      let name = try resolve(column)
      let cell = "p." + Self.quoted(name)
      let direction = descending ? " DESC" : ""
      let order =
        numeric.contains(name)
        ? "CASE WHEN \(cell) IS NULL THEN 1 ELSE 0 END, \(cell)\(direction), p.pos"
        : "CASE WHEN \(cell) = '' THEN 1 ELSE 0 END, LOWER(\(cell))\(direction), p.pos"
      renumber(order: order)
    case .limit(let number):
      keepFirst(number.value)
    case .filter(let column, let equal, let value):
      let name = try resolve(column)
      let cell =
        numeric.contains(name)
        ? "CAST(p.\(Self.quoted(name)) AS VARCHAR(20))"
        : "LOWER(p.\(Self.quoted(name)))"
      let wanted = String(decoding: TextFolding.fold(value.text), as: UTF8.self)
      renumber(
        order: "p.pos",
        where: "\(cell) \(equal ? "=" : "<>") \(SQLTranslator.literal(wanted))")
    }
  }

  /// A stage keeping the rows, numbered in a new order.
  private mutating func renumber(order: String, where condition: String? = nil) {
    let cells = columns.map { "p." + Self.quoted($0) }.joined(separator: ", ")
    add(
      "SELECT \(cells),\n  ROW_NUMBER() OVER (ORDER BY \(order)) AS pos\nFROM \(last) p"
        + (condition.map { " WHERE " + $0 } ?? ""))
  }

  /// A stage keeping the first `count` rows.
  private mutating func keepFirst(_ count: Int) {
    let cells = columns.map { "p." + Self.quoted($0) }.joined(separator: ", ")
    add("SELECT \(cells), p.pos FROM \(last) p WHERE p.pos <= \(count)")
  }

  private mutating func add(_ body: String) {
    stages.append("q\(stages.count + 1) AS (\n  " + SQLTranslator.indented(body) + ")")
  }

  /// The column a stage names, as the table names it.
  private func resolve(_ column: ColumnName) throws(QueryError) -> String {
    let folded = NameFolding.fold(column.text)
    guard let name = columns.first(where: { NameFolding.fold($0) == folded }) else {
      throw QueryError.unknownColumn(column, columns: columns)
    }
    return name
  }

  /// A column name as an SQL identifier: `"date"`.
  static func quoted(_ name: String) -> String { "\"" + name + "\"" }
}
