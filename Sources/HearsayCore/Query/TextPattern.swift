#if canImport(Glibc)
  import Glibc
#endif

/// A pattern compiled for matching: `*` stands for any letters or digits within a word, every
/// other character for itself, case and accents aside (both sides go through `fold`).
///
/// A match starts and ends on word boundaries, so `tariff` finds "tariff" and "Tariff," but not
/// "tariffs"; `tariff*` finds all three; `"third party"` finds "third-party"; `*` alone matches
/// any text.
struct TextPattern: Sendable {
  private enum Element: Equatable {
    case byte(UInt8)
    case star
  }

  private let elements: [Element]
  /// True for `*`, `**`: every text matches, even an empty one.
  let matchesEverything: Bool
  /// The pattern's bytes when it has no `*`: then it is found with `memmem`.
  private let literal: [UInt8]?

  init(_ pattern: String) {
    var elements: [Element] = []
    for byte in Self.fold(pattern) {
      if byte == UInt8(ascii: "*") {
        if elements.last != .star { elements.append(.star) }
      } else {
        elements.append(.byte(byte))
      }
    }
    self.elements = elements
    matchesEverything = elements.allSatisfy { $0 == .star }
    literal =
      elements.contains(.star)
      ? nil
      : elements.map { element -> UInt8 in
        if case .byte(let byte) = element { return byte }
        return 0
      }
  }

  /// The pattern as one value, the same for patterns that match the same texts: its folded
  /// bytes, `*` for each run of stars (a `*` in a pattern is always a star).
  var key: [UInt8] {
    elements.map { element -> UInt8 in
      if case .byte(let byte) = element { return byte }
      return UInt8(ascii: "*")
    }
  }

  /// Text folded for matching, as UTF-8 (`TextFolding.fold`).
  static func fold(_ text: String) -> [UInt8] { TextFolding.fold(text) }

  /// The runs of word characters and `*` in the pattern, each a whole word in any text the
  /// pattern matches, with `*` kept: `"third-party deal*"` → `third`, `party`, `deal*`.
  ///
  /// The word index finds the texts holding every run; when the pattern is one run
  /// (`isOneWord`), those are exactly the texts it matches.
  var words: [String] {
    var runs: [String] = []
    var run: [UInt8] = []
    for element in elements {
      switch element {
      case .star: run.append(UInt8(ascii: "*"))
      case .byte(let byte) where TextFolding.isWord(byte): run.append(byte)
      case .byte:
        if !run.isEmpty { runs.append(String(decoding: run, as: UTF8.self)) }
        run = []
      }
    }
    if !run.isEmpty { runs.append(String(decoding: run, as: UTF8.self)) }
    return runs
  }

  /// Whether the pattern is one word, with or without `*`: no spaces or punctuation.
  var isOneWord: Bool {
    !elements.isEmpty && elements.allSatisfy(Self.isWordElement)
  }

  func matches(_ text: String) -> Bool {
    matchesEverything || matches(folded: Self.fold(text))
  }

  /// Whether the pattern occurs in `text` (folded) between word boundaries.
  ///
  /// Runs the pattern as a small automaton over the bytes, all start positions at once, keeping
  /// only the live states: O(text × pattern) at worst, whatever the stars, and about one
  /// comparison a byte while nothing is under way.
  func matches(folded text: [UInt8]) -> Bool {
    if matchesEverything { return true }
    return text.withUnsafeBufferPointer { matches(folded: $0) }
  }

  /// Whether the pattern occurs in `text` (folded) between word boundaries.
  func matches(folded text: UnsafeBufferPointer<UInt8>) -> Bool {
    if matchesEverything { return true }
    if let literal { return Self.occurs(literal, in: text) }
    let count = elements.count
    let anchoredStart = elements.first.map(Self.isWordElement) ?? false
    let anchoredEnd = elements.last.map(Self.isWordElement) ?? false
    let firstByte: UInt8? =
      if case .byte(let byte)? = elements.first { byte } else { nil }
    var active: [Int] = []
    var next: [Int] = []
    active.reserveCapacity(count + 1)
    next.reserveCapacity(count + 1)
    var stamp = [Int](repeating: -1, count: count + 1)
    for position in 0...text.count {
      if active.isEmpty, let firstByte, position < text.count, text[position] != firstByte {
        continue
      }
      if !anchoredStart || position == 0 || !Self.isWord(text[position - 1]),
        stamp[0] != position
      {
        stamp[0] = position
        active.append(0)
      }
      var index = 0
      while index < active.count {
        let state = active[index]
        if state < count, elements[state] == .star, stamp[state + 1] != position {
          stamp[state + 1] = position
          active.append(state + 1)
        }
        index += 1
      }
      if stamp[count] == position,
        !anchoredEnd || position == text.count || !Self.isWord(text[position])
      {
        return true
      }
      guard position < text.count else { break }
      let byte = text[position]
      next.removeAll(keepingCapacity: true)
      for state in active where state < count {
        let target: Int
        switch elements[state] {
        case .byte(let wanted):
          guard wanted == byte else { continue }
          target = state + 1
        case .star:
          guard Self.isWord(byte) else { continue }
          target = state
        }
        if stamp[target] != position + 1 {
          stamp[target] = position + 1
          next.append(target)
        }
      }
      swap(&active, &next)
    }
    return false
  }

  /// Whether `literal` occurs in `text` starting on a word boundary if it starts with a word
  /// byte, and ending on one if it ends with one: what the automaton below finds for a pattern
  /// without `*`, found instead with `memchr` and `memcmp` and a look at the bytes around each
  /// occurrence.
  private static func occurs(_ literal: [UInt8], in text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = literal.first, let last = literal.last else { return true }
    guard let base = text.baseAddress, literal.count <= text.count else { return false }
    let anchoredStart = isWord(first)
    let anchoredEnd = isWord(last)
    return literal.withUnsafeBufferPointer { needle in
      guard let needleBase = needle.baseAddress else { return true }
      var from = 0
      let lastStart = text.count - needle.count
      while from <= lastStart {
        guard let found = memchr(base + from, Int32(first), lastStart - from + 1) else {
          return false
        }
        let position = UnsafeRawPointer(found) - UnsafeRawPointer(base)
        let end = position + needle.count
        if memcmp(base + position, needleBase, needle.count) == 0
          && (!anchoredStart || position == 0 || !isWord(text[position - 1]))
          && (!anchoredEnd || end == text.count || !isWord(text[end]))
        {
          return true
        }
        from = position + 1
      }
      return false
    }
  }

  private static func isWord(_ byte: UInt8) -> Bool { TextFolding.isWord(byte) }

  private static func isWordElement(_ element: Element) -> Bool {
    switch element {
    case .star: return true
    case .byte(let byte): return isWord(byte)
    }
  }
}
