/// Builds CSV text as RFC 4180 has it: UTF-8, fields separated by commas, records ended by CRLF,
/// a field quoted when it holds a comma, a quote, CR or LF, and quotes inside doubled.
///
/// A missing value (nil) is an empty field without quotes and an empty string is `""`, which
/// PostgreSQL's `COPY … CSV` and DuckDB read as NULL and as the empty string.
package struct CSVWriter {
  package private(set) var bytes: [UInt8] = []
  private var atRecordStart = true

  package init(capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  /// Appends a text field; nil is a missing value.
  package mutating func field(_ text: String?) {
    separate()
    guard var text else { return }
    if text.isEmpty {
      bytes += [UInt8(ascii: "\""), UInt8(ascii: "\"")]
      return
    }
    text.withUTF8 { utf8 in
      if !utf8.contains(where: Self.needsQuotes) {
        bytes.append(contentsOf: utf8)
        return
      }
      bytes.append(UInt8(ascii: "\""))
      for byte in utf8 {
        if byte == UInt8(ascii: "\"") { bytes.append(byte) }
        bytes.append(byte)
      }
      bytes.append(UInt8(ascii: "\""))
    }
  }

  /// Appends a number field; nil is a missing value.
  package mutating func field(_ number: Int?) {
    separate()
    guard let number else { return }
    bytes.append(contentsOf: String(number).utf8)
  }

  /// Appends a boolean field as `1` or `0`, which SQLite, PostgreSQL and DuckDB all read into a
  /// BOOLEAN column.
  package mutating func field(_ flag: Bool) {
    separate()
    bytes.append(flag ? UInt8(ascii: "1") : UInt8(ascii: "0"))
  }

  /// Appends a whole record of text fields.
  package mutating func record(_ fields: [String]) {
    for field in fields { self.field(field) }
    endRecord()
  }

  /// Ends the record with CRLF.
  package mutating func endRecord() {
    bytes += [0x0D, 0x0A]
    atRecordStart = true
  }

  /// Hands the bytes written so far to `sink` and starts again empty.
  package mutating func flush(to sink: ([UInt8]) throws -> Void) rethrows {
    guard !bytes.isEmpty else { return }
    try sink(bytes)
    bytes.removeAll(keepingCapacity: true)
  }

  private mutating func separate() {
    if atRecordStart {
      atRecordStart = false
    } else {
      bytes.append(UInt8(ascii: ","))
    }
  }

  private static func needsQuotes(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0D || byte == 0x0A
  }
}
