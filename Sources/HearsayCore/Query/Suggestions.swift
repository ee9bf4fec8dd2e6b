/// Did-you-mean: the known words or names closest to what was typed.
///
/// Closeness is the optimal-string-alignment edit distance (a swap of two neighbouring letters
/// counts once) on folded text, allowed to grow with length: 1 edit up to 3 letters, 2 up to 7,
/// 3 beyond (`sed` → `said`, `Mrash` → `Marsh`).
enum Suggestions {
  /// The candidates within reach of `typed`, nearest first, ties in the candidates' order.
  static func nearest(to typed: String, among candidates: [String], limit: Int = 3) -> [String] {
    var seen: Set<String> = []
    var out: [String] = []
    for index in nearestIndices(to: typed, among: candidates)
    where seen.insert(candidates[index]).inserted {
      out.append(candidates[index])
      if out.count == limit { break }
    }
    return out
  }

  /// The positions of every candidate within reach of `typed`, nearest first.
  static func nearestIndices(to typed: String, among candidates: [String]) -> [Int] {
    let folded = Array(NameFolding.fold(typed).utf8)
    guard !folded.isEmpty else { return [] }
    var scored: [(distance: Int, index: Int)] = []
    for (index, candidate) in candidates.enumerated() {
      let other = Array(NameFolding.fold(candidate).utf8)
      let reach = allowedDistance(forLength: max(folded.count, other.count))
      guard abs(other.count - folded.count) <= reach,
        let distance = editDistance(folded, other, atMost: reach)
      else { continue }
      scored.append((distance, index))
    }
    scored.sort { ($0.distance, $0.index) < ($1.distance, $1.index) }
    return scored.map(\.index)
  }

  /// How many edits still count as a typo of a word this long.
  static func allowedDistance(forLength length: Int) -> Int {
    length <= 3 ? 1 : length <= 7 ? 2 : 3
  }

  /// The edit distance between `a` and `b`, or nil when it is over `limit`.
  static func editDistance(_ a: [UInt8], _ b: [UInt8], atMost limit: Int) -> Int? {
    if a.isEmpty || b.isEmpty {
      return max(a.count, b.count) <= limit ? max(a.count, b.count) : nil
    }
    var before = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      var rowBest = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var d = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          d = min(d, before[j - 2] + 1)
        }
        current[j] = d
        rowBest = min(rowBest, d)
      }
      if rowBest > limit { return nil }
      (before, previous, current) = (previous, current, before)
    }
    return previous[b.count] <= limit ? previous[b.count] : nil
  }

  /// `did you mean 'said'?`, `did you mean "A" or "B"?`; nil when there is nothing to offer.
  static func hint(_ words: [String], quote: String = "'") -> String? {
    guard let last = words.last else { return nil }
    let quoted = words.map { quote + $0 + quote }
    let list =
      words.count == 1
      ? quoted[0] : quoted.dropLast().joined(separator: ", ") + " or " + quote + last + quote
    return "did you mean \(list)?"
  }
}
