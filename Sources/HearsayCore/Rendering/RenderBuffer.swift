/// The bytes of a rendered result, written cell by cell into one growing buffer.
///
/// Each cell is checked on its bytes for anything a format would change (control characters,
/// C1 controls, bidirectional controls, line separators, and the format's own specials such as
/// `,` or `|`); a cell without any is copied as it is, and one with some goes through the same
/// `String` functions as before (`TerminalSanitizer.clean`, `onOneLine`), so the output is the
/// same byte for byte, only without a `String` built per cell and per row.
package struct RenderBuffer {
  package var bytes: [UInt8] = []

  package init(capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  /// Appends text as it is.
  mutating func append(_ text: String) {
    if text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
      bytes.append(contentsOf: text.utf8)
    }
  }

  mutating func append(byte: UInt8) { bytes.append(byte) }

  /// Writes a table as lines of delimited cells (csv, tsv): the header line unless turned off,
  /// then every row, each cell written by `cell`, cells apart by `separator`.
  mutating func appendDelimited(
    _ table: ResultTable, headers: Bool, separator: UInt8, lineEnd: StaticString,
    cell: (inout RenderBuffer, String) -> Void
  ) {
    guard !table.columns.isEmpty else { return }
    bytes.reserveCapacity(bytes.count + table.estimatedBytes(perCell: 1))
    let columns = table.columns.count
    table.forEachRecord(headers: headers) { text in
      for column in 0..<columns {
        if column > 0 { append(byte: separator) }
        cell(&self, text(column))
      }
      append(lineEnd)
    }
  }

  mutating func append(_ literal: StaticString) {
    literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  /// Appends `TerminalSanitizer.clean(text).onOneLine`: text safe for a terminal, on one line.
  mutating func appendOneLine(_ text: String) {
    let plain = text.utf8.withContiguousStorageIfAvailable { cell -> Bool in
      guard Self.isPlain(cell, special: Self.noSpecials, keepsLineBreaks: false) else {
        return false
      }
      bytes.append(contentsOf: cell)
      return true
    }
    if plain != true { append(TerminalSanitizer.clean(text).onOneLine) }
  }

  /// Appends text as the `csv` format writes a field (see `CSVRenderer`).
  mutating func appendCSVField(_ text: String, slow: (String) -> String) {
    appendPlain(text, special: Self.csvSpecials, keepsLineBreaks: true, slow: slow)
  }

  /// Appends text as the `markdown` format writes a cell (see `MarkdownRenderer`).
  mutating func appendMarkdownCell(_ text: String, slow: (String) -> String) {
    appendPlain(text, special: Self.markdownSpecials, keepsLineBreaks: false, slow: slow)
  }

  /// Copies text as it is when none of its bytes needs the format's care, and appends
  /// `slow(text)` otherwise.
  private mutating func appendPlain(
    _ text: String, special: Classes, keepsLineBreaks: Bool, slow: (String) -> String
  ) {
    let plain = text.utf8.withContiguousStorageIfAvailable { cell -> Bool in
      guard Self.isPlain(cell, special: special, keepsLineBreaks: keepsLineBreaks) else { return false }
      bytes.append(contentsOf: cell)
      return true
    }
    if plain != true { append(slow(text)) }
  }

  /// Appends text as a JSON string literal, quotes included (`JSONText.quoted`).
  mutating func appendJSONString(_ text: String) {
    var text = text
    text.withUTF8 { JSONText.appendQuoted($0, to: &bytes) }
  }

  /// The text, as a `String`.
  var text: String { String(decoding: bytes, as: UTF8.self) }

  // MARK: The byte checks

  /// Byte classes: 1 a control (C0 or DEL), 2 the lead byte of a C1 control or of U+0085,
  /// 3 the lead byte of the bidirectional controls and line separators, 4 a format special;
  /// and each special repeated in the eight bytes of a word, for checking words at once.
  private struct Classes {
    var table = [UInt8](repeating: 0, count: 256)
    var specialWords: [UInt64] = []
  }

  private static func classes(specials: [UInt8]) -> Classes {
    var classes = Classes()
    for byte in 0..<0x20 { classes.table[byte] = 1 }
    classes.table[0x7F] = 1
    classes.table[0xC2] = 2
    classes.table[0xE2] = 3
    for byte in specials {
      classes.table[Int(byte)] = 4
      classes.specialWords.append(UInt64(byte) &* 0x0101_0101_0101_0101)
    }
    return classes
  }

  private static let noSpecials = classes(specials: [])
  private static let csvSpecials = classes(specials: [UInt8(ascii: ","), UInt8(ascii: "\"")])
  private static let markdownSpecials = classes(specials: [UInt8(ascii: "|")])

  /// Whether the format would write the cell unchanged: no control but (when `keepsLineBreaks`)
  /// tab and newline, no C1 control, no bidirectional control, no line or paragraph separator
  /// unless kept, no special.
  ///
  /// With line breaks kept (csv), tab and newline pass the sanitizer, but a newline makes csv
  /// quote the field, so it counts as special there; U+2028/2029 pass both.
  private static func isPlain(
    _ cell: UnsafeBufferPointer<UInt8>, special classes: Classes, keepsLineBreaks: Bool
  ) -> Bool {
    let specials = classes.specialWords
    return classes.table.withUnsafeBufferPointer { table in
      // Eight bytes at a time: a word of printable ASCII without a special is plain as it is;
      // any other word has its bytes looked up one by one below (bytes are checked alone, with
      // a look ahead for the lead bytes, so where a word starts does not matter).
      let count = cell.count
      var index = 0
      if let base = cell.baseAddress.map(UnsafeRawPointer.init) {
        while index + 8 <= count {
          let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
          var flagged = Self.hasLess(word, than: 0x20) | (word & 0x8080_8080_8080_8080)
            | Self.hasZero(word ^ 0x7F7F_7F7F_7F7F_7F7F)
          for special in specials { flagged |= Self.hasZero(word ^ special) }
          if flagged != 0 {
            for position in index..<(index + 8)
            where !Self.isPlain(cell, at: position, table, keepsLineBreaks: keepsLineBreaks) {
              return false
            }
          }
          index += 8
        }
      }
      while index < count {
        if !Self.isPlain(cell, at: index, table, keepsLineBreaks: keepsLineBreaks) { return false }
        index += 1
      }
      return true
    }
  }

  /// A word whose high bits mark (at least) the bytes that are 0: nonzero iff one is.
  @inline(__always)
  private static func hasZero(_ word: UInt64) -> UInt64 {
    (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
  }

  /// Nonzero iff a byte of the word (all below 0x80 or not) is below `limit` (at most 0x80).
  @inline(__always)
  private static func hasLess(_ word: UInt64, than limit: UInt64) -> UInt64 {
    (word &- limit &* 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
  }

  /// Whether the byte at `index` leaves the cell plain (see `isPlain`).
  @inline(__always)
  private static func isPlain(
    _ cell: UnsafeBufferPointer<UInt8>, at index: Int, _ table: UnsafeBufferPointer<UInt8>,
    keepsLineBreaks: Bool
  ) -> Bool {
    let count = cell.count
    let byte = cell[index]
    switch table[Int(byte)] {
    case 0: return true
    case 1:
      // Tab survives csv untouched; a newline makes csv quote, so it is not plain.
      return keepsLineBreaks && byte == 0x09
    case 2:
      // U+0080–U+009F: C1 controls, U+0085 among them.
      return !(index + 1 < count && (0x80...0x9F).contains(cell[index + 1]))
    case 3:
      guard index + 2 < count else { return true }
      let second = cell[index + 1]
      let third = cell[index + 2]
      // U+202A–U+202E bidirectional embeddings and overrides.
      if second == 0x80, (0xAA...0xAE).contains(third) { return false }
      // U+2028, U+2029 line and paragraph separators (line breaks for onOneLine).
      if !keepsLineBreaks, second == 0x80, third == 0xA8 || third == 0xA9 { return false }
      // U+2066–U+2069 bidirectional isolates.
      if second == 0x81, (0xA6...0xA9).contains(third) { return false }
      return true
    default: return false
    }
  }
}
