#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The history file on disk, shared safely by shells running at once.
///
/// One entry per line; a backslash, a line feed and a carriage return inside an entry are
/// written `\\`, `\n` and `\r`. Each entry is appended with `O_APPEND` under an exclusive
/// `flock`, so concurrent shells never overwrite each other (libedit's own `H_SAVE` rewrites the
/// whole file). When the file grows a quarter past its capacity, the appending shell rewrites it
/// with the newest entries, still under the lock; loading takes a shared lock.
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

  /// The newest `capacity` entries, oldest first, repeats of the entry before folded; none when
  /// the file does not exist yet.
  package func load(capacity: Int) throws(Failure) -> [String] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    if descriptor < 0 {
      if errno == ENOENT { return [] }
      throw failure(errno)
    }
    defer { close(descriptor) }
    guard lock(descriptor, LOCK_SH) else { throw failure(errno) }
    var entries: [String] = []
    for entry in try readEntries(descriptor) where entry != entries.last {
      entries.append(entry)
    }
    return Array(entries.suffix(capacity))
  }

  /// Appends one entry, creating the file (and its folders) when needed, and trims the file
  /// when it has grown past `capacity` by a quarter.
  package func append(_ entry: String, capacity: Int) throws(Failure) {
    try makeParentFolders()
    let descriptor = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw failure(errno) }
    defer { close(descriptor) }
    guard lock(descriptor, LOCK_EX) else { throw failure(errno) }
    try writeAll(descriptor, Self.encode(entry) + "\n")
    let entries = try readEntries(descriptor)
    if entries.count > capacity + max(1, capacity / 4) {
      guard ftruncate(descriptor, 0) == 0 else { throw failure(errno) }
      let kept = entries.suffix(capacity).map { Self.encode($0) + "\n" }.joined()
      try writeAll(descriptor, kept)
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
