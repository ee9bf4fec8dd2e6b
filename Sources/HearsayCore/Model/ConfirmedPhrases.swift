import Synchronization

/// What reading texts has shown about phrases, per phrase: the texts it was confirmed or ruled
/// out in, and those it occurs in; kept for the next search of the same phrase, which then
/// reads only the candidates never read for it.
///
/// A `WordIndex` finds the texts holding all of a phrase's words, but only reading a text (and
/// folding it) tells whether the words stand together; the index keeps no folded copy of the
/// texts, so a search that is asked again ("who mentioned United States", then the same with a
/// date or a pipeline) would read the same thousands of texts again. What is kept here is text
/// numbers only, at most `limit` of them for all phrases, the least recently used phrases
/// dropped first.
final class ConfirmedPhrases: Sendable {
  /// The most text numbers kept, for all phrases together (4 bytes each).
  static let limit = 1 << 19

  private struct Entry: Sendable {
    /// The texts read for the phrase, ascending.
    var read: [UInt32]
    /// Those of them that hold it, ascending.
    var holding: [UInt32]
    /// When the phrase was last asked for (`State.clock`).
    var used: Int
    var size: Int { read.count + holding.count }
  }

  private struct State: Sendable {
    var entries: [[UInt8]: Entry] = [:]
    var clock = 0
    var kept = 0
  }

  private let state = Mutex(State())

  /// The candidates (ascending) holding the phrase `key`, ascending: `confirm` reads the
  /// candidates not read for that phrase before and gives those holding it (ascending).
  ///
  /// `key` names the phrase exactly (`TextPattern.key`); `confirm` must give the same answer
  /// for a text every time.
  func texts(
    _ candidates: [UInt32], holding key: [UInt8], confirm: ([UInt32]) -> [UInt32]
  ) -> [UInt32] {
    let known = state.withLock { state -> Entry? in
      state.clock += 1
      state.entries[key]?.used = state.clock
      return state.entries[key]
    }
    let unread = known.map { IDSet.subtracting(candidates, $0.read) } ?? candidates
    let found = unread.isEmpty ? [] : confirm(unread)
    guard let known else {
      remember(key, Entry(read: candidates, holding: found, used: 0))
      return found
    }
    if unread.isEmpty { return IDSet.intersection(known.holding, candidates) }
    let holding = IDSet.union(known.holding, found)
    remember(key, Entry(read: IDSet.union(known.read, unread), holding: holding, used: 0))
    return IDSet.intersection(holding, candidates)
  }

  /// Keeps what was learnt of a phrase, in place of what was known of it, dropping the least
  /// recently used phrases while more than `limit` numbers are kept.
  private func remember(_ key: [UInt8], _ entry: Entry) {
    guard entry.size <= Self.limit else { return }
    state.withLock { state in
      state.clock += 1
      var entry = entry
      entry.used = state.clock
      if let old = state.entries.updateValue(entry, forKey: key) { state.kept -= old.size }
      state.kept += entry.size
      while state.kept > Self.limit,
        let oldest = state.entries.min(by: { $0.value.used < $1.value.used })
      {
        state.kept -= oldest.value.size
        state.entries.removeValue(forKey: oldest.key)
      }
    }
  }
}
