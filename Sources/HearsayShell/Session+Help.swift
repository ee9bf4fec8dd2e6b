extension Session {
  /// What `.help` prints: the query forms, then the dot-commands.
  static var helpText: String {
    let commands = DotCommand.catalog.filter { $0.name != "exit" }
    let width = commands.map(\.usage.count).max() ?? 0
    let commandLines = commands.map {
      "  " + $0.usage + String(repeating: " ", count: width - $0.usage.count + 2) + $0.summary
    }
    return """
      Queries:
        who said PATTERN [about TOPIC]     statements whose words match (* for any)
        what did SPEAKER say [about TOPIC] what a speaker said
        statements [by SPEAKER] [about TOPIC]
        count statements [by speaker|cue|month|source|kind|article]
        people | organizations | places [like PATTERN]
        meetings [with NAME]               meetings and calls
        who met NAME                       who a person met or called
      Clauses: about TOPIC (and, or, not), kind direct|indirect|belief|discussion|any,
        in|since|until DATE, sort by KEY [asc|desc], limit N
      Commands:
      \(commandLines.joined(separator: "\n"))
      Lines starting with # are comments.

      """
  }
}
