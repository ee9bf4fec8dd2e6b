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
    let partCounts = built.map(\.counts)
    for (position, part) in built.enumerated().dropFirst() {
      let counts = partCounts[position]
      var numbers = [Int32](repeating: 0, count: counts.count)
      for local in 0..<counts.count {
        let number = part.words.withWord(local) { bytes, hash in
          words.intern(bytes, hash: hash)
        }
        numbers[local] = Int32(number)
        if number == totals.count { totals.append(0) }
        totals[number] += counts[local]
      }
      numbering.append(numbers)
    }
    var starts = [UInt32](repeating: 0, count: totals.count + 1)
    for word in 0..<totals.count { starts[word + 1] = starts[word] + totals[word] }
    // Where each slice writes each of its words: after the slices before it.
    var cursors: [[UInt32]] = []
    var next = Array(starts.dropLast())
    for position in built.indices {
      let counts = partCounts[position]
      var cursor = [UInt32](repeating: 0, count: counts.count)
      for local in 0..<counts.count {
        let word = Int(numbering[position][local])
        cursor[local] = next[word]
        next[word] += counts[local]
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
    /// Word number → how many texts hold it.
    var counts: [UInt32] { tallies.map(\.count) }
    /// The words of every text, text after text; `ends[i]` is where text i's stop.
    var sequence: [UInt32] = []
    var ends: [UInt32] = []
    /// Word number → how many texts hold it, and the last text it was added for, so that it
    /// is listed once per text; side by side, as both are read for every word met.
    private var tallies: [Tally] = []

    private struct Tally: Sendable {
      var last: UInt32
      var count: UInt32
    }
    /// The slice's texts folded, end to end, and where each starts (and the last ends).
    var folded: [UInt8] = []
    var foldedStarts: [UInt32] = [0]
    let texts: Range<Int>

    /// Bytes kept past the folded texts while building, so that any word can be read eight
    /// bytes at a time (`WordTable.digest`).
    private static let slack = 8

    init(texts: Range<Int>, text: (Int) -> Substring) {
      self.texts = texts
      ends.reserveCapacity(texts.count)
      foldedStarts.reserveCapacity(texts.count + 1)
      // Texts are folded straight into the buffer, which grows by half when a text might not
      // fit (folding keeps or shortens ASCII; the rare longer non-ASCII fold is checked apart).
      // Each text is asked for once: a sentence's text is made anew each time.
      folded = [UInt8](repeating: 0, count: 1 << 16)
      var length = 0
      var scratch: [UInt8] = []
      for index in texts {
        let id = UInt32(truncatingIfNeeded: index)
        let body = text(index)
        let start = length
        let room = body.utf8.count + Self.slack
        if folded.count - length < room {
          folded.append(contentsOf: repeatElement(0, count: max(room, folded.count / 2)))
        }
        let end =
          body.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            folded.withUnsafeMutableBufferPointer { Self.foldASCII(bytes, into: $0, at: start) }
          } ?? nil
        if let end {
          length = end
        } else {
          TextFolding.fold(body, into: &scratch)
          if folded.count - length < scratch.count + Self.slack {
            folded.append(contentsOf: repeatElement(0, count: scratch.count + Self.slack))
          }
          folded.replaceSubrange(start..<(start + scratch.count), with: scratch)
          length += scratch.count
        }
        foldedStarts.append(UInt32(length))
        addWords(start..<length, id: id)
        ends.append(UInt32(sequence.count))
      }
      // Kept for the life of the index: copied to its own length, not the buffer's.
      folded = Array(folded[..<length])
    }

    /// Writes ASCII text at `start` of `out` folded as `TextFolding.fold` folds it: lowercase,
    /// each run of whitespace, hyphens and underscores one space between other bytes; returns
    /// where it ends, or nil, having written nothing, when the text is not all ASCII.
    ///
    /// `out` has room for the text from `start`: folding ASCII never lengthens it.
    private static func foldASCII(
      _ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>,
      at start: Int
    ) -> Int? {
      guard isASCII(bytes) else { return nil }
      var position = start
      var pendingSpace = false
      var written = false
      for byte in bytes {
        switch byte {
        case 0x09...0x0D, 0x20, UInt8(ascii: "-"), UInt8(ascii: "_"):
          pendingSpace = true
          continue
        case 0x41...0x5A:
          if pendingSpace && written {
            out[position] = 0x20
            position += 1
          }
          out[position] = byte &+ 0x20
        default:
          if pendingSpace && written {
            out[position] = 0x20
            position += 1
          }
          out[position] = byte
        }
        position += 1
        pendingSpace = false
        written = true
      }
      return position
    }

    /// Whether every byte is below 0x80, looked at eight at a time.
    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
      guard let base = bytes.baseAddress else { return true }
      let raw = UnsafeRawPointer(base)
      var seen: UInt64 = 0
      var index = 0
      while index + 8 <= bytes.count {
        seen |= raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        index += 8
      }
      while index < bytes.count {
        seen |= UInt64(bytes[index])
        index += 1
      }
      return seen & 0x8080_8080_8080_8080 == 0
    }

    /// Adds the words (runs of `TextFolding.isWord` bytes) of the folded text in `range` of
    /// `folded`.
    private mutating func addWords(_ range: Range<Int>, id: UInt32) {
      let text = folded
      text.withUnsafeBufferPointer { all in
        guard let base = all.baseAddress else { return }
        let readable = all.count
        var start = -1
        for index in range {
          if TextFolding.isWord(base[index]) {
            if start < 0 { start = index }
          } else if start >= 0 {
            add(base + start, count: index - start, readable: readable - start, id: id)
            start = -1
          }
        }
        if start >= 0 {
          add(base + start, count: range.upperBound - start, readable: readable - start, id: id)
        }
      }
    }

    /// Lists text `id` under the word of `count` bytes at `word`, once.
    @inline(__always)
    private mutating func add(
      _ word: UnsafePointer<UInt8>, count: Int, readable: Int, id: UInt32
    ) {
      let key = WordTable.digest(word, count: count, readable: readable)
      let number = words.intern(
        UnsafeBufferPointer(start: word, count: count), hash: key.hash, prefix: key.prefix)
      if number == tallies.count { tallies.append(Tally(last: UInt32.max, count: 0)) }
      if tallies[number].last != id {
        tallies[number].last = id
        tallies[number].count += 1
        sequence.append(UInt32(number))
      }
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
