import CEditLine

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads lines with libedit's line editor: emacs keys (or what `~/.editrc` sets), history on
/// the arrow keys and Ctrl-R, Tab completion, Ctrl-C to drop the line being edited, Ctrl-D on an
/// empty line to end.
///
/// The editor draws on standard output when that is a terminal and on standard error otherwise,
/// so results can be redirected while the shell stays interactive. Statements are added to the
/// `History` (and so to its file) by `remember`, once whole.
///
/// This is the only code that talks to libedit.
package final class LibEditLineReader: LineReader {
  private let editor: OpaquePointer
  private let editorHistory: OpaquePointer
  private let history: History
  private let terminal: UnsafeMutablePointer<FILE>
  /// The prompt libedit shows, read by the prompt callback.
  private var prompt: UnsafeMutablePointer<CChar>
  /// Set by the Ctrl-C binding while `el_gets` runs.
  private var interrupted = false
  private var reportedHistoryFailure = false
  /// Called once, with the reason, when an entry cannot be written to the history file.
  package var onHistoryFailure: ((String) -> Void)?
  /// Completes the text before the cursor, for Tab.
  package var complete: ((String) -> Completion)?
  /// The terminal width, for listing completions in columns.
  package var width: () -> Int? = { nil }

  /// Sets up the editor on the process's standard input, or returns nil when libedit cannot.
  package init?(history: History) {
    Self.setUpLocale()
    guard let input = hearsay_stdin(), let errors = hearsay_stderr(),
      let output = Terminal.isTerminal(1) ? hearsay_stdout() : errors,
      let editor = el_init("hearsay", input, output, errors)
    else { return nil }
    guard let editorHistory = hearsay_history_create(Int32(history.capacity)),
      let prompt = strdup("")
    else {
      el_end(editor)
      return nil
    }
    self.editor = editor
    self.editorHistory = editorHistory
    self.history = history
    self.terminal = output
    self.prompt = prompt
    configure()
  }

  deinit {
    el_end(editor)
    history_end(editorHistory)
    free(prompt)
  }

  package func readLine(prompt text: String) -> LineInput {
    if let copy = strdup(text) {
      free(prompt)
      prompt = copy
    }
    el_resize(editor)
    while true {
      interrupted = false
      var count: Int32 = 0
      let line = el_gets(editor, &count)
      if interrupted {
        write("^C\n")
        return .interrupted
      }
      guard let line, count > 0 else {
        if count < 0 && errno == EINTR { continue }
        write("\n")
        return .end
      }
      var entered = String(cString: line)
      if entered.hasSuffix("\n") { entered.removeLast() }
      return .line(entered)
    }
  }

  /// Adds a statement to the history, in memory, in the file and in libedit's list (where a
  /// statement of several lines is kept as one line).
  package func remember(_ entry: String) {
    let added: Bool
    do {
      added = try history.append(entry)
    } catch {
      added = true
      if !reportedHistoryFailure {
        reportedHistoryFailure = true
        onHistoryFailure?(error.description)
      }
    }
    if added {
      hearsay_history_enter(editorHistory, String(entry.map { $0.isNewline ? " " : $0 }))
    }
  }

  private func configure() {
    hearsay_el_set_clientdata(editor, Unmanaged.passUnretained(self).toOpaque())
    hearsay_el_set_prompt(editor) { editor in
      guard let editor, let reader = LibEditLineReader.reader(of: editor) else { return nil }
      return reader.prompt
    }
    hearsay_el_set_editor(editor, "emacs")
    hearsay_el_set_history(editor, editorHistory)
    // Ctrl-C arrives as a key, not as SIGINT, and drops the line.
    hearsay_el_disable_signal_keys(editor)
    hearsay_el_add_function(editor, "hearsay-interrupt", "Drop the line being edited") {
      editor, _ in
      guard let editor, let reader = LibEditLineReader.reader(of: editor) else {
        return UInt8(CC_ERROR)
      }
      reader.interrupted = true
      return UInt8(CC_EOF)
    }
    hearsay_el_add_function(editor, "hearsay-complete", "Complete the word before the cursor") {
      editor, _ in
      guard let editor, let reader = LibEditLineReader.reader(of: editor) else {
        return UInt8(CC_ERROR)
      }
      return reader.completeWord()
    }
    hearsay_el_bind(editor, "^C", "hearsay-interrupt")
    hearsay_el_bind(editor, "^I", "hearsay-complete")
    hearsay_el_bind(editor, "^R", "em-inc-search-prev")
    // The user's ~/.editrc (vi mode, other bindings) goes last so it wins.
    el_source(editor, nil)
    for entry in history.entries {
      hearsay_history_enter(editorHistory, String(entry.map { $0.isNewline ? " " : $0 }))
    }
  }

  private static func reader(of editor: OpaquePointer) -> LibEditLineReader? {
    guard let data = hearsay_el_clientdata(editor) else { return nil }
    return Unmanaged<LibEditLineReader>.fromOpaque(data).takeUnretainedValue()
  }

  /// Tab: replaces the word before the cursor with its completion, or lists the choices.
  private func completeWord() -> UInt8 {
    guard let complete, let info = el_line(editor) else { return UInt8(CC_ERROR) }
    let line = info.pointee
    let count = line.cursor - line.buffer
    guard count >= 0 else { return UInt8(CC_ERROR) }
    let before = line.buffer.withMemoryRebound(to: UInt8.self, capacity: count) {
      String(decoding: UnsafeBufferPointer(start: $0, count: count), as: UTF8.self)
    }
    let completion = complete(before)
    if let insertion = completion.insertion {
      el_deletestr(editor, Int32(completion.replaced.unicodeScalars.count))
      el_insertstr(editor, insertion)
      return UInt8(CC_REFRESH)
    }
    guard completion.candidates.count > 1 else { return UInt8(CC_REFRESH_BEEP) }
    write("\n" + completion.listing(width: width() ?? 80))
    return UInt8(CC_REDISPLAY)
  }

  private func write(_ text: String) {
    fputs(text, terminal)
    fflush(terminal)
  }

  /// Takes the locale from the environment, as libedit needs for anything but ASCII; under the
  /// plain C locale, uses C.UTF-8 so non-ASCII input is not dropped.
  private static func setUpLocale() {
    setlocale(LC_ALL, "")
    if let current = setlocale(LC_CTYPE, nil),
      ["C", "POSIX"].contains(String(cString: current))
    {
      setlocale(LC_CTYPE, "C.UTF-8")
    }
  }
}
