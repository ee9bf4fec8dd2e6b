import HearsayCore
import Testing

@Suite struct CalendarDateTests {
  /// Each row: text as a header or front matter gives it, and the day read (nil: not a date).
  @Test(arguments: [
    ("2024-10-31", "2024-10-31"),
    ("2024-10-31T08:00:00", "2024-10-31"),
    ("2024-10-31 17:11:52-04:00", "2024-10-31"),
    ("2024-02-29", "2024-02-29"),
    ("2000-02-29", "2000-02-29"),
    ("0001-01-01", "0001-01-01"),
    ("9999-12-31", "9999-12-31"),
    ("2023-02-29", nil),
    ("1900-02-29", nil),
    ("2024-13-45", nil),
    ("2024-00-10", nil),
    ("2024-04-31", nil),
    ("2024-10-00", nil),
    ("0000-01-01", nil),
    ("24-10-31", nil),
    ("2024-1-5", nil),
    ("2024/10/31", nil),
    ("31-10-2024", nil),
    ("abcd-ef-gh", nil),
    ("-024-10-31", nil),
    ("", nil),
  ] as [(String, String?)])
  func parsesISODates(text: String, expected: String?) {
    #expect(CalendarDate(iso: text)?.description == expected)
  }

  @Test func aSignedYearIsNotADate() {
    #expect(CalendarDate(iso: "+024-10-31") == nil)
  }

  /// Each row: components, and whether they name a real day.
  @Test(arguments: [
    (2024, 12, 31, true),
    (2024, 2, 29, true),
    (2024, 2, 30, false),
    (2023, 2, 29, false),
    (2024, 0, 1, false),
    (2024, 13, 1, false),
    (2024, 6, 31, false),
    (0, 1, 1, false),
    (10_000, 1, 1, false),
    (2024, 1, 0, false),
  ])
  func componentsMustNameARealDay(year: Int, month: Int, day: Int, valid: Bool) {
    #expect((CalendarDate(year: year, month: month, day: day) != nil) == valid)
  }

  /// Each row: a day and its number of days since 1970-01-01.
  @Test(arguments: [
    ("1970-01-01", 0),
    ("1970-01-02", 1),
    ("1969-12-31", -1),
    ("2000-03-01", 11_017),
    ("2024-10-31", 20_027),
    ("0001-01-01", -719_162),
    ("9999-12-31", 2_932_896),
  ])
  func dayNumbers(text: String, dayNumber: Int) throws {
    let date = try #require(CalendarDate(iso: text))
    #expect(date.dayNumber == dayNumber)
    #expect(CalendarDate(dayNumber: dayNumber) == date)
  }

  @Test func dayNumbersRoundTripAndStepOneDayAtATime() throws {
    var previous = CalendarDate(dayNumber: -719_163)
    for n in -719_162...2_932_896 where n % 97 == 0 || (n > 19_700 && n < 20_500) {
      let date = CalendarDate(dayNumber: n)
      #expect(date.dayNumber == n)
      #expect(CalendarDate(year: date.year, month: date.month, day: date.day) == date)
      #expect(previous < date)
      previous = date
    }
    let newYear = try #require(CalendarDate(iso: "2024-12-31")).adding(days: 1)
    #expect(newYear.description == "2025-01-01")
    let leap = try #require(CalendarDate(iso: "2024-03-01")).adding(days: -1)
    #expect(leap.description == "2024-02-29")
  }

  /// Each row: a day and its weekday, 0 = Sunday … 6 = Saturday.
  @Test(arguments: [
    ("1970-01-01", 4),
    ("1969-12-31", 3),
    ("2000-01-01", 6),
    ("2024-10-31", 4),
    ("2024-10-27", 0),
    ("0001-01-01", 1),
    ("1776-07-04", 4),
  ])
  func weekdays(text: String, weekday: Int) throws {
    #expect(try #require(CalendarDate(iso: text)).weekday == weekday)
  }

  /// Each row: the weekday asked for, whether strictly before, and the day found before
  /// Thursday 2024-10-31.
  @Test(arguments: [
    (1, false, "2024-10-28"),
    (4, false, "2024-10-31"),
    (4, true, "2024-10-24"),
    (0, false, "2024-10-27"),
    (6, false, "2024-10-26"),
    (5, false, "2024-10-25"),
    (5, true, "2024-10-25"),
    (3, true, "2024-10-30"),
  ])
  func previousWeekday(weekday: Int, strictly: Bool, expected: String) throws {
    let thursday = try #require(CalendarDate(iso: "2024-10-31"))
    #expect(thursday.previous(weekday: weekday, strictly: strictly).description == expected)
  }

  @Test func textFormsAndOrder() throws {
    let early = try #require(CalendarDate(year: 5, month: 1, day: 2))
    #expect(early.description == "0005-01-02")
    let late = try #require(CalendarDate(iso: "2024-10-31"))
    #expect(late.monthKey == "2024-10")
    #expect(early < late)
    #expect(try #require(CalendarDate(iso: "2024-09-30")) < late)
    #expect(try #require(CalendarDate(iso: "2024-10-30")) < late)
  }
}
