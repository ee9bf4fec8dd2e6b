/// The bytes of a rendered result, written cell by cell into one growing buffer.
///
/// Each cell is checked on its bytes for anything a format would change (control characters,
/// C1 controls, bidirectional controls, line separators, and the format's own specials such as
/// `,` or `|`); a cell without any is copied as it is, and one with some goes through the same
/// `String` functions as before (`TerminalSanitizer.clean`, `onOneLine`), so the output is the
/// same byte for byte, only without a `String` built per cell and per row.
package struct RenderBuffer {
  package var bytes: [UInt8] = []
  /// Buffers for the other pieces of a result written in pieces (`OutputFormat.render(_:options:
  /// into:write:)`), kept with this one so that their memory serves the next result too.
  var pieces: [RenderBuffer] = []

  package init(capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  /// Appends text as it is.
  mutating func append(_ text: String) {
    Self.append(text, to: &bytes)
  }

  /// Appends the UTF-8 bytes of `text` to `bytes`.
  static func append(_ text: String, to bytes: inout [UInt8]) {
    if text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
      bytes.append(contentsOf: text.utf8)
    }
  }

  mutating func append(byte: UInt8) { bytes.append(byte) }

  /// Writes a table as lines of delimited cells (csv, tsv): the header line unless turned off,
  /// then every row (`DelimitedLayout`).
  mutating func appendDelimited(_ table: ResultTable, headers: Bool, layout: DelimitedLayout) {
    guard !table.columns.isEmpty else { return }
    bytes.reserveCapacity(bytes.count + table.estimatedBytes(perCell: 1))
    if headers { appendDelimitedHeader(table, layout: layout) }
    appendDelimitedRows(table, 0..<table.rowCount, layout: layout)
  }

  /// The header line of a delimited table: its column names as cells.
  mutating func appendDelimitedHeader(_ table: ResultTable, layout: DelimitedLayout) {
    for column in table.columns.indices {
      if column > 0 { append(byte: layout.separator) }
      let start = bytes.count
      append(table.columns[column])
      layout.finish(&self, from: start)
    }
    append(layout.lineEnd)
  }

  /// The lines of the rows `rows` of a delimited table: each cell's text appended as it is,
  /// then made what the format writes of it (`DelimitedLayout.finish`), cells apart by the
  /// separator.
  mutating func appendDelimitedRows(
    _ table: ResultTable, _ rows: Range<Int>, layout: DelimitedLayout
  ) {
    let columns = table.columns.count
    guard columns > 0 else { return }
    let separator = layout.separator
    table.withCellBytes { _, write in
      for row in rows {
        for column in 0..<columns {
          if column > 0 { append(byte: separator) }
          let start = bytes.count
          write(row, column, &bytes)
          layout.finish(&self, from: start)
        }
        append(layout.lineEnd)
      }
    }
  }

  mutating func append(_ literal: StaticString) {
    literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  /// Appends `TerminalSanitizer.clean(text).onOneLine`: text safe for a terminal, on one line.
  mutating func appendOneLine(_ text: String) {
    let start = bytes.count
    append(text)
    finishOneLine(from: start)
  }

  /// Makes the text from byte `start` to the end what `appendOneLine` writes of it.
  ///
  /// Text whose only controls are tabs and newlines has each of them made a space in place:
  /// the sanitizer keeps them, and `onOneLine` turns each (a character of its own) into one.
  @inline(__always)
  mutating func finishOneLine(from start: Int) {
    if isPlain(from: start, special: Self.noSpecials, keepsLineBreaks: false) { return }
    let flattened = bytes.withUnsafeMutableBufferPointer { all in
      Self.flattenBreaks(UnsafeMutableBufferPointer(rebasing: all[start...]))
    }
    if flattened { return }
    let text = String(decoding: bytes[start...], as: UTF8.self)
    bytes.removeSubrange(start...)
    append(TerminalSanitizer.clean(text).onOneLine)
  }

  /// Appends text as the `csv` format writes a field (see `CSVRenderer`).
  mutating func appendCSVField(_ text: String, slow: (String) -> String) {
    let start = bytes.count
    append(text)
    finishCSVField(from: start, slow: slow)
  }

  /// Makes the text from byte `start` to the end what `appendCSVField` writes of it.
  mutating func finishCSVField(from start: Int, slow: (String) -> String) {
    finishPlain(from: start, special: Self.csvSpecials, keepsLineBreaks: true, slow: slow)
  }

  /// Appends text as the `markdown` format writes a cell (see `MarkdownRenderer`).
  mutating func appendMarkdownCell(_ text: String, slow: (String) -> String) {
    let start = bytes.count
    append(text)
    finishMarkdownCell(from: start, slow: slow)
  }

  /// Makes the text from byte `start` to the end what `appendMarkdownCell` writes of it.
  mutating func finishMarkdownCell(from start: Int, slow: (String) -> String) {
    finishPlain(from: start, special: Self.markdownSpecials, keepsLineBreaks: false, slow: slow)
  }

  /// Leaves the text from byte `start` as it is when none of its bytes needs the format's
  /// care, and puts `slow` of it in its place otherwise.
  private mutating func finishPlain(
    from start: Int, special: Classes, keepsLineBreaks: Bool, slow: (String) -> String
  ) {
    if isPlain(from: start, special: special, keepsLineBreaks: keepsLineBreaks) { return }
    let text = String(decoding: bytes[start...], as: UTF8.self)
    bytes.removeSubrange(start...)
    append(slow(text))
  }

  /// Whether the bytes from `start` to the end are plain for the format (`isPlain`).
  @inline(__always)
  private func isPlain(from start: Int, special: Classes, keepsLineBreaks: Bool) -> Bool {
    bytes.withUnsafeBufferPointer { all in
      Self.isPlain(
        UnsafeBufferPointer(rebasing: all[start...]), special: special,
        keepsLineBreaks: keepsLineBreaks)
    }
  }

  /// Makes each tab and newline of the cell a space and returns true when they are all that
  /// keeps it from being plain for `onOneLine` (see `isPlain`); returns false, having changed
  /// nothing, otherwise.
  private static func flattenBreaks(_ cell: UnsafeMutableBufferPointer<UInt8>) -> Bool {
    let readable = UnsafeBufferPointer(cell)
    let plain = noSpecials.table.withUnsafeBufferPointer { table in
      readable.indices.allSatisfy { index in
        readable[index] == 0x09 || readable[index] == 0x0A
          || isPlain(readable, at: index, table, keepsLineBreaks: false)
      }
    }
    guard plain else { return false }
    for index in cell.indices where cell[index] == 0x09 || cell[index] == 0x0A {
      cell[index] = 0x20
    }
    return true
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
      // Eight bytes at a time: a word without a control, DEL, special or lead byte of classes
      // 2 and 3 (0xC2, 0xE2) is plain as it is; in any other, the bytes flagged (a superset of
      // those) are looked up one by one (bytes are checked alone, with a look ahead for the
      // lead bytes, so where a word starts does not matter). Other bytes past ASCII, such as
      // the continuation bytes of a curly quote, are plain whatever they are. The last bytes
      // are read as a word padded with spaces, which are plain.
      let count = cell.count
      guard let base = cell.baseAddress.map(UnsafeRawPointer.init) else { return true }
      func plainWord(_ word: UInt64, at index: Int) -> Bool {
        var flagged = ByteWords.hasLess(word, than: 0x20)
          | ByteWords.hasZero(word ^ 0x7F7F_7F7F_7F7F_7F7F)
        if word & 0x8080_8080_8080_8080 != 0 {
          flagged |= ByteWords.hasZero(word ^ 0xC2C2_C2C2_C2C2_C2C2)
            | ByteWords.hasZero(word ^ 0xE2E2_E2E2_E2E2_E2E2)
        }
        for special in specials { flagged |= ByteWords.hasZero(word ^ special) }
        while flagged != 0 {
          // Byte k of the word (little-endian) is the one at index + k.
          let position = index + flagged.trailingZeroBitCount / 8
          if position < count
            && !Self.isPlain(cell, at: position, table, keepsLineBreaks: keepsLineBreaks)
          {
            return false
          }
          flagged &= flagged &- 1
        }
        return true
      }
      var index = 0
      while index + 8 <= count {
        let word = UInt64(
          littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
        if !plainWord(word, at: index) { return false }
        index += 8
      }
      guard index < count else { return true }
      var last: UInt64 = 0x2020_2020_2020_2020
      withUnsafeMutableBytes(of: &last) { last in
        last.baseAddress?.copyMemory(from: base + index, byteCount: count - index)
      }
      return plainWord(UInt64(littleEndian: last), at: index)
    }
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
