import HearsayShell

/// The interactive shell: banner, `hearsay> ` prompt, line editing, completion and a history
/// file.
enum InteractiveShell {
  static let prompt = "hearsay> "
  static let continuationPrompt = "   ...> "

  /// Runs until Ctrl-D or `.quit`; the status is 0 whatever the queries did.
  static func run(_ session: Session) -> Int32 {
    session.reportsLoads = true
    // The editor draws where a person looks: standard output, or standard error when output
    // is redirected.
    let screen: Int32 = Terminal.isTerminal(1) ? 1 : 2
    if Terminal.isTerminal(1) {
      session.pager = Pager.fromEnvironment()
      session.rows = { Terminal.height(of: 1) }
    }
    let history = History(file: History.defaultPath().map(HistoryFile.init(path:)))
    if let failure = history.loadFailure {
      session.errors.write("hearsay: cannot read history: \(failure)\n")
    }
    if Terminal.isTerminal(screen) {
      FileDescriptorSink(descriptor: screen).write(session.banner + "\n")
    }
    let loop = InputLoop(
      prompt: prompt, continuationPrompt: continuationPrompt, mode: .interactive)
    guard let reader = LibEditLineReader(history: history) else {
      session.errors.write("hearsay: line editing is not available; reading plain lines\n")
      return loop.run(StandardInputLineReader(), in: session)
    }
    reader.onHistoryFailure = { reason in
      session.errors.write("hearsay: cannot save history: \(reason)\n")
    }
    reader.complete = { [unowned session] text in session.completer.complete(text) }
    reader.width = { Terminal.width(of: screen) }
    session.remember = { [unowned reader] entry in reader.remember(entry) }
    return loop.run(reader, in: session)
  }
}
