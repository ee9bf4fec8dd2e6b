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
///
/// The folded texts are not kept: each is folded into one scratch buffer while it is indexed,
/// and folded again when a phrase is confirmed in it (`withFoldedText`), which reads few texts.
/// Kept, they were a second copy of the corpus text.
struct WordIndex: Sendable {
  private let words: WordTable
  /// Word number → where its list starts in `lists`; one more entry, the end of the last.
  private let starts: [UInt32]
  /// Every word's list of text numbers, end to end.
  private let lists: [UInt32]
  /// How many texts were indexed.
  let count: Int
  /// Text number → the text, as indexed (folded when read).
  private let text: @Sendable (Int) -> Substring
  /// What reading texts for phrases has shown, kept for the next search of a phrase.
  let confirmedPhrases = ConfirmedPhrases()

  /// Indexes texts `0..<count`; `text(i)` gives the i-th, and is kept to fold texts again.
  init(count: Int, text: @escaping @Sendable (Int) -> Substring) {
    self.count = count
    self.text = text
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
  }

  /// Calls `body` with text number `number` folded (`TextFolding.fold`), folding it anew.
  func withFoldedText<Result>(
    _ number: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    var folded: [UInt8] = []
    TextFolding.fold(text(number), into: &folded)
    return folded.withUnsafeBufferPointer(body)
  }

  /// The texts of `numbers` whose folded text `keep` accepts, in their order: what
  /// `withFoldedText` gives each, folded into one buffer for all.
  func texts(_ numbers: [UInt32], whereFolded keep: (UnsafeBufferPointer<UInt8>) -> Bool)
    -> [UInt32]
  {
    var folded: [UInt8] = []
    return numbers.filter { number in
      TextFolding.fold(text(Int(number)), into: &folded)
      return folded.withUnsafeBufferPointer(keep)
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
    /// The numbers of the words of every text, text after text, each a varint (seven bits a
    /// byte, low bits first, the high bit set on all bytes but the last): words are numbered
    /// as first met, so the common ones are small and take a byte, where a `UInt32` took four
    /// (this list is as long as the index's and lives beside it while it is filled).
    /// `ends[i]` is where text i's stop.
    var sequence: [UInt8] = []
    var ends: [UInt32] = []
    /// Word number → how many texts hold it, and the last text it was added for, so that it
    /// is listed once per text; side by side, as both are read for every word met.
    private var tallies: [Tally] = []

    private struct Tally: Sendable {
      var last: UInt32
      var count: UInt32
    }
    let texts: Range<Int>

    /// Bytes kept past a folded text while it is indexed, so that any word can be read eight
    /// bytes at a time (`WordTable.digest`).
    private static let slack = 8

    init(texts: Range<Int>, text: (Int) -> Substring) {
      self.texts = texts
      ends.reserveCapacity(texts.count)
      // Each text is folded into one buffer, its words added, and the buffer reused for the
      // next (folding keeps or shortens ASCII; other text is folded apart, then copied in).
      var buffer = [UInt8](repeating: 0, count: 1 << 12)
      var scratch: [UInt8] = []
      for index in texts {
        let id = UInt32(truncatingIfNeeded: index)
        let body = text(index)
        let room = body.utf8.count + Self.slack
        if buffer.count < room {
          buffer = [UInt8](repeating: 0, count: max(room, buffer.count * 2))
        }
        let end =
          body.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            buffer.withUnsafeMutableBufferPointer { Self.foldASCII(bytes, into: $0, at: 0) }
          } ?? nil
        let length: Int
        if let end {
          length = end
        } else {
          TextFolding.fold(body, into: &scratch)
          if buffer.count < scratch.count + Self.slack {
            buffer = [UInt8](repeating: 0, count: scratch.count + Self.slack)
          }
          buffer.withUnsafeMutableBufferPointer { out in
            for (offset, byte) in scratch.enumerated() { out[offset] = byte }
          }
          length = scratch.count
        }
        addWords(of: buffer, 0..<length, id: id)
        ends.append(UInt32(sequence.count))
      }
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
    /// `text`, whose bytes past the range may be read (`slack`).
    private mutating func addWords(of text: [UInt8], _ range: Range<Int>, id: UInt32) {
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
        var value = UInt32(truncatingIfNeeded: number)
        while value >= 0x80 {
          sequence.append(UInt8(truncatingIfNeeded: value) | 0x80)
          value >>= 7
        }
        sequence.append(UInt8(truncatingIfNeeded: value))
      }
    }

    /// Writes each text's number into the lists of its words, at `cursor` (by word number
    /// here), which advances.
    func fill(_ lists: UnsafeMutableBufferPointer<UInt32>, cursor: [UInt32]) {
      var cursor = cursor
      sequence.withUnsafeBufferPointer { bytes in
        var position = 0
        for (offset, end) in ends.enumerated() {
          let id = UInt32(truncatingIfNeeded: texts.lowerBound + offset)
          while position < Int(end) {
            var word = 0
            var shift = 0
            while true {
              let byte = bytes[position]
              position += 1
              word |= Int(byte & 0x7F) << shift
              if byte < 0x80 { break }
              shift += 7
            }
            lists[Int(cursor[word])] = id
            cursor[word] += 1
          }
        }
      }
    }
  }
}

/// A value handed to concurrent work that only ever touches its own part of it.
struct UnsafeSendable<Value>: @unchecked Sendable {
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
