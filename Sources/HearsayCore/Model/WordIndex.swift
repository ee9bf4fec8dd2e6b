import Dispatch
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// Folded word → the texts holding it, as ascending text numbers: an inverted index over a
/// numbered list of texts (statement contents, or every sentence of the corpus).
///
/// Words are those of `TextFolding`; a word is listed once per text however often it occurs.
///
/// Built for speed, as it is built at load: texts are cut into words on their bytes (ASCII
/// texts without folding them first), words are kept once in one byte buffer and found by an
/// open-addressing hash table, and the lists of all words lie end to end in one array. Slices
/// of the texts are indexed on all cores, then their vocabularies merged and their lists copied
/// into place, each slice's after the slices before it, so every list stays ascending.
struct WordIndex: Sendable {
  private let words: WordTable
  /// Word number → where its list starts in `lists`; one more entry, the end of the last.
  private let starts: [UInt32]
  /// Every word's list of text numbers, end to end.
  private let lists: [UInt32]
  /// How many texts were indexed.
  let count: Int
  /// The texts folded (`TextFolding.fold`), end to end, slice by slice: phrases are confirmed
  /// in them without folding a text again.
  private let folded: [[UInt8]]
  /// Per slice, where each text's folded bytes start; one more entry, the end of the last.
  private let foldedStarts: [[UInt32]]
  /// How many texts each slice holds (the last may hold fewer).
  private let step: Int

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
    let built = parts.withLock { parts in
      (0..<slices).compactMap { parts.removeValue(forKey: $0) }
    }
    // The first slice's words keep their numbers; later slices' are looked up or added.
    var words = built.first?.words ?? WordTable()
    var totals = built.first?.counts ?? []
    var numbering: [[Int32]] = [Array(0..<Int32(totals.count))]
    for part in built.dropFirst() {
      var numbers = [Int32](repeating: 0, count: part.counts.count)
      for local in 0..<part.counts.count {
        let number = part.words.withWord(local) { bytes, hash in
          words.intern(bytes, hash: hash)
        }
        numbers[local] = Int32(number)
        if number == totals.count { totals.append(0) }
        totals[number] += part.counts[local]
      }
      numbering.append(numbers)
    }
    var starts = [UInt32](repeating: 0, count: totals.count + 1)
    for word in 0..<totals.count { starts[word + 1] = starts[word] + totals[word] }
    // Where each slice writes each of its words: after the slices before it.
    var cursors: [[UInt32]] = []
    var next = Array(starts.dropLast())
    for (position, part) in built.enumerated() {
      var cursor = [UInt32](repeating: 0, count: part.counts.count)
      for local in 0..<part.counts.count {
        let word = Int(numbering[position][local])
        cursor[local] = next[word]
        next[word] += part.counts[local]
      }
      cursors.append(cursor)
    }
    let total = Int(starts[totals.count])
    let placed = cursors
    let lists = [UInt32](unsafeUninitializedCapacity: total) { buffer, initialized in
      let base = UnsafeSendable(buffer)
      DispatchQueue.concurrentPerform(iterations: built.count) { position in
        built[position].fill(base.value, cursor: placed[position])
      }
      initialized = total
    }
    self.words = words
    self.starts = starts
    self.lists = lists
    self.folded = built.map(\.folded)
    self.foldedStarts = built.map(\.foldedStarts)
    self.step = max(1, step)
  }

  /// Calls `body` with text number `number` folded.
  func withFoldedText<Result>(
    _ number: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    let slice = number / step
    let starts = foldedStarts[slice]
    let local = number - slice * step
    return folded[slice].withUnsafeBufferPointer { all in
      body(UnsafeBufferPointer(rebasing: all[Int(starts[local])..<Int(starts[local + 1])]))
    }
  }

  /// The texts holding `word` (folded), ascending.
  func texts(containing word: String) -> [UInt32] {
    var word = word
    let number = word.withUTF8 { words.find($0) }
    return number.map(texts(ofWord:)) ?? []
  }

  /// The texts holding word number `number`, ascending.
  func texts(ofWord number: Int) -> [UInt32] {
    Array(lists[Int(starts[number])..<Int(starts[number + 1])])
  }

  /// The numbers of the words that start with `prefix` (folded bytes), in no set order.
  func words(startingWith prefix: [UInt8]) -> [Int] {
    words.numbers(startingWith: prefix)
  }

  /// Calls `body` with the bytes of word number `number`.
  func withWord<Result>(_ number: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    words.withWord(number) { bytes, _ in body(bytes) }
  }

  /// The words of a slice of the texts: numbered in the order first met, how many texts hold
  /// each, and for each text the numbers of its words, each once.
  private struct Part: Sendable {
    var words = WordTable()
    var counts: [UInt32] = []
    /// The words of every text, text after text; `ends[i]` is where text i's stop.
    var sequence: [UInt32] = []
    var ends: [UInt32] = []
    /// Word number → the last text it was added for, so that it is listed once per text.
    private var last: [UInt32] = []
    /// The slice's texts folded, end to end, and where each starts (and the last ends).
    var folded: [UInt8] = []
    var foldedStarts: [UInt32] = [0]
    let texts: Range<Int>

    init(texts: Range<Int>, text: (Int) -> Substring) {
      self.texts = texts
      ends.reserveCapacity(texts.count)
      foldedStarts.reserveCapacity(texts.count + 1)
      // Folding keeps or shortens ASCII; the rare longer non-ASCII fold just grows the buffer.
      var total = 0
      for index in texts { total += text(index).utf8.count }
      folded.reserveCapacity(total)
      var scratch: [UInt8] = []
      for index in texts {
        let id = UInt32(truncatingIfNeeded: index)
        let body = text(index)
        let start = folded.count
        let done =
          body.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            Self.foldASCII(bytes, into: &folded)
          } ?? false
        if !done {
          TextFolding.fold(body, into: &scratch)
          folded.append(contentsOf: scratch)
        }
        foldedStarts.append(UInt32(folded.count))
        addWords(from: start, id: id)
        ends.append(UInt32(sequence.count))
      }
      last = []
    }

    /// Appends ASCII text folded as `TextFolding.fold` folds it: lowercase, each run of
    /// whitespace, hyphens and underscores one space between other bytes; returns false,
    /// having appended nothing, when the text is not all ASCII.
    private static func foldASCII(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8])
      -> Bool
    {
      for byte in bytes where byte >= 0x80 { return false }
      var pendingSpace = false
      var written = false
      for byte in bytes {
        switch byte {
        case 0x09...0x0D, 0x20, UInt8(ascii: "-"), UInt8(ascii: "_"):
          pendingSpace = true
          continue
        case 0x41...0x5A:
          if pendingSpace && written { out.append(0x20) }
          out.append(byte &+ 0x20)
        default:
          if pendingSpace && written { out.append(0x20) }
          out.append(byte)
        }
        pendingSpace = false
        written = true
      }
      return true
    }

    /// Adds the words (runs of `TextFolding.isWord` bytes) of the folded text from `start` to
    /// the end of `folded`.
    private mutating func addWords(from start: Int, id: UInt32) {
      let text = folded
      text.withUnsafeBufferPointer { all in
        addFolded(UnsafeBufferPointer(rebasing: all[start...]), id: id)
      }
    }

    /// Lists text `id` under `word`, once.
    @inline(__always)
    private mutating func add(_ word: UnsafeBufferPointer<UInt8>, id: UInt32) {
      let number = words.intern(word, hash: WordTable.hash(word))
      if number == counts.count {
        counts.append(0)
        last.append(UInt32.max)
      }
      if last[number] != id {
        last[number] = id
        counts[number] += 1
        sequence.append(UInt32(number))
      }
    }

    /// Adds each word (run of `TextFolding.isWord` bytes) of folded text.
    private mutating func addFolded(_ bytes: UnsafeBufferPointer<UInt8>, id: UInt32) {
      var start = -1
      for index in 0..<bytes.count {
        if TextFolding.isWord(bytes[index]) {
          if start < 0 { start = index }
        } else if start >= 0 {
          add(UnsafeBufferPointer(rebasing: bytes[start..<index]), id: id)
          start = -1
        }
      }
      if start >= 0 { add(UnsafeBufferPointer(rebasing: bytes[start...]), id: id) }
    }

    /// Writes each text's number into the lists of its words, at `cursor` (by word number
    /// here), which advances.
    func fill(_ lists: UnsafeMutableBufferPointer<UInt32>, cursor: [UInt32]) {
      var cursor = cursor
      var from = 0
      for (offset, end) in ends.enumerated() {
        let id = UInt32(truncatingIfNeeded: texts.lowerBound + offset)
        for position in from..<Int(end) {
          let word = Int(sequence[position])
          lists[Int(cursor[word])] = id
          cursor[word] += 1
        }
        from = Int(end)
      }
    }
  }
}

