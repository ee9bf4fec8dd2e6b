import HearsayCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Session {
  /// Runs a script file: its lines as a script runs them, errors located in it.
  ///
  /// - Parameter path: the file, as diagnostics name it.
  /// - Returns: `.failure` when the file cannot be read, it sources itself, or a line failed;
  ///   `.quit` when it ran `.quit`.
  package func runScript(at path: String) -> Outcome {
    runScript(at: path, from: nil)
  }

  func runScript(at path: String, from context: InputContext?) -> Outcome {
    let real = Self.realPath(path) ?? path
    if let cycleStart = scriptStack.firstIndex(where: { $0.path == real }) {
      let chain = (scriptStack[cycleStart...].map(\.shownAs) + [path]).joined(separator: " → ")
      let message = "'\(path)' is already running: \(chain)"
      if let context {
        report(
          QueryError(message: message, range: context.argumentsRange, hint: "a script cannot source itself"),
          in: context)
      } else {
        reportFailure(message, in: nil)
      }
      return .failure
    }
    let text: String
    do {
      text = try TextFile.contents(of: path)
    } catch {
      if let context {
        report(
          QueryError(message: "cannot read '\(path)': \(error.reason)", range: context.argumentsRange),
          in: context)
      } else {
        errors.write("hearsay: \(TerminalSanitizer.clean(path)): \(error.reason)\n")
      }
      return .failure
    }
    scriptStack.append((real, path))
    defer { scriptStack.removeLast() }
    let status = InputLoop(file: path, mode: .batch).run(ScriptedLineReader(text: text), in: self)
    if hasQuit { return .quit }
    return status == 0 ? .success : .failure
  }

  /// `.source FILE`: a relative path is taken from the folder of the script that sources it.
  func source(_ path: String, in context: InputContext) -> Outcome {
    var path = Self.expandingHome(path)
    if !path.hasPrefix("/"), let folder = context.folder {
      path = folder + "/" + path
    }
    return runScript(at: path, from: context)
  }

  /// Opens `text` in the editor and runs what was saved, each statement in turn; the saved text
  /// goes to the history.
  package func edit(_ text: String) -> Outcome {
    let edited: String
    do {
      edited = try editText(text)
    } catch {
      errors.write("error: \(error.description)\n")
      return .failure
    }
    let trimmed = edited.trimmingWhitespace
    guard !trimmed.isEmpty else { return .success }
    remember?(trimmed)
    let status = InputLoop(mode: .batch).run(ScriptedLineReader(text: trimmed), in: self)
    if hasQuit { return .quit }
    return status == 0 ? .success : .failure
  }

  /// The path with links and `..` resolved, when the file exists.
  static func realPath(_ path: String) -> String? {
    guard let real = realpath(path, nil) else { return nil }
    defer { free(real) }
    return String(cString: real)
  }
}
