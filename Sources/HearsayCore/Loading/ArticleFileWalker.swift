#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Expands paths into article files: directories are walked recursively in sorted order,
/// hidden entries are skipped, symlink loops are cut, and anything that is not a regular file
/// (FIFOs, devices, sockets) is reported, never opened.
struct ArticleFileWalker: Sendable {
  /// File extensions read when walking a directory (a file named on the command line is read
  /// whatever its extension).
  static let articleExtensions: Set<String> = ["txt", "text", "md", "markdown", "sgm", "sgml", "json", "jsonl", "ndjson", ""]

  struct Result {
    var files: [String] = []
    var problems: [LoadProblem] = []
    var ignored = 0
  }

  func expand(_ paths: [String]) -> Result {
    var result = Result()
    var visited = Set<String>()
    for path in paths {
      var st = stat()
      guard stat(path, &st) == 0 else {
        result.problems.append(LoadProblem(path: path, reason: errnoReason(), severity: .skipped))
        continue
      }
      if (st.st_mode & S_IFMT) == S_IFDIR {
        walk(path, &result, &visited)
      } else if (st.st_mode & S_IFMT) == S_IFREG {
        result.files.append(path)
      } else {
        result.problems.append(LoadProblem(path: path, reason: "not a regular file (FIFO, device or socket); skipped", severity: .skipped))
      }
    }
    return result
  }

  private func walk(_ dir: String, _ result: inout Result, _ visited: inout Set<String>) {
    var real = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    guard realpath(dir, &real) != nil else {
      result.problems.append(LoadProblem(path: dir, reason: errnoReason(), severity: .skipped))
      return
    }
    let key = String(decoding: real.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    guard visited.insert(key).inserted else {
      result.problems.append(LoadProblem(path: dir, reason: "directory already visited (symlink loop); skipped", severity: .skipped))
      return
    }
    guard let handle = opendir(dir) else {
      result.problems.append(LoadProblem(path: dir, reason: errnoReason(), severity: .skipped))
      return
    }
    var names: [String] = []
    while let entry = readdir(handle) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
      }
      if name.hasPrefix(".") { continue }
      names.append(name)
    }
    closedir(handle)
    names.sort()
    let base = dir.hasSuffix("/") ? dir : dir + "/"
    for name in names {
      let path = base + name
      var st = stat()
      guard stat(path, &st) == 0 else {
        result.problems.append(LoadProblem(path: path, reason: errnoReason(), severity: .skipped))
        continue
      }
      switch st.st_mode & S_IFMT {
      case S_IFDIR:
        walk(path, &result, &visited)
      case S_IFREG:
        // A README in a corpus folder documents it; it is not an article.
        if ArticleFileWalker.articleExtensions.contains(fileExtension(name)), !name.uppercased().hasPrefix("README") {
          result.files.append(path)
        } else {
          result.ignored += 1
        }
      default:
        result.problems.append(LoadProblem(path: path, reason: "not a regular file (FIFO, device or socket); skipped", severity: .skipped))
      }
    }
  }

  private func fileExtension(_ name: String) -> String {
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
    return name[name.index(after: dot)...].lowercased()
  }
}

/// The current `errno` as a reason: "Permission denied", "No such file or directory".
func errnoReason() -> String {
  guard let message = strerror(errno) else { return "error \(errno)" }
  return String(cString: message)
}
