#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The history file on disk, shared safely by shells running at once, and never left half
/// written by a crash.
///
/// One entry per line; a backslash, a line feed and a carriage return inside an entry are
/// written `\\`, `\n` and `\r`. Each entry is appended as one whole line, in one `write` with
/// `O_APPEND`, under an exclusive `flock`, so concurrent shells never overwrite each other
/// (libedit's own `H_SAVE` rewrites the whole file); a line cut short by a crash is ended
/// before the next one is added. When the file grows a quarter past its capacity, the appending
/// shell writes the newest entries to a temporary file and renames it over the history, still
/// under the lock, so the file is always either the old one or the new one. A shell that was
/// waiting for the lock of the replaced file notices and opens the new one. Loading takes a
/// shared lock, and folds repeated entries, keeping the newest.
package struct HistoryFile: Sendable {
  /// Why the file could not be read or written.
  package struct Failure: Error, Sendable, CustomStringConvertible {
    package var path: String
    package var reason: String
    package var description: String { "\(path): \(reason)" }
  }

  package let path: String

  package init(path: String) {
    self.path = path
  }

  /// The newest `capacity` entries, oldest first, each only once (where it was last entered);
  /// none when the file does not exist yet.
  package func load(capacity: Int) throws(Failure) -> [String] {
    guard let descriptor = try openLocked(O_RDONLY, LOCK_SH, creating: false) else { return [] }
    defer { close(descriptor) }
    return Array(Self.folded(try readEntries(descriptor)).suffix(capacity))
  }

  /// Appends one entry, creating the file (and its folders) when needed, and trims the file
  /// when it has grown past `capacity` by a quarter.
  package func append(_ entry: String, capacity: Int) throws(Failure) {
    try makeParentFolders()
    guard let descriptor = try openLocked(O_RDWR | O_APPEND, LOCK_EX, creating: true) else {
      throw failure(ENOENT)
    }
    defer { close(descriptor) }
    var line = Self.encode(entry) + "\n"
    if try endsMidLine(descriptor) { line = "\n" + line }
    try writeAll(descriptor, line)
    let entries = try readEntries(descriptor)
    if entries.count > capacity + max(1, capacity / 4) {
      try replaceContents(with: Array(Self.folded(entries).suffix(capacity)))
    }
  }

  /// The entries with repeats left out, each kept where it was last entered.
  static func folded(_ entries: [String]) -> [String] {
    var seen: Set<String> = []
    var kept: [String] = []
    for entry in entries.reversed() where seen.insert(entry).inserted {
      kept.append(entry)
    }
    return kept.reversed()
  }

  /// Opens the file and locks it, making sure the lock is on the file now at `path` (another
  /// shell may have renamed a trimmed file over it meanwhile); nil when it does not exist and
  /// `creating` is false.
  private func openLocked(_ flags: Int32, _ operation: Int32, creating: Bool) throws(Failure)
    -> Int32?
  {
    while true {
      let descriptor = open(path, flags | O_CLOEXEC | (creating ? O_CREAT : 0), 0o600)
      if descriptor < 0 {
        if errno == ENOENT && !creating { return nil }
        throw failure(errno)
      }
      guard lock(descriptor, operation) else {
        let code = errno
        close(descriptor)
        throw failure(code)
      }
      var opened = stat()
      var current = stat()
      if fstat(descriptor, &opened) == 0, stat(path, &current) == 0,
        opened.st_dev == current.st_dev, opened.st_ino == current.st_ino
      {
        return descriptor
      }
      close(descriptor)
    }
  }

  /// Whether the file's last byte is not a line feed: a line was cut short.
  private func endsMidLine(_ descriptor: Int32) throws(Failure) -> Bool {
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { throw failure(errno) }
    guard info.st_size > 0 else { return false }
    var last: UInt8 = 0
    guard pread(descriptor, &last, 1, info.st_size - 1) == 1 else { throw failure(errno) }
    return last != UInt8(ascii: "\n")
  }

  /// Writes the entries to a temporary file beside the history and renames it over it.
  private func replaceContents(with entries: [String]) throws(Failure) {
    var template = Array((path + ".XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.map { mkstemp($0) } ?? -1
    }
    guard descriptor >= 0 else { throw failure(errno) }
    let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    do {
      try writeAll(descriptor, entries.map { Self.encode($0) + "\n" }.joined())
    } catch {
      close(descriptor)
      unlink(temporary)
      throw error
    }
    var code: Int32 = fsync(descriptor) == 0 ? 0 : errno
    if close(descriptor) != 0 && code == 0 { code = errno }
    guard code == 0 else {
      unlink(temporary)
      throw failure(code)
    }
    guard rename(temporary, path) == 0 else {
      let code = errno
      unlink(temporary)
      throw failure(code)
    }
  }

  /// An entry as one line of the file (without the line feed).
  static func encode(_ entry: String) -> String {
    var line = ""
    for scalar in entry.unicodeScalars {
      switch scalar {
      case "\\": line += "\\\\"
      case "\n": line += "\\n"
      case "\r": line += "\\r"
      default: line.unicodeScalars.append(scalar)
      }
    }
    return line
  }

  /// The entry a line of the file stands for.
  static func decode(_ line: Substring) -> String {
    var entry = ""
    var escaped = false
    for scalar in line.unicodeScalars {
      if escaped {
        switch scalar {
        case "n": entry += "\n"
        case "r": entry += "\r"
        default: entry.unicodeScalars.append(scalar)
        }
        escaped = false
      } else if scalar == "\\" {
        escaped = true
      } else {
        entry.unicodeScalars.append(scalar)
      }
    }
    return entry
  }

  private func readEntries(_ descriptor: Int32) throws(Failure) -> [String] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 16 * 1024)
    var offset: off_t = 0
    while true {
      let count = chunk.withUnsafeMutableBytes {
        pread(descriptor, $0.baseAddress, $0.count, offset)
      }
      if count > 0 {
        bytes.append(contentsOf: chunk[0..<count])
        offset += off_t(count)
      } else if count == 0 {
        break
      } else if errno != EINTR {
        throw failure(errno)
      }
    }
    let text = String(decoding: bytes, as: UTF8.self)
    return text.unicodeScalars.split(separator: "\n").map { Self.decode(Substring($0)) }
      .filter { !$0.isEmpty }
  }

  private func writeAll(_ descriptor: Int32, _ text: String) throws(Failure) {
    var text = text
    let written: Bool = text.withUTF8 { bytes in
      var offset = 0
      while offset < bytes.count {
        guard let base = bytes.baseAddress else { return false }
        let count = write(descriptor, base + offset, bytes.count - offset)
        if count > 0 {
          offset += count
        } else if count < 0 && errno == EINTR {
          continue
        } else {
          return false
        }
      }
      return true
    }
    guard written else { throw failure(errno) }
  }

  private func lock(_ descriptor: Int32, _ operation: Int32) -> Bool {
    while flock(descriptor, operation) != 0 {
      guard errno == EINTR else { return false }
    }
    return true
  }

  /// `mkdir -p` of the folder holding the file, new folders private to the user.
  private func makeParentFolders() throws(Failure) {
    let parts = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
    var folder = ""
    for (index, part) in parts.enumerated() {
      folder += (index == 0 ? "" : "/") + part
      guard !part.isEmpty, part != "." else { continue }
      if mkdir(folder, 0o700) != 0 && errno != EEXIST { throw failure(errno) }
    }
  }

  private func failure(_ code: Int32) -> Failure {
    Failure(path: path, reason: SystemError.describe(code))
  }
}
