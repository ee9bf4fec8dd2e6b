/// The S-expression dump of a query, one line, clauses in a fixed order; a pipeline wraps the
/// query and its stages in `(pipe …)`.
///
///     who said tariff* about NMC and not "Port Avalon" since 2025 limit 3
///     → (who-said tariff* (about (and "NMC" (not "Port Avalon"))) (since 2025-01-01) (limit 3))
///     who said * | count by speaker | top 5
///     → (pipe (who-said *) (count-by speaker) (top 5))
extension Query: CustomStringConvertible {
  package var description: String {
    guard !stages.isEmpty else { return formDescription }
    return "(pipe " + ([formDescription] + stages.map(\.description)).joined(separator: " ") + ")"
  }

  private var formDescription: String {
    var parts: [String]
    switch form {
    case .whoSaid(let pattern): parts = ["who-said", pattern.description]
    case .whatDid(let speaker): parts = ["what-did", speaker.description]
    case .statements: parts = ["statements"]
    case .count: parts = ["count"]
    case .entities(let kind, let like):
      parts = [kind.listName] + (like.map { ["(like \($0))"] } ?? [])
    case .meetings(let with): parts = ["meetings"] + (with.map { ["(with \($0))"] } ?? [])
    case .whoMet(let speaker): parts = ["who-met", speaker.description]
    case .whoMentioned(let topic): parts = ["who-mentioned", topic.description]
    case .whoDiscussed(let topic): parts = ["who-discussed", topic.description]
    case .top(let n, let subject): parts = ["top", String(n.value), subject.rawValue]
    case .articles: parts = ["articles"]
    case .show(let article): parts = ["show", article.description]
    case .context(let n): parts = ["context", String(n.value)]
    case .explainSQL(let query): parts = ["explain-sql", query.description]
    }
    parts += clauses.descriptions
    return "(" + parts.joined(separator: " ") + ")"
  }
}

extension QueryClauses {
  var descriptions: [String] {
    var parts: [String] = []
    if let speaker { parts.append("(by \(speaker))") }
    if let group { parts.append("(by \(group.rawValue))") }
    if let topic { parts.append("(about \(topic))") }
    if let mentioning { parts.append("(mentioning \(mentioning))") }
    if let source { parts.append("(from \(source))") }
    if let kinds { parts.append("(kind \(kinds.rawValue))") }
    if let since { parts.append("(since \(since))") }
    if let until { parts.append("(until \(until))") }
    if let sort {
      parts.append("(sort \(sort.key.rawValue)\(sort.descending ? " desc" : ""))")
    }
    if let limit { parts.append("(limit \(limit))") }
    if spans { parts.append("(with spans)") }
    return parts
  }
}

extension Topic: CustomStringConvertible {
  package var description: String {
    switch self {
    case .name(let name): return name.description
    case .and(let a, let b): return "(and \(a) \(b))"
    case .or(let a, let b): return "(or \(a) \(b))"
    case .not(let a): return "(not \(a))"
    }
  }
}

extension QueryName: CustomStringConvertible {
  package var description: String { JSONText.quoted(text) }
}

extension QueryPattern: CustomStringConvertible {
  package var description: String { quoted ? JSONText.quoted(text) : text }
}

extension PipelineStage: CustomStringConvertible {
  package var description: String {
    switch self {
    case .count(let column): return "(count-by \(column))"
    case .top(let n): return "(top \(n.value))"
    case .sort(let column, let descending): return "(sort \(column)\(descending ? " desc" : ""))"
    case .limit(let n): return "(limit \(n.value))"
    case .filter(let column, let equal, let value):
      return "(where \(column) \(equal ? "=" : "!=") \(value))"
    }
  }
}

extension ColumnName: CustomStringConvertible {
  /// The name as a bare word when it is one, else quoted.
  package var description: String {
    text.unicodeScalars.allSatisfy {
      $0.properties.isAlphabetic || $0 == "_" || ("0"..."9").contains($0)
    }
      && !text.isEmpty ? text : JSONText.quoted(text)
  }
}
