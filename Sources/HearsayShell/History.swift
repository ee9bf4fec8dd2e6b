#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The lines typed in the shell, this session's and earlier sessions'.
///
/// Entries are loaded from a `HistoryFile` when the history is made, and each new entry is
/// appended to the file as it is entered, so two shells running at once both keep their lines.
/// An entry equal to the one before it is not added again, and only the newest `capacity`
/// entries are kept.
package final class History {
  /// Entries kept by default, here and in the file.
  package static let defaultCapacity = 1000

  /// Where entries are saved, or nil to keep them in memory only.
  package let file: HistoryFile?
  package let capacity: Int
  /// Oldest first.
  package private(set) var entries: [String]

  /// Loads the history from `file`.
  ///
  /// A file that cannot be read gives an empty history, and `loadFailure` says why.
  package init(file: HistoryFile?, capacity: Int = History.defaultCapacity) {
    precondition(capacity > 0, "a history keeps at least one entry")
    self.file = file
    self.capacity = capacity
    do {
      entries = try file?.load(capacity: capacity) ?? []
      loadFailure = nil
    } catch {
      entries = []
      loadFailure = error
    }
  }

  /// Why the file could not be read when the history was made, if it could not.
  package let loadFailure: HistoryFile.Failure?

  /// Adds an entry and appends it to the file.
  ///
  /// Blank entries and repeats of the previous entry are not added.
  ///
  /// - Returns: whether the entry was added.
  /// - Throws: when the file cannot be written; the entry is still kept in memory.
  @discardableResult
  package func append(_ entry: String) throws(HistoryFile.Failure) -> Bool {
    guard entry.contains(where: { !$0.isWhitespace }), entry != entries.last else { return false }
    entries.append(entry)
    if entries.count > capacity { entries.removeFirst(entries.count - capacity) }
    try file?.append(entry, capacity: capacity)
    return true
  }

  /// The history file's path, by the XDG base directory rules.
  ///
  /// - Parameter environment: looks up an environment variable; by default the process's.
  /// - Returns: `$XDG_STATE_HOME/hearsay/history`, or `~/.local/state/hearsay/history` when
  ///   `XDG_STATE_HOME` is unset, empty or relative; nil when neither is known.
  package static func defaultPath(
    environment: (String) -> String? = { name in getenv(name).map { String(cString: $0) } }
  ) -> String? {
    if let state = environment("XDG_STATE_HOME"), state.hasPrefix("/") {
      return state + "/hearsay/history"
    }
    if let home = environment("HOME"), !home.isEmpty {
      return home + "/.local/state/hearsay/history"
    }
    return nil
  }
}
