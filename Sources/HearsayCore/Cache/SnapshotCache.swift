#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where extraction results are kept between runs, and which build of hearsay may trust them.
///
/// A `CorpusLoader` with a cache takes each file whose path, size, modification time and
/// content hash match its entry from the snapshot instead of extracting it again, extracts the
/// others, and rewrites the snapshot when anything changed. There is one snapshot file per
/// root loaded (a folder given, or all the files given by name together), named by a hash of
/// the root's absolute path:
///
///     let cache = SnapshotCache(directory: "/home/ana/.cache/hearsay", stamp: "hearsay 0.1 …")
///     let outcome = CorpusLoader(cache: cache).load(paths: ["news/"])
///     // ~/.cache/hearsay/snapshots/3f2a…e1.snapshot
///
/// A snapshot written with another format version or `stamp` is ignored and replaced; one that
/// does not check out (magic, checksums, bounds) is replaced with a notice. Nothing in a
/// snapshot is used without its checksum matching.
public struct SnapshotCache: Sendable {
  /// The folder holding the `snapshots` folder.
  public let directory: String
  /// Identifies the build of hearsay (and so of its extraction) that wrote a snapshot.
  public let stamp: String

  public init(directory: String, stamp: String) {
    self.directory = directory
    self.stamp = stamp
  }

  /// `$XDG_CACHE_HOME/hearsay` (an absolute `XDG_CACHE_HOME` only), else `~/.cache/hearsay`;
  /// nil when neither variable gives a place.
  public static func defaultDirectory(environment: (String) -> String?) -> String? {
    if let cache = environment("XDG_CACHE_HOME"), cache.hasPrefix("/") {
      return cache + "/hearsay"
    }
    if let home = environment("HOME"), !home.isEmpty {
      return home + "/.cache/hearsay"
    }
    return nil
  }

  /// The folder of the snapshot files.
  public var snapshotDirectory: String { directory + "/snapshots" }

  /// The snapshot file of a root key.
  func path(ofRoot root: String) -> String {
    snapshotDirectory + "/" + FNV1a.hex(FNV1a.hash64(root)) + ".snapshot"
  }

  /// The corpus snapshot of a load whose roots have these keys.
  func corpusPath(ofRoots roots: [String]) -> String {
    snapshotDirectory + "/" + FNV1a.hex(FNV1a.hash64(roots.joined(separator: "\n"))) + ".corpus"
  }

  /// The bytes of a cache file, nil when there is none (or it cannot be opened), or why it
  /// could not be read.
  func read(_ path: String) -> Result<[UInt8], SnapshotError>? {
    // A file that cannot be opened is as good as none; writing it will say what is wrong.
    let fd = openFile(path, O_RDONLY | O_CLOEXEC, 0)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else {
      return .failure(.malformed("not a regular file"))
    }
    switch FileReader.readContents(of: fd, size: Int(st.st_size)) {
    case .success(let bytes): return .success(bytes)
    case .failure(.message(let reason)): return .failure(.malformed(reason))
    }
  }

  /// What is stored for a root: nothing, something not to trust, or a snapshot.
  enum Stored {
    case missing
    case opened(SnapshotFile.Opening)
  }

  func open(root: String) -> Stored {
    switch read(path(ofRoot: root)) {
    case nil: return .missing
    case .failure(.malformed(let reason)): return .opened(.corrupt(reason))
    case .success(let bytes): return .opened(SnapshotFile.open(bytes, stamp: stamp, root: root))
    }
  }

  /// Writes a snapshot for a root atomically: a temporary file beside it, then a rename, so a
  /// reader sees the old snapshot or the new one, never half of one.
  ///
  /// - Returns: nil, or why the snapshot could not be written.
  func write(_ chunks: [ArraySlice<UInt8>], root: String) -> String? {
    write(chunks, to: path(ofRoot: root))
  }

  /// Writes a cache file atomically (see `write(_:root:)`), its bytes given in chunks so that
  /// large payloads need not be copied into one array first.
  func write(_ chunks: [ArraySlice<UInt8>], to path: String) -> String? {
    // Like `mkdir -p`: each missing folder of the path is made, private to the user.
    var folder = ""
    for part in snapshotDirectory.split(separator: "/") {
      folder += "/" + part
      if mkdir(folder, 0o700) != 0 && errno != EEXIST {
        return "\(folder): \(errnoReason())"
      }
    }
    let temporary = path + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let fd = openFile(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard fd >= 0 else { return "\(temporary): \(errnoReason())" }
    var failure: String?
    for chunk in chunks where failure == nil {
      var written = 0
      chunk.withUnsafeBytes { raw in
        while written < raw.count, let base = raw.baseAddress {
          let n = writeFile(fd, base + written, raw.count - written)
          if n < 0 {
            if errno == EINTR { continue }
            failure = "\(temporary): \(errnoReason())"
            return
          }
          written += n
        }
      }
    }
    if close(fd) != 0, failure == nil { failure = "\(temporary): \(errnoReason())" }
    if failure == nil, rename(temporary, path) != 0 { failure = "\(path): \(errnoReason())" }
    if failure != nil { unlink(temporary) }
    return failure
  }
}

/// How the snapshot cache served one load.
public struct CacheUsage: Sendable, Equatable {
  /// Files taken from the snapshot.
  public let hits: Int
  /// Files read and extracted afresh: new, changed, or not in a usable snapshot.
  public let extracted: Int
  /// Lines for the user: a damaged snapshot replaced, a snapshot that could not be written.
  public let notices: [String]

  public init(hits: Int, extracted: Int, notices: [String]) {
    self.hits = hits
    self.extracted = extracted
    self.notices = notices
  }
}

private func openFile(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
  #if canImport(Glibc)
    Glibc.open(path, flags, mode)
  #else
    Darwin.open(path, flags, mode)
  #endif
}

private func writeFile(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
  #if canImport(Glibc)
    Glibc.write(fd, buffer, count)
  #else
    Darwin.write(fd, buffer, count)
  #endif
}
