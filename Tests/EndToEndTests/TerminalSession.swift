import Foundation

/// Runs a program on a pseudo-terminal and talks to it as a person at a keyboard would, in the
/// manner of `expect`: wait for some text, then type.
///
/// The program gets a new session with the terminal as its controlling terminal, so Ctrl-C
/// would raise a real SIGINT if the program left the terminal's signal keys on.
final class TerminalSession {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  private let master: Int32
  let pid: pid_t
  private var transcriptBytes: [UInt8] = []
  /// Where the next `waitFor` starts looking in the transcript.
  private var searchStart = 0
  private var exitStatus: Int32?

  /// Everything the program wrote to the terminal so far.
  var transcript: String { String(decoding: transcriptBytes, as: UTF8.self) }

  init(
    _ executable: String, arguments: [String], environment: [String: String],
    rows: UInt16 = 30, columns: UInt16 = 120
  ) throws {
    ChildProcess.lock.lock()
    defer { ChildProcess.lock.unlock() }
    master = ChildProcess.open("/dev/ptmx", O_RDWR | O_NOCTTY)
    guard master >= 0 else { throw Failure(description: "cannot open /dev/ptmx") }
    var unlock: Int32 = 0
    var number: UInt32 = 0
    // TIOCSPTLCK and TIOCGPTN, which Swift does not import.
    guard ioctl(master, UInt(0x4004_5431), &unlock) == 0,
      ioctl(master, UInt(0x8004_5430), &number) == 0
    else {
      close(master)
      throw Failure(description: "cannot unlock the pseudo-terminal")
    }
    var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    do {
      pid = try ChildProcess.spawn(
        executable, arguments: arguments, environment: environment,
        streams: .terminal(path: "/dev/pts/\(number)"))
    } catch {
      close(master)
      throw error
    }
  }

  deinit {
    if exitStatus == nil {
      kill(pid, SIGKILL)
      _ = ChildProcess.wait(for: pid, timeout: .seconds(5))
    }
    close(master)
  }

  /// Waits until `text` appears after the previous match; throws with the transcript when it
  /// does not within `timeout`.
  func waitFor(_ text: String, timeout: Duration = .seconds(10)) throws {
    let needle = Array(text.utf8)
    let deadline = ContinuousClock.now + timeout
    while true {
      if let end = find(needle) {
        searchStart = end
        return
      }
      let left = deadline - ContinuousClock.now
      guard left > .zero else {
        throw Failure(description: "did not see \(text.debugDescription) in:\n\(transcript)")
      }
      readAvailable(waitingAtMost: min(left, .milliseconds(100)))
    }
  }

  /// Waits for the prompt, then lets the line editor put the terminal into raw mode before keys
  /// are sent (libedit prints the prompt first).
  func waitForPrompt(_ prompt: String = "hearsay> ") throws {
    try waitFor(prompt)
    settle()
  }

  /// Gives the program a moment to set up the terminal, reading what it writes meanwhile.
  func settle() {
    readAvailable(waitingAtMost: .milliseconds(100))
  }

  /// Types text: `\r` is Enter, `\u{03}` Ctrl-C, `\u{04}` Ctrl-D, `\u{1b}[A` the Up arrow.
  func type(_ text: String) {
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return -1 }
        return write(master, base + offset, buffer.count - offset)
      }
      if written > 0 {
        offset += written
      } else if errno != EINTR && errno != EAGAIN {
        return
      }
    }
  }

  /// The transcript after the last match, for checking what did not appear.
  var unmatchedTail: String {
    String(decoding: transcriptBytes[searchStart...], as: UTF8.self)
  }

  /// Waits for the program to exit, reading its output meanwhile; its status, or nil on timeout.
  func waitForExit(timeout: Duration = .seconds(10)) -> Int32? {
    let status = ChildProcess.wait(for: pid, timeout: timeout) {
      readAvailable(waitingAtMost: .zero)
    }
    exitStatus = status ?? -1
    readAvailable(waitingAtMost: .zero)
    return status
  }

  private func find(_ needle: [UInt8]) -> Int? {
    guard !needle.isEmpty, transcriptBytes.count - searchStart >= needle.count else { return nil }
    var index = searchStart
    while index + needle.count <= transcriptBytes.count {
      if transcriptBytes[index..<index + needle.count].elementsEqual(needle) {
        return index + needle.count
      }
      index += 1
    }
    return nil
  }

  private func readAvailable(waitingAtMost wait: Duration) {
    var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    let milliseconds =
      Int32(wait.components.seconds * 1000)
      + Int32(wait.components.attoseconds / 1_000_000_000_000_000)
    var timeout = milliseconds
    var buffer = [UInt8](repeating: 0, count: 4096)
    while poll(&descriptor, 1, timeout) > 0 {
      let count = read(master, &buffer, buffer.count)
      guard count > 0 else { return }
      transcriptBytes.append(contentsOf: buffer[0..<count])
      timeout = 0
    }
  }
}
