/// The snapshots of one load: opened before the files are read, so that each worker can take
/// its file from them, and rewritten afterwards for the roots where anything changed.
struct SnapshotSet: Sendable {
  private enum State: Sendable {
    case missing
    /// Outdated or corrupt: not used, and replaced.
    case untrusted
    case valid(SnapshotFile)
  }

  let cache: SnapshotCache
  let roots: SnapshotRoots
  private let states: [State]
  private let openingNotices: [String]

  /// Opens the snapshot of each root of the files.
  init(cache: SnapshotCache, paths: [String], files: [String]) {
    self.cache = cache
    roots = SnapshotRoots(
      paths: paths, files: files, workingDirectory: SnapshotRoots.workingDirectory())
    var states: [State] = []
    var notices: [String] = []
    for root in roots.keys {
      switch cache.open(root: root) {
      case .missing: states.append(.missing)
      case .opened(.outdated): states.append(.untrusted)
      case .opened(.corrupt(let reason)):
        states.append(.untrusted)
        notices.append("cache \(cache.path(ofRoot: root)) is damaged (\(reason)); rebuilding it")
      case .opened(.valid(let snapshot)): states.append(.valid(snapshot))
      }
    }
    self.states = states
    openingNotices = notices
  }

  /// The snapshot and entry stored for a file, when there is one to try.
  func entry(forFile index: Int, path: String) -> (SnapshotFile, SnapshotFile.Entry)? {
    guard case .valid(let snapshot) = states[roots.rootOfFile[index]],
      let entry = snapshot.entries[path]
    else { return nil }
    return (snapshot, entry)
  }

  /// Writes the snapshot of each root where a file was extracted, an entry was damaged or went
  /// unused, or the stored snapshot was not trusted.
  ///
  /// - Parameters:
  ///   - records: for each file in walk order, what to store (nil for a file not read).
  ///   - damaged: for each file, whether its entry was found damaged.
  func save(records: [SnapshotFile.Record?], damaged: [Bool]) -> CacheUsage {
    var notices = openingNotices
    var perRoot = [[SnapshotFile.Record]](repeating: [], count: roots.keys.count)
    var changed = [Bool](repeating: false, count: roots.keys.count)
    var damagedCount = [Int](repeating: 0, count: roots.keys.count)
    var hits = 0
    for (index, record) in records.enumerated() {
      let root = roots.rootOfFile[index]
      if damaged[index] {
        damagedCount[root] += 1
        changed[root] = true
      }
      guard let record else { continue }
      perRoot[root].append(record)
      if record.reused { hits += 1 } else { changed[root] = true }
    }
    for (root, key) in roots.keys.enumerated() where damagedCount[root] > 0 {
      notices.append(
        "cache \(cache.path(ofRoot: key)): \(damagedCount[root]) damaged entries; "
          + "files extracted again")
    }
    for (root, key) in roots.keys.enumerated() {
      let write: Bool
      switch states[root] {
      case .missing: write = !perRoot[root].isEmpty
      case .untrusted: write = true
      case .valid(let snapshot):
        write = changed[root] || snapshot.entries.count != perRoot[root].count
      }
      guard write else { continue }
      let chunks = SnapshotFile.encode(stamp: cache.stamp, root: key, records: perRoot[root])
      if let failure = cache.write(chunks, root: key) {
        notices.append("cannot write the snapshot cache: \(failure)")
        break
      }
    }
    return CacheUsage(hits: hits, extracted: records.count - hits, notices: notices)
  }
}