/// A set of words, each numbered in the order added: their bytes end to end, and an
/// open-addressing hash table of their numbers.
struct WordTable: Sendable {
  private var bytes: [UInt8] = []
  /// Word number → where its bytes start in `bytes`; one more entry, the end of the last.
  private var starts: [UInt32] = [0]
  private var hashes: [UInt64] = []
  /// Slot → word number + 1, or 0 for an empty slot.
  private var slots = [UInt32](repeating: 0, count: 1024)

  var count: Int { hashes.count }

  /// FNV-1a, 64 bits.
  @inline(__always)
  static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in word { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return hash ^ (hash >> 29)
  }

  /// The number of `word`, added if new (numbered `count`).
  @inline(__always)
  mutating func intern(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let entry = slots[slot]
      if entry == 0 { break }
      let number = Int(entry) - 1
      if hashes[number] == hash && equals(number, word) { return number }
      slot = (slot + 1) & mask
    }
    let number = hashes.count
    hashes.append(hash)
    bytes.append(contentsOf: word)
    starts.append(UInt32(bytes.count))
    slots[slot] = UInt32(number + 1)
    if hashes.count * 2 > slots.count { grow() }
    return number
  }

  /// The number of `word`, if it is in the set.
  func find(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
    let hash = Self.hash(word)
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let entry = slots[slot]
      if entry == 0 { return nil }
      let number = Int(entry) - 1
      if hashes[number] == hash && equals(number, word) { return number }
      slot = (slot + 1) & mask
    }
  }

  /// Calls `body` with the bytes and hash of word number `number`.
  func withWord<Result>(
    _ number: Int, _ body: (UnsafeBufferPointer<UInt8>, UInt64) -> Result
  ) -> Result {
    bytes.withUnsafeBufferPointer { all in
      body(
        UnsafeBufferPointer(rebasing: all[Int(starts[number])..<Int(starts[number + 1])]),
        hashes[number])
    }
  }

  /// The numbers of the words starting with `prefix`, ascending.
  func numbers(startingWith prefix: [UInt8]) -> [Int] {
    guard !prefix.isEmpty else { return Array(0..<count) }
    var found: [Int] = []
    bytes.withUnsafeBufferPointer { all in
      prefix.withUnsafeBufferPointer { prefix in
        for number in 0..<count {
          let start = Int(starts[number])
          guard Int(starts[number + 1]) - start >= prefix.count else { continue }
          var index = 0
          while index < prefix.count && all[start + index] == prefix[index] { index += 1 }
          if index == prefix.count { found.append(number) }
        }
      }
    }
    return found
  }

  @inline(__always)
  private func equals(_ number: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = Int(starts[number])
    guard Int(starts[number + 1]) - start == word.count else { return false }
    return bytes.withUnsafeBufferPointer { all in
      guard let base = all.baseAddress, let other = word.baseAddress else { return true }
      return memcmp(base + start, other, word.count) == 0
    }
  }

  private mutating func grow() {
    var slots = [UInt32](repeating: 0, count: self.slots.count * 2)
    let mask = slots.count - 1
    for number in 0..<hashes.count {
      var slot = Int(truncatingIfNeeded: hashes[number]) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = UInt32(number + 1)
    }
    self.slots = slots
  }
}

/// A value handed to concurrent work that only ever touches its own part of it.
private struct UnsafeSendable<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
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
