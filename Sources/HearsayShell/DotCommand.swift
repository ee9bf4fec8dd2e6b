import HearsayCore

/// A shell command: a line starting with a dot, such as `.mode csv` or `.load news/`.
///
/// Arguments are separated by spaces; single or double quotes keep spaces in one argument
/// (`.load "my articles"`) and a backslash escapes the next character. Errors are `QueryError`s
/// whose ranges index the command line in Characters, so they print with a caret like queries.
package enum DotCommand: Equatable, Sendable {
  /// `.help`: lists queries and commands.
  case help
  /// `.quit` or `.exit`.
  case quit
  /// `.load PATH...`: adds files or folders and reloads everything.
  case load([String])
  /// `.mode [FORMAT]`: shows (nil) or sets the output format.
  case mode(OutputFormat?)
  /// `.headers [on|off]`: shows (nil) or sets whether column headers are printed.
  case headers(Bool?)
  /// `.show`: the session's settings and what is loaded.
  case show

  /// The commands with their usage and a one-line summary, in help order.
  static let catalog: [(name: String, usage: String, summary: String)] = [
    ("help", ".help", "show this help"),
    ("load", ".load PATH...", "add article files or folders and reload"),
    ("mode", ".mode [FORMAT]", "show or set the output format: " + formatNames),
    ("headers", ".headers [on|off]", "show or set column headers"),
    ("show", ".show", "show the settings and what is loaded"),
    ("quit", ".quit", "leave the shell (also .exit, or Ctrl-D on an empty line)"),
    ("exit", ".exit", "leave the shell"),
  ]

  /// The output format names, comma separated.
  static let formatNames = OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")

  /// Parses a line that starts with `.`.
  package static func parse(_ text: String) throws(QueryError) -> DotCommand {
    let words = try CommandWords.split(text)
    guard let first = words.first else {
      throw QueryError(message: "expected a command after '.'", range: 0..<1, hint: helpHint)
    }
    let name = String(first.text.dropFirst())
    let arguments = Array(words.dropFirst())
    switch name {
    case "help":
      try expectNoArguments(arguments, command: first.text)
      return .help
    case "quit", "exit":
      try expectNoArguments(arguments, command: first.text)
      return .quit
    case "show":
      try expectNoArguments(arguments, command: first.text)
      return .show
    case "load":
      guard !arguments.isEmpty else {
        throw QueryError(
          message: "'.load' needs at least one file or folder",
          range: first.range.upperBound..<first.range.upperBound,
          hint: "for example: .load articles/")
      }
      return .load(arguments.map(\.text))
    case "mode":
      try expectAtMostOneArgument(arguments, command: first.text)
      guard let word = arguments.first else { return .mode(nil) }
      guard let format = OutputFormat(rawValue: word.text.lowercased()) else {
        throw QueryError(
          message: "unknown output format '\(word.text)'", range: word.range,
          hint: "formats: \(formatNames)")
      }
      return .mode(format)
    case "headers":
      try expectAtMostOneArgument(arguments, command: first.text)
      guard let word = arguments.first else { return .headers(nil) }
      switch word.text.lowercased() {
      case "on", "yes", "true": return .headers(true)
      case "off", "no", "false": return .headers(false)
      default:
        throw QueryError(
          message: "expected 'on' or 'off', not '\(word.text)'", range: word.range)
      }
    default:
      let suggestion = nearestCommand(to: name).map { "did you mean '.\($0)'?" }
      throw QueryError(
        message: "unknown command '\(first.text)'", range: first.range,
        hint: suggestion ?? helpHint)
    }
  }

  private static let helpHint = "type .help for the list of commands"

  private static func expectNoArguments(_ arguments: [CommandWords.Word], command: String)
    throws(QueryError)
  {
    guard let extra = arguments.first, let last = arguments.last else { return }
    throw QueryError(
      message: "'\(command)' takes no arguments",
      range: extra.range.lowerBound..<last.range.upperBound)
  }

  private static func expectAtMostOneArgument(_ arguments: [CommandWords.Word], command: String)
    throws(QueryError)
  {
    guard arguments.count > 1, let last = arguments.last else { return }
    throw QueryError(
      message: "'\(command)' takes one argument at most",
      range: arguments[1].range.lowerBound..<last.range.upperBound)
  }

  /// The command name closest to a mistyped one: a prefix (`.he`), or one or two edits away,
  /// ties going to the name sharing the longer start (`.mood` → `.mode`, not `.load`).
  package static func nearestCommand(to typed: String) -> String? {
    let typed = typed.lowercased()
    guard !typed.isEmpty else { return nil }
    let names = catalog.map(\.name)
    if let prefixed = names.first(where: { $0.hasPrefix(typed) }) { return prefixed }
    let reach = typed.count <= 3 ? 1 : 2
    let scored = names.map { name in
      (name: name, distance: editDistance(typed, name), shared: sharedStart(typed, name))
    }
    guard
      let best = scored.filter({ $0.distance <= reach }).min(by: {
        ($0.distance, -$0.shared) < ($1.distance, -$1.shared)
      })
    else { return nil }
    return best.name
  }

  /// How many leading characters two words have in common.
  private static func sharedStart(_ a: String, _ b: String) -> Int {
    zip(a, b).prefix(while: { $0 == $1 }).count
  }

  /// The Levenshtein distance between two short words.
  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + [Int](repeating: 0, count: b.count)
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      previous = current
    }
    return previous[b.count]
  }
}
