import HearsayShell

/// The interactive shell: banner, `hearsay> ` prompt, line editing and a history file.
enum InteractiveShell {
  static let prompt = "hearsay> "

  /// Runs until Ctrl-D or `.quit`; the status is 0 whatever the queries did.
  static func run(_ session: Session) -> Int32 {
    ProcessSignals.ignoreInterrupts()
    session.reportsLoads = true
    let history = History(file: History.defaultPath().map(HistoryFile.init(path:)))
    if let failure = history.loadFailure {
      session.errors.write("hearsay: cannot read history: \(failure)\n")
    }
    // The editor draws where a person looks: standard output, or standard error when output
    // is redirected.
    let screen: Int32 = Terminal.isTerminal(1) ? 1 : 2
    if Terminal.isTerminal(screen) {
      FileDescriptorSink(descriptor: screen).write(session.banner + "\n")
    }
    let loop = InputLoop(prompt: prompt, errorPolicy: .ignore)
    guard let reader = LibEditLineReader(history: history) else {
      session.errors.write("hearsay: line editing is not available; reading plain lines\n")
      return loop.run(StandardInputLineReader(), in: session)
    }
    reader.onHistoryFailure = { reason in
      session.errors.write("hearsay: cannot save history: \(reason)\n")
    }
    return loop.run(reader, in: session)
  }
}
