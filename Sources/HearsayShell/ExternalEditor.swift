#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The user's text editor (`$EDITOR`, `vi` when unset), for `.edit`: the text goes into a
/// temporary `.hsq` file, the editor runs on the terminal, and the saved file is read back.
package struct ExternalEditor: Sendable {
  /// Why editing gave nothing to run.
  package struct Failure: Error, Sendable, CustomStringConvertible {
    package var description: String

    package init(description: String) {
      self.description = description
    }
  }

  /// The shell command naming the editor, such as `vi` or `code --wait`.
  package var command: String

  package init(command: String) {
    self.command = command
  }

  /// The editor `$EDITOR` names, or `vi`.
  package static func fromEnvironment() -> ExternalEditor {
    let command = (Environment.value(of: "EDITOR") ?? "").trimmingWhitespace
    return ExternalEditor(command: command.isEmpty ? "vi" : command)
  }

  /// Lets the user edit `text`; returns the text as saved.
  package func edit(_ text: String) throws(Failure) -> String {
    let folder = Environment.value(of: "TMPDIR").flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    var template = Array("\(folder)/hearsay-edit-XXXXXX.hsq".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.map { mkstemps($0, 4) } ?? -1
    }
    guard descriptor >= 0 else {
      throw Failure(description: "cannot make a file to edit: \(SystemError.describe(errno))")
    }
    let path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    defer { unlink(path) }
    let sink = FileDescriptorSink(descriptor: descriptor)
    sink.write(text.isEmpty || text.hasSuffix("\n") ? text : text + "\n")
    close(descriptor)
    guard let status = ExternalProgram.run(command + " \"$1\"", arguments: [path]) else {
      throw Failure(description: "cannot start the editor '\(command)'")
    }
    guard status == 0 else {
      throw Failure(description: "the editor '\(command)' exited with status \(status); nothing was run")
    }
    do {
      return try TextFile.contents(of: path)
    } catch {
      throw Failure(description: "cannot read the edited file: \(error.reason)")
    }
  }
}
