import Dispatch
import Synchronization

/// Finds the texts a pattern occurs in from a word index.
///
/// The words of the pattern narrow the candidates; the texts themselves are read only to confirm
/// phrases, and a pattern of one word needs no confirming.
///
///     "third party"  →  texts with third ∩ texts with party  →  those where the phrase occurs
///     tariff*        →  texts with any word from tariff to tariffs, straight from the index
struct WordSearch {
  /// The index, which also reads the texts, folded, to confirm phrases.
  let index: WordIndex

  /// The texts the pattern matches, ascending.
  func texts(matching pattern: TextPattern) -> [UInt32] {
    texts(matching: pattern, within: nil)
  }

  /// The texts the pattern matches, ascending, of those in `within` (ascending) when given and
  /// in none of the lists `excluding` (each ascending): the same as intersecting and
  /// subtracting after, but phrases are confirmed in those texts only.
  func texts(matching pattern: TextPattern, within: [UInt32]?, excluding: [[UInt32]] = [])
    -> [UInt32]
  {
    func subtracted(_ texts: [UInt32]) -> [UInt32] {
      excluding.reduce(texts) { IDSet.subtracting($0, $1) }
    }
    if pattern.matchesEverything {
      let all = Array(0..<UInt32(clamping: index.count))
      return subtracted(within.map { IDSet.intersection(all, $0) } ?? all)
    }
    let words = pattern.words.filter { $0.contains { $0 != "*" } }
    var candidates: [UInt32]? = within
    var narrowed = false
    for word in words.sorted(by: { $0.contains("*") == false && $1.contains("*") }) {
      let found = texts(containingWord: word)
      candidates = candidates.map { IDSet.intersection($0, found) } ?? found
      narrowed = true
      if candidates?.isEmpty == true { return [] }
    }
    guard let candidates else {
      return confirmed(subtracted(Array(0..<UInt32(clamping: index.count))), pattern)
    }
    let kept = subtracted(candidates)
    if narrowed && pattern.isOneWord { return kept }
    return confirmed(kept, pattern)
  }

  /// The texts the pattern matches, ascending, but for those in `excluding` (ascending).
  func texts(matching pattern: TextPattern, excluding: [UInt32]) -> [UInt32] {
    texts(matching: pattern, within: nil, excluding: [excluding])
  }

  /// The candidates (ascending) whose folded text holds the pattern, ascending: those read for
  /// the pattern before are answered from what the index remembers (`ConfirmedPhrases`), the
  /// others read.
  private func confirmed(_ candidates: [UInt32], _ pattern: TextPattern) -> [UInt32] {
    index.confirmedPhrases.texts(candidates, holding: pattern.key) { unread in
      read(unread, pattern)
    }
  }

  /// The candidates (ascending) whose folded text holds the pattern, ascending: each text is
  /// folded and read, so long lists are split into slices confirmed on all cores at once.
  private func read(_ candidates: [UInt32], _ pattern: TextPattern) -> [UInt32] {
    let slices = min(ProcessorCount.value, candidates.count / Self.sliceSize)
    guard slices > 1 else { return index.texts(candidates) { pattern.matches(folded: $0) } }
    let step = (candidates.count + slices - 1) / slices
    let index = self.index
    let parts = Mutex<[Int: [UInt32]]>([:])
    DispatchQueue.concurrentPerform(iterations: slices) { slice in
      let part = Array(candidates[(slice * step)..<min(candidates.count, (slice + 1) * step)])
      let kept = index.texts(part) { pattern.matches(folded: $0) }
      parts.withLock { $0[slice] = kept }
    }
    return parts.withLock { parts in (0..<slices).flatMap { parts[$0] ?? [] } }
  }

  /// Fewer candidates than this per slice are confirmed on one core.
  static let sliceSize = 4_096

  /// The texts holding a whole word that `word` (folded, perhaps with `*`) matches.
  private func texts(containingWord word: String) -> [UInt32] {
    guard let star = word.firstIndex(of: "*") else { return index.texts(containing: word) }
    let pattern = TextPattern(word)
    let prefix = Array(word[..<star].utf8)
    let lists = index.words(startingWith: prefix)
      .filter { number in index.withWord(number) { pattern.matches(folded: $0) } }
      .map { index.texts(ofWord: $0) }
    return IDSet.union(lists)
  }
}
