/// The rows of a count table (`count statements by speaker`): each key with its count, read
/// from the ranked pairs when rendered rather than built as a row of strings each.
struct KeyCountRows: LazyRows {
  let pairs: [(key: String, count: Int)]

  var count: Int { pairs.count }
  var columns: Int { 2 }

  func cell(_ row: Int, _ column: Int) -> String {
    switch column {
    case 0: return pairs[row].key
    case 1: return String(pairs[row].count)
    default: return ""
    }
  }

  func appendCell(_ row: Int, _ column: Int, to bytes: inout [UInt8]) {
    switch column {
    case 0: RenderBuffer.append(pairs[row].key, to: &bytes)
    case 1: Self.appendDecimal(pairs[row].count, to: &bytes)
    default: break
    }
  }

  /// Appends `String(value)`'s bytes without making the string.
  static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
    if value < 0 {
      bytes.append(UInt8(ascii: "-"))
      // The magnitude, as an unsigned number (`Int.min` has no positive twin).
      return appendDecimal(UInt(bitPattern: 0) &- UInt(bitPattern: value), to: &bytes)
    }
    appendDecimal(UInt(value), to: &bytes)
  }

  private static func appendDecimal(_ value: UInt, to bytes: inout [UInt8]) {
    let start = bytes.count
    var rest = value
    repeat {
      bytes.append(UInt8(ascii: "0") + UInt8(rest % 10))
      rest /= 10
    } while rest > 0
    bytes[start...].reverse()
  }
}
