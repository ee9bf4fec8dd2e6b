extension Session {
  /// What `.help` prints: the query forms, then the dot-commands.
  static var helpText: String {
    let commands = DotCommand.catalog.filter { $0.name != "exit" }
    let width = commands.map(\.usage.count).max() ?? 0
    let commandLines = commands.map {
      "  " + $0.usage + String(repeating: " ", count: width - $0.usage.count + 2) + $0.summary
    }
    return queriesHelp + clausesHelp + """
      Commands:
      \(commandLines.joined(separator: "\n"))
      Lines starting with # are comments. .help TOPIC for more: a command, queries, clauses,
      scripts, keys.

      """
  }

  static let queriesHelp = """
    Queries:
      who said PATTERN [about TOPIC]     statements whose words match (* for any)
      what did SPEAKER say [about TOPIC] what a speaker said
      statements [by SPEAKER] [about TOPIC]
      count statements [by speaker|cue|month|source|kind|article]
      people | organizations | places [like PATTERN]
      meetings [with NAME]               meetings and calls
      who met NAME                       who a person met or called

    """

  static let clausesHelp = """
    Clauses: about TOPIC (and, or, not, parentheses), kind direct|indirect|belief|discussion|any,
      in|since|until DATE, sort by KEY [asc|desc], limit N. Names of several words that hold
      a keyword need quotes: "Direct Line". $NAME stands for a parameter (.set).

    """

  static let scriptsHelp = """
    Scripts: hearsay -f report.hsq [PATH...] runs a file of queries and commands: # comments,
    blank lines, and queries going on over several lines while a quote or parenthesis is open.
    Errors are reported as report.hsq:LINE:COLUMN and stop the script with status 1 (.bail off
    or --keep-going to go on). A first line #!/usr/bin/env -S hearsay -f makes the file
    executable. --param NAME=VALUE sets $NAME. The init file
    $XDG_CONFIG_HOME/hearsay/init.hsq (~/.config/hearsay/init.hsq) runs first, unless --no-init.

    """

  static let keysHelp = """
    Keys: Tab completes keywords, commands, names and paths; Up and Down walk the history,
    Ctrl-R searches it; Ctrl-C clears the line or cancels a running load or query; Ctrl-D on
    an empty line leaves. A query goes on over several lines while a quote or parenthesis is
    open. ~/.editrc can change the bindings (bind -v for vi keys).

    """

  /// What `.help TOPIC` prints, or nil for an unknown topic.
  static func helpText(topic: String) -> String? {
    var name = topic.lowercased()
    if name.hasPrefix(".") { name.removeFirst() }
    switch name {
    case "queries", "query": return queriesHelp
    case "clauses", "clause": return clausesHelp
    case "scripts", "script": return scriptsHelp
    case "keys", "keyboard": return keysHelp
    default:
      guard let entry = DotCommand.entry(named: name) else { return nil }
      let summary = entry.summary.prefix(1).uppercased() + entry.summary.dropFirst() + "."
      return "\(entry.usage)\n" + wrapped(summary + " " + entry.details, indent: 2)
    }
  }

  /// Text broken into lines of at most 78 columns, each indented.
  static func wrapped(_ text: String, indent: Int) -> String {
    let margin = String(repeating: " ", count: indent)
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      if !line.isEmpty && margin.count + line.count + 1 + word.count > 78 {
        lines.append(margin + line)
        line = ""
      }
      line += (line.isEmpty ? "" : " ") + word
    }
    if !line.isEmpty { lines.append(margin + line) }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The topics `.help` knows, for completion and hints.
  static var helpTopics: [String] {
    ["queries", "clauses", "scripts", "keys"] + DotCommand.catalog.map(\.name)
  }
}
