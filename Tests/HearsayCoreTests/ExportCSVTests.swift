import HearsayCore
import Testing

/// CSV fields as RFC 4180 writes them.
@Suite struct ExportCSVTests {
  @Test(arguments: [
    ("plain", "plain"),
    ("a, b", "\"a, b\""),
    ("she said \"yes\"", "\"she said \"\"yes\"\"\""),
    ("two\nlines", "\"two\nlines\""),
    ("cr\r", "\"cr\r\""),
    ("", "\"\""),
    ("Zürich – «ok»", "Zürich – «ok»"),
    (" spaced ", " spaced "),
  ])
  func textFields(text: String, written: String) {
    var csv = CSVWriter()
    csv.field(text)
    #expect(String(decoding: csv.bytes, as: UTF8.self) == written)
  }

  @Test func missingValuesAreEmptyAndRecordsEndWithCRLF() {
    var csv = CSVWriter()
    csv.field(nil as String?)
    csv.field(42)
    csv.field(nil as Int?)
    csv.field(true)
    csv.field(false)
    csv.endRecord()
    csv.record(["x", ""])
    #expect(String(decoding: csv.bytes, as: UTF8.self) == ",42,,1,0\r\nx,\"\"\r\n")
  }

  @Test func flushHandsOnTheBytesAndStartsAgain() {
    var csv = CSVWriter()
    csv.record(["a"])
    var handed: [UInt8] = []
    csv.flush { handed += $0 }
    csv.record(["b"])
    #expect(String(decoding: handed, as: UTF8.self) == "a\r\n")
    #expect(String(decoding: csv.bytes, as: UTF8.self) == "b\r\n")
  }
}
