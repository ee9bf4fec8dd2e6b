/// The days a date as typed in a query covers: `2024` a year, `2024-10` a month, `2024-10-31` a
/// day.
struct DatePeriod: Equatable {
  let first: CalendarDate
  let last: CalendarDate

  /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for anything else or a day that does not exist.
  init?(_ text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    let widths = [4, 2, 2]
    guard parts.count <= 3,
      zip(parts, widths).allSatisfy({ $0.utf8.count == $1 && $0.utf8.allSatisfy(Self.isDigit) })
    else { return nil }
    let numbers = parts.compactMap { Int($0) }
    let year = numbers[0]
    let firstMonth = numbers.count > 1 ? numbers[1] : 1
    let lastMonth = numbers.count > 1 ? numbers[1] : 12
    guard (1...12).contains(lastMonth) else { return nil }
    let firstDay = numbers.count > 2 ? numbers[2] : 1
    let lastDay = numbers.count > 2 ? numbers[2] : CalendarDate.daysIn(month: lastMonth, year: year)
    guard let first = CalendarDate(year: year, month: firstMonth, day: firstDay),
      let last = CalendarDate(year: year, month: lastMonth, day: lastDay)
    else { return nil }
    self.first = first
    self.last = last
  }

  private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
}
