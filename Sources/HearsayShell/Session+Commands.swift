import HearsayCore

extension Session {
  /// Runs a dot-command.
  func run(_ command: DotCommand, in context: InputContext) throws(QueryError) -> Outcome {
    switch command {
    case .help(nil):
      show(Self.helpText)
    case .help(let topic?):
      guard let text = Self.helpText(topic: topic) else {
        let typed = topic.lowercased()
        let nearest = Self.helpTopics.min {
          DotCommand.editDistance($0, typed) < DotCommand.editDistance($1, typed)
        }
        var hint = "topics: queries, clauses, scripts, keys, or a command"
        if let nearest, DotCommand.editDistance(nearest, typed) <= 2 {
          hint = "did you mean '\(nearest)'?"
        }
        throw QueryError(
          message: "no help on '\(topic)'", range: context.argumentsRange, hint: hint)
      }
      output.write(text)
    case .quit:
      hasQuit = true
      return .quit
    case .load(let newPaths):
      return load(newPaths.map(Self.expandingHome)) ? .success : .failure
    case .reload:
      guard !paths.isEmpty else {
        throw QueryError(
          message: "nothing to reload", range: 0..<context.source.count,
          hint: "load articles first: .load PATH")
      }
      return load([]) ? .success : .failure
    case .source(let path):
      return source(path, in: context)
    case .mode(nil):
      output.write("output mode: \(format.rawValue)\n")
    case .mode(let newFormat?):
      format = newFormat
    case .headers(nil):
      output.write("headers: \(headers ? "on" : "off")\n")
    case .headers(let on?):
      headers = on
    case .output(nil):
      return closeRedirect(in: context) ? .success : .failure
    case .output(let path?):
      return redirect(to: Self.expandingHome(path), once: false, in: context)
    case .once(let path):
      return redirect(to: Self.expandingHome(path), once: true, in: context)
    case .timer(nil):
      output.write("timer: \(timer ? "on" : "off")\n")
    case .timer(let on?):
      timer = on
    case .bail(nil):
      output.write("bail: \(bail ? "on" : "off")\n")
    case .bail(let on?):
      bail = on
    case .pager(nil):
      output.write("pager: \(pagerEnabled ? "on" : "off")\n")
    case .pager(let on?):
      pagerEnabled = on
    case .set(nil, _):
      let lines = parameters.keys.sorted().map { "\($0)=\(parameters[$0] ?? "")\n" }
      output.write(lines.isEmpty ? "no parameters; .set NAME VALUE sets one\n" : lines.joined())
    case .set(let name?, nil):
      guard let value = parameters[name] else {
        throw QueryError(
          message: "no parameter '\(name)'", range: context.argumentsRange,
          hint: "set it with .set \(name) VALUE")
      }
      output.write("\(name)=\(value)\n")
    case .set(let name?, let value?):
      parameters[name] = value
    case .unset(let name):
      parameters[name] = nil
    case .edit:
      return edit(lastQuery ?? "")
    case .stats:
      show(statsText)
    case .show:
      output.write(settingsText)
    }
    return .success
  }

  /// `~/x` with the home folder in place of `~`.
  static func expandingHome(_ path: String) -> String {
    guard path == "~" || path.hasPrefix("~/"), let home = Environment.value(of: "HOME"),
      !home.isEmpty
    else { return path }
    return home + path.dropFirst()
  }

  /// One line for the top of an interactive session:
  /// `hearsay 0.1 — 12 articles, 40 statements. .help for help`.
  package var banner: String {
    "hearsay \(Self.version) — \(corpusSummary). .help for help"
  }

  private var settingsText: String {
    let shownPaths = paths.isEmpty ? "(none)" : paths.joined(separator: " ")
    return """
      output mode: \(format.rawValue)
      headers: \(headers ? "on" : "off")
      output: \(outputPath ?? "screen")
      timer: \(timer ? "on" : "off")
      bail: \(bail ? "on" : "off")
      pager: \(pagerEnabled && pager != nil ? "on" : "off")
      paths: \(TerminalSanitizer.clean(shownPaths).onOneLine)
      \(counted(corpus.articles.count, "article")), \(counted(corpus.statements.count, "statement")), \
      \(counted(corpus.meetings.count, "meeting")), \(counted(corpus.entities.count, "entity", "entities"))

      """
  }
}
