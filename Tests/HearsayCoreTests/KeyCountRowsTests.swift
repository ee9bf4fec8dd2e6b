@testable import HearsayCore
import Testing

/// Count tables write their counts' digits straight into the output.
@Suite struct KeyCountRowsTests {
  @Test(arguments: [0, 7, 10, 99, 100, 123_456, -5, -10, Int.max, Int.min])
  func countsAreWrittenAsStringsShowThem(_ value: Int) {
    var bytes: [UInt8] = [0x2A]
    KeyCountRows.appendDecimal(value, to: &bytes)
    #expect(bytes == [0x2A] + Array(String(value).utf8))
  }

  @Test func cellsAndTheirBytesAgree() {
    let rows = KeyCountRows(pairs: [(key: "Wang Yi", count: 12), (key: "", count: 0)])
    for row in 0..<rows.count {
      for column in 0..<3 {
        var bytes: [UInt8] = []
        rows.appendCell(row, column, to: &bytes)
        #expect(bytes == Array(rows.cell(row, column).utf8))
      }
    }
  }
}
