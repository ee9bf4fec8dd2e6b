import HearsayCore

extension DotCommand {
  /// One command as `.help` lists it.
  package struct Entry: Sendable {
    package var name: String
    package var usage: String
    package var summary: String
    /// More about it, for `.help NAME`.
    package var details: String
    /// What its arguments are, for completion.
    package var arguments: ArgumentKind
  }

  /// What a command's arguments are, so completion can offer the right words.
  package enum ArgumentKind: Sendable, Equatable {
    case none
    /// Files or folders; `repeated` when more than one may be given.
    case paths(repeated: Bool)
    case onOff
    case format
    case helpTopic
    case parameter
  }

  /// The commands, in help order.
  package static let catalog: [Entry] = [
    Entry(
      name: "help", usage: ".help [TOPIC]", summary: "show this help, or help on a topic",
      details: "Topics: a command name (.help load), queries, clauses, scripts, keys.",
      arguments: .helpTopic),
    Entry(
      name: "load", usage: ".load PATH...", summary: "add article files or folders and reload",
      details: """
        Folders are read recursively, hidden files skipped. Files that cannot be read are \
        named on standard error with the reason; .stats counts them. Ctrl-C cancels a load \
        and keeps what was loaded before.
        """, arguments: .paths(repeated: true)),
    Entry(
      name: "reload", usage: ".reload", summary: "load the same paths again",
      details: "Reads every path loaded so far again, to pick up changed files.",
      arguments: .none),
    Entry(
      name: "source", usage: ".source FILE", summary: "run the queries and commands in a file",
      details: """
        Lines run as in a script (hearsay -f): # comments, blank lines, queries over several \
        lines. A relative path is taken from the folder of the file that sources it. Files \
        may source others, but not themselves.
        """, arguments: .paths(repeated: false)),
    Entry(
      name: "mode", usage: ".mode [FORMAT]", summary: "show or set the output format: " + formatNames,
      details: """
        table fits the terminal; tsv is the default off a terminal; json is one array, \
        jsonl one object per line.
        """, arguments: .format),
    Entry(
      name: "headers", usage: ".headers [on|off]", summary: "show or set column headers",
      details: "With headers off, results are rows only.", arguments: .onOff),
    Entry(
      name: "output", usage: ".output [FILE]",
      summary: "send results to FILE until the next .output; none: back to the screen",
      details: """
        The file is written under a temporary name and renamed into place when .output \
        switches again or the session ends, so a failed write never leaves a partial file.
        """, arguments: .paths(repeated: false)),
    Entry(
      name: "once", usage: ".once FILE", summary: "send the next result to FILE",
      details: "Like .output, for one result only.", arguments: .paths(repeated: false)),
    Entry(
      name: "timer", usage: ".timer [on|off]", summary: "show or set timing of each query",
      details: "Times go to standard error.", arguments: .onOff),
    Entry(
      name: "stats", usage: ".stats",
      summary: "articles, statements, entities, skipped files, load time, memory",
      details: "Files skipped while loading are counted by reason.", arguments: .none),
    Entry(
      name: "bail", usage: ".bail [on|off]", summary: "show or set stopping at the first error",
      details: """
        On by default for -c and -f (--keep-going turns it off), off for piped input. The \
        interactive shell never stops on errors.
        """, arguments: .onOff),
    Entry(
      name: "pager", usage: ".pager [on|off]", summary: "show or set paging of long results",
      details: "Long results on a terminal go through $PAGER (less -FRX when unset).",
      arguments: .onOff),
    Entry(
      name: "set", usage: ".set [NAME [VALUE]]", summary: "list, show or set parameters ($NAME)",
      details: """
        Queries and commands use $NAME for the value; $$ is a dollar sign. --param NAME=VALUE \
        sets one from the command line. An unknown $NAME is an error.
        """, arguments: .parameter),
    Entry(
      name: "unset", usage: ".unset NAME", summary: "forget a parameter",
      details: "", arguments: .parameter),
    Entry(
      name: "edit", usage: ".edit", summary: "edit the last query in $EDITOR, then run it",
      details: """
        Opens the query being typed (on a continuation line) or the last query run in \
        $EDITOR (vi when unset); what is saved runs when the editor exits.
        """, arguments: .none),
    Entry(
      name: "show", usage: ".show", summary: "show the settings and what is loaded",
      details: "", arguments: .none),
    Entry(
      name: "quit", usage: ".quit", summary: "leave the shell (also .exit, or Ctrl-D)",
      details: "", arguments: .none),
    Entry(name: "exit", usage: ".exit", summary: "leave the shell", details: "", arguments: .none),
  ]

  /// The catalog entry for a command name (without its dot), if there is one.
  package static func entry(named name: String) -> Entry? {
    catalog.first { $0.name == name.lowercased() }
  }

  /// The output format names, comma separated.
  static let formatNames = OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")
}
