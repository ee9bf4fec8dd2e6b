#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Expands paths into article files: directories are walked recursively in sorted order,
/// hidden entries and READMEs are skipped, symlink loops are cut, and anything that is not a
/// regular file (FIFOs, devices, sockets) is reported, never opened.
///
/// Only `stat` and `opendir` touch the entries, so a FIFO in a corpus folder cannot block the
/// walk.
struct ArticleFileWalker: Sendable {
  /// File extensions read when walking a directory (a file named on the command line is read
  /// whatever its extension).
  static let articleExtensions: Set<String> = [
    "txt", "text", "md", "markdown", "sgm", "sgml", "json", "jsonl", "ndjson", "",
  ]

  /// One step of the walk, in the order met: a file to read, or a path that was not read.
  enum Entry: Equatable {
    case file(String)
    case problem(LoadProblem)
  }

  struct Result {
    var entries: [Entry] = []
    /// Files in folders passed over for their extension, or met a second time by another path.
    var ignored = 0

    var files: [String] {
      entries.compactMap { if case .file(let path) = $0 { path } else { nil } }
    }

    var problems: [LoadProblem] {
      entries.compactMap { if case .problem(let problem) = $0 { problem } else { nil } }
    }
  }

  /// A file's identity, so that one reached by two paths is read once.
  private struct FileKey: Hashable {
    var device: UInt64
    var inode: UInt64
  }

  private struct Walk {
    var result = Result()
    /// Real paths of the directories walked so far.
    var walked = Set<String>()
    /// Real paths of the directories being walked, innermost last: a link back to one is a loop.
    var ancestors: [String] = []
    var seenFiles = Set<FileKey>()

    mutating func skip(_ path: String, _ reason: String) {
      result.entries.append(.problem(LoadProblem(path: path, reason: reason, severity: .skipped)))
    }

    mutating func add(_ path: String, _ st: stat) {
      let key = FileKey(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
      if seenFiles.insert(key).inserted {
        result.entries.append(.file(path))
      } else {
        result.ignored += 1
      }
    }
  }

  func expand(_ paths: [String]) -> Result {
    var walk = Walk()
    for path in paths {
      var st = stat()
      guard stat(path, &st) == 0 else {
        walk.skip(path, errnoReason())
        continue
      }
      switch st.st_mode & S_IFMT {
      case S_IFDIR: self.walk(path, &walk)
      case S_IFREG: walk.add(path, st)
      default: walk.skip(path, Self.notRegular(st))
      }
    }
    return walk.result
  }

  private func walk(_ dir: String, _ walk: inout Walk) {
    guard let real = realPath(dir) else {
      walk.skip(dir, errnoReason())
      return
    }
    if walk.ancestors.contains(real) {
      walk.skip(dir, "symlink loop back to \(real); skipped")
      return
    }
    guard walk.walked.insert(real).inserted else {
      walk.result.ignored += 1  // the same folder reached again by another path
      return
    }
    guard let handle = opendir(dir) else {
      walk.skip(dir, errnoReason())
      return
    }
    var names: [String] = []
    while let entry = readdir(handle) {
      // glibc allocates each entry only as long as its name: copying `entry.pointee.d_name`
      // would read all 256 bytes, past the end of the last entry in the buffer (AddressSanitizer
      // caught it walking 10,000 files), so the name is read in place, up to its NUL.
      let name = withUnsafeMutablePointer(to: &entry.pointee.d_name) {
        String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
      }
      if name.hasPrefix(".") { continue }
      names.append(name)
    }
    closedir(handle)
    names.sort()
    walk.ancestors.append(real)
    defer { walk.ancestors.removeLast() }
    let base = dir.hasSuffix("/") ? dir : dir + "/"
    for name in names {
      let path = base + name
      var st = stat()
      guard stat(path, &st) == 0 else {
        walk.skip(path, errnoReason())
        continue
      }
      switch st.st_mode & S_IFMT {
      case S_IFDIR:
        self.walk(path, &walk)
      case S_IFREG:
        if isArticleName(name) {
          walk.add(path, st)
        } else {
          walk.result.ignored += 1
        }
      default:
        walk.skip(path, Self.notRegular(st))
      }
    }
  }

  /// Whether a file met while walking is read: an article extension, and not a README, which
  /// documents a corpus folder rather than being an article in it.
  private func isArticleName(_ name: String) -> Bool {
    guard !name.uppercased().hasPrefix("README") else { return false }
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return true }
    return Self.articleExtensions.contains(name[name.index(after: dot)...].lowercased())
  }

  private func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// Why a path that is neither a folder nor a regular file is not read.
  static func notRegular(_ st: stat) -> String {
    let kind: String
    switch st.st_mode & S_IFMT {
    case S_IFIFO: kind = "a FIFO (named pipe)"
    case S_IFSOCK: kind = "a socket"
    case S_IFCHR: kind = "a character device"
    case S_IFBLK: kind = "a block device"
    default: kind = "a special file"
    }
    return "\(kind), not an article file; skipped"
  }
}

/// The current `errno` as a reason: "Permission denied", "No such file or directory".
func errnoReason() -> String {
  let code = errno
  guard let message = strerror(code) else { return "error \(code)" }
  return String(cString: message)
}
