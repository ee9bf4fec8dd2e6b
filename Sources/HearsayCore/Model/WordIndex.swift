import Dispatch
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// Folded word → the texts holding it, as ascending text numbers: an inverted index over a
/// numbered list of texts (statement contents, or every sentence of the corpus).
///
/// Words are those of `TextFolding`; a word is listed once per text however often it occurs.
/// Built in parallel over slices of the texts, each slice's lists appended in order.
struct WordIndex: Sendable {
  /// Word → its number, which indexes `lists`.
  private let numbers: [String: Int32]
  private let lists: [[UInt32]]
  /// Every word, sorted, for wildcard look-ups.
  let vocabulary: [String]
  /// How many texts were indexed.
  let count: Int

  /// Indexes texts `0..<count`; `text(i)` gives the i-th.
  init(count: Int, text: @Sendable (Int) -> Substring) {
    self.count = count
    let slices = max(1, min(ProcessorCount.value, count / 2_000))
    let step = (count + slices - 1) / max(1, slices)
    let parts = Mutex<[Int: Part]>([:])
    DispatchQueue.concurrentPerform(iterations: slices) { slice in
      let part = Part(texts: (slice * step)..<min(count, (slice + 1) * step), text: text)
      parts.withLock { $0[slice] = part }
    }
    var numbers: [String: Int32] = [:]
    var lists: [[UInt32]] = []
    parts.withLock { parts in
      for slice in 0..<slices {
        guard let part = parts.removeValue(forKey: slice) else { continue }
        if lists.isEmpty {
          (numbers, lists) = (part.numbers, part.lists)
          continue
        }
        for (word, number) in part.numbers {
          if let known = numbers[word] {
            lists[Int(known)].append(contentsOf: part.lists[Int(number)])
          } else {
            numbers[word] = Int32(lists.count)
            lists.append(part.lists[Int(number)])
          }
        }
      }
    }
    self.numbers = numbers
    self.lists = lists
    vocabulary = numbers.keys.sorted()
  }

  /// The words of a slice of the texts, numbered in the order first met.
  private struct Part: Sendable {
    var numbers: [String: Int32] = [:]
    var lists: [[UInt32]] = []

    init(texts: Range<Int>, text: (Int) -> Substring) {
      for index in texts {
        let id = UInt32(index)
        TextFolding.forEachWord(in: TextFolding.fold(text(index))) { bytes in
          let word = String(decoding: bytes, as: UTF8.self)
          if let number = numbers[word] {
            if lists[Int(number)].last != id { lists[Int(number)].append(id) }
          } else {
            numbers[word] = Int32(lists.count)
            lists.append([id])
          }
        }
      }
    }
  }

  /// The texts holding `word` (folded), ascending.
  func texts(containing word: String) -> [UInt32] {
    numbers[word].map { lists[Int($0)] } ?? []
  }

  /// The words of the vocabulary that start with `prefix` (folded), in order.
  func words(startingWith prefix: String) -> ArraySlice<String> {
    guard !prefix.isEmpty else { return vocabulary[...] }
    var lo = 0
    var hi = vocabulary.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if vocabulary[mid] < prefix { lo = mid + 1 } else { hi = mid }
    }
    var end = lo
    while end < vocabulary.count, vocabulary[end].utf8.starts(with: prefix.utf8) { end += 1 }
    return vocabulary[lo..<end]
  }
}

/// The number of processors online, for sizing parallel work.
enum ProcessorCount {
  static var value: Int {
    #if canImport(Glibc)
      return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    #else
      return 4
    #endif
  }
}
