/// The S-expression dump of a query, one line, clauses in a fixed order.
///
///     who said tariff* about NMC and not "Port Avalon" since 2025 limit 3
///     → (who-said tariff* (about (and "NMC" (not "Port Avalon"))) (since 2025-01-01) (limit 3))
extension Query: CustomStringConvertible {
  package var description: String {
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
    if let kinds { parts.append("(kind \(kinds.rawValue))") }
    if let since { parts.append("(since \(since))") }
    if let until { parts.append("(until \(until))") }
    if let sort {
      parts.append("(sort \(sort.key.rawValue)\(sort.descending ? " desc" : ""))")
    }
    if let limit { parts.append("(limit \(limit))") }
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
