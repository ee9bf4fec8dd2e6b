#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Which snapshot each file of a load is kept in: one per folder given, and one for all the
/// files given by name, each keyed by absolute path.
///
///     paths ["news/", "extra.txt", "b.txt"] in /home/ana
///     → "folder:/home/ana/news/"  for news/a.txt, news/2024/b.txt, …
///     → "files:/home/ana/extra.txt\0/home/ana/b.txt"  for extra.txt and b.txt
///
/// A path is keyed as spelled (made absolute, not resolved): entries are keyed by the paths
/// the walk met, and those keep the spelling.
struct SnapshotRoots: Sendable {
  /// The key of each root.
  let keys: [String]
  /// For each file, in walk order, the position of its root in `keys`.
  let rootOfFile: [Int]

  init(paths: [String], files: [String], workingDirectory: String) {
    func absolute(_ path: String) -> String {
      path.hasPrefix("/") ? path : workingDirectory + "/" + path
    }
    var keys: [String] = []
    var folders: [(prefix: String, root: Int)] = []
    var named: [String] = []
    for path in paths {
      var st = stat()
      if stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR {
        folders.append((path.hasSuffix("/") ? path : path + "/", keys.count))
        keys.append("folder:" + absolute(path))
      } else {
        named.append(absolute(path))
      }
    }
    let namedRoot = keys.count
    var rootOfFile: [Int] = []
    rootOfFile.reserveCapacity(files.count)
    var usesNamed = false
    for file in files {
      if let folder = folders.first(where: { file.hasPrefix($0.prefix) }) {
        rootOfFile.append(folder.root)
      } else {
        rootOfFile.append(namedRoot)
        usesNamed = true
      }
    }
    if usesNamed { keys.append("files:" + named.joined(separator: "\u{0}")) }
    self.keys = keys
    self.rootOfFile = rootOfFile
  }

  /// The current working directory, or "." when it cannot be found.
  static func workingDirectory() -> String {
    guard let cwd = getcwd(nil, 0) else { return "." }
    defer { free(cwd) }
    return String(cString: cwd)
  }
}
