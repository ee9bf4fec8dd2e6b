/// One SELECT being built: its columns as hearsay names them, and the rest clause by clause.
struct SQLSelect {
  /// A result column: the expression and hearsay's name for it.
  struct Column {
    let expression: String
    let name: String
    var numeric = false
  }

  /// Common table expressions the SELECT reads (`name AS (…)`), in order.
  var ctes: [String] = []
  /// Whether one of them refers to itself.
  var recursive = false
  var columns: [Column]
  /// The first table, then one `JOIN …` a line.
  var from: [String]
  var conditions: [String] = []
  var groupBy: [String] = []
  var orderBy: [String] = []
  var limit: Int?

  /// The SELECT without its CTEs, ORDER BY or LIMIT, with `extra` columns after hearsay's.
  func core(extra: [String] = []) -> String {
    let items = columns.map { "\($0.expression) AS \($0.name)" } + extra
    var text = "SELECT " + Self.wrapped(items, indent: "  ")
    text += "\nFROM " + from.joined(separator: "\n  ")
    if !conditions.isEmpty {
      text +=
        "\nWHERE " + conditions.map { SQLTranslator.indented($0) }.joined(separator: "\n  AND ")
    }
    if !groupBy.isEmpty { text += "\nGROUP BY " + groupBy.joined(separator: ", ") }
    return text
  }

  /// The WITH clause for `ctes` plus `more`, or nothing.
  func with(_ more: [String] = []) -> String {
    let all = ctes + more
    guard !all.isEmpty else { return "" }
    return (recursive ? "WITH RECURSIVE " : "WITH ") + all.joined(separator: ",\n") + "\n"
  }

  /// The whole statement, without the final `;`.
  var text: String {
    var text = with() + core()
    if !orderBy.isEmpty { text += "\nORDER BY " + Self.wrapped(orderBy, indent: "  ") }
    if let limit { text += "\nLIMIT \(limit)" }
    return text
  }

  /// Items joined by `, `, a new line before one that would pass 96 columns.
  static func wrapped(_ items: [String], indent: String) -> String {
    var lines: [String] = []
    var line = ""
    for item in items {
      if !line.isEmpty, line.count + item.count + 2 > 96 {
        lines.append(line + ",")
        line = indent + item
      } else {
        line += (line.isEmpty ? "" : ", ") + item
      }
    }
    lines.append(line)
    return lines.joined(separator: "\n")
  }
}
