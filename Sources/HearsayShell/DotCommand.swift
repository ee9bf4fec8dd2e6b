import HearsayCore

/// A shell command: a line starting with a dot, such as `.mode csv` or `.load news/`.
///
/// Arguments are separated by spaces; single or double quotes keep spaces in one argument
/// (`.load "my articles"`) and a backslash escapes the next character. Errors are `QueryError`s
/// whose ranges index the command line in Characters, so they print with a caret like queries.
package enum DotCommand: Equatable, Sendable {
  /// `.help [TOPIC]`: lists queries and commands, or tells about one topic.
  case help(String?)
  /// `.quit` or `.exit`.
  case quit
  /// `.load PATH...`: adds files or folders and reloads everything.
  case load([String])
  /// `.reload`: loads the same paths again.
  case reload
  /// `.source FILE`: runs the lines of a script file.
  case source(String)
  /// `.mode [FORMAT]`: shows (nil) or sets the output format.
  case mode(OutputFormat?)
  /// `.headers [on|off]`: shows (nil) or sets whether column headers are printed.
  case headers(Bool?)
  /// `.output [FILE]`: sends results to a file until the next `.output`; nil goes back to
  /// standard output.
  case output(String?)
  /// `.once FILE`: sends the next result to a file.
  case once(String)
  /// `.timer [on|off]`: shows or sets whether run times are printed.
  case timer(Bool?)
  /// `.stats`: what is loaded, what was skipped, load time and memory.
  case stats
  /// `.bail [on|off]`: shows or sets whether scripts stop at the first error.
  case bail(Bool?)
  /// `.pager [on|off]`: shows or sets whether long results go through `$PAGER`.
  case pager(Bool?)
  /// `.set [NAME [VALUE...]]`: lists the parameters, shows one, or sets one.
  case set(name: String?, value: String?)
  /// `.unset NAME`: forgets a parameter.
  case unset(String)
  /// `.edit`: opens the last query in `$EDITOR`, then runs what was saved.
  case edit
  /// `.show`: the session's settings and what is loaded.
  case show

  /// Parses a line that starts with `.`.
  package static func parse(_ text: String) throws(QueryError) -> DotCommand {
    let words = try CommandWords.split(text)
    guard let first = words.first, first.text.count > 1 else {
      throw QueryError(message: "expected a command after '.'", range: 0..<1, hint: helpHint)
    }
    let name = String(first.text.dropFirst()).lowercased()
    let arguments = Array(words.dropFirst())
    let parser = ArgumentParser(command: first, arguments: arguments)
    switch name {
    case "help":
      try parser.expectAtMost(1)
      return .help(arguments.first?.text)
    case "quit", "exit":
      try parser.expectAtMost(0)
      return .quit
    case "show", "stats", "reload", "edit":
      try parser.expectAtMost(0)
      switch name {
      case "show": return .show
      case "stats": return .stats
      case "reload": return .reload
      default: return .edit
      }
    case "load":
      try parser.expectAtLeastOne("at least one file or folder", example: ".load articles/")
      return .load(arguments.map(\.text))
    case "source":
      try parser.expectAtLeastOne("a script file", example: ".source report.hsq")
      try parser.expectAtMost(1)
      return .source(arguments[0].text)
    case "output":
      try parser.expectAtMost(1)
      return .output(arguments.first?.text)
    case "once":
      try parser.expectAtLeastOne("a file", example: ".once result.tsv")
      try parser.expectAtMost(1)
      return .once(arguments[0].text)
    case "mode":
      try parser.expectAtMost(1)
      guard let word = arguments.first else { return .mode(nil) }
      guard let format = OutputFormat(rawValue: word.text.lowercased()) else {
        throw QueryError(
          message: "unknown output format '\(word.text)'", range: word.range,
          hint: "formats: \(formatNames)")
      }
      return .mode(format)
    case "headers": return .headers(try parser.switchSetting())
    case "timer": return .timer(try parser.switchSetting())
    case "bail": return .bail(try parser.switchSetting())
    case "pager": return .pager(try parser.switchSetting())
    case "set":
      guard let word = arguments.first else { return .set(name: nil, value: nil) }
      try parser.expectParameterName(word)
      let value = arguments.dropFirst().map(\.text)
      return .set(name: word.text, value: value.isEmpty ? nil : value.joined(separator: " "))
    case "unset":
      try parser.expectAtLeastOne("a parameter name", example: ".unset topic")
      try parser.expectAtMost(1)
      try parser.expectParameterName(arguments[0])
      return .unset(arguments[0].text)
    default:
      let suggestion = nearestCommand(to: name).map { "did you mean '.\($0)'?" }
      throw QueryError(
        message: "unknown command '\(first.text)'", range: first.range,
        hint: suggestion ?? helpHint)
    }
  }

  private static let helpHint = "type .help for the list of commands"

  /// Checks a command's arguments, throwing errors that point at them.
  private struct ArgumentParser {
    var command: CommandWords.Word
    var arguments: [CommandWords.Word]

    func expectAtMost(_ count: Int) throws(QueryError) {
      guard arguments.count > count, let last = arguments.last else { return }
      let message =
        count == 0
        ? "'\(command.text)' takes no arguments"
        : "'\(command.text)' takes \(count == 1 ? "one argument" : "\(count) arguments") at most"
      throw QueryError(
        message: message, range: arguments[count].range.lowerBound..<last.range.upperBound)
    }

    func expectAtLeastOne(_ what: String, example: String) throws(QueryError) {
      guard arguments.isEmpty else { return }
      let end = command.range.upperBound
      throw QueryError(
        message: "'\(command.text)' needs \(what)", range: end..<end,
        hint: "for example: \(example)")
    }

    /// `on` or `off` (also yes/no, true/false), or nil when no argument is given.
    func switchSetting() throws(QueryError) -> Bool? {
      try expectAtMost(1)
      guard let word = arguments.first else { return nil }
      switch word.text.lowercased() {
      case "on", "yes", "true", "1": return true
      case "off", "no", "false", "0": return false
      default:
        throw QueryError(message: "expected 'on' or 'off', not '\(word.text)'", range: word.range)
      }
    }

    func expectParameterName(_ word: CommandWords.Word) throws(QueryError) {
      guard !ParameterSubstitution.isValidName(word.text) else { return }
      throw QueryError(
        message: "'\(word.text)' is not a parameter name", range: word.range,
        hint: "a name is a letter or _ followed by letters, digits and _")
    }
  }
}
