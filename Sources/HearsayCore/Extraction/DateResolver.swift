/// Resolves the day words of a sentence against the article's date: "today", "this morning", "yesterday",
/// weekdays (the last one on or before the article date, or the next one for planned events),
/// and explicit dates ("October 30", "30 Oct 2024", "Oct. 30"); an explicit date wins.
struct DateResolver: Sendable {
  static let weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
  static let months = LexiconTable<Int>([
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
  ])

  func date(in tokens: ArraySlice<Token>, articleDate: CalendarDate?, planned: Bool) -> CalendarDate? {
    let list = Array(tokens)
    if let explicit = explicitDate(list, articleDate: articleDate) { return explicit }
    guard let base = articleDate else { return nil }
    for (i, t) in list.enumerated() {
      switch t.lower {
      case "today", "tonight": return base
      case "yesterday": return base.adding(days: -1)
      case "tomorrow": return base.adding(days: 1)
      // "this morning", "this afternoon"; "last night".
      case "morning", "afternoon", "evening":
        if i > 0, list[i - 1].lower == "this" { return base }
      case "night":
        if i > 0, list[i - 1].lower == "last" { return base.adding(days: -1) }
      default: break
      }
      if let w = DateResolver.weekdays.firstIndex(of: t.lower) {
        let previous = i > 0 ? list[i - 1].lower : ""
        if previous == "next" || planned {
          let ahead = (w - base.weekday + 7) % 7
          return base.adding(days: previous == "next" && ahead == 0 ? 7 : ahead)
        }
        if previous == "last" { return base.previous(weekday: w, strictly: true) }
        return base.previous(weekday: w)
      }
    }
    return nil
  }

  private func explicitDate(_ list: [Token], articleDate: CalendarDate?) -> CalendarDate? {
    for (i, t) in list.enumerated() {
      guard let month = DateResolver.months[t.lower], t.lower != "may" || i + 1 < list.count && list[i + 1].kind == .number else { continue }
      var j = i + 1
      if j < list.count, list[j].text == "." { j += 1 }
      var day: Int?
      var year: Int?
      if j < list.count, list[j].kind == .number, let d = Int(list[j].text.prefix(while: { $0.isNumber })), d <= 31 {
        day = d
        if j + 2 < list.count, list[j + 1].text == ",", let y = Int(list[j + 2].text), y > 1900 { year = y }
      } else if i > 0, list[i - 1].kind == .number, let d = Int(list[i - 1].text.prefix(while: { $0.isNumber })), d <= 31 {
        day = d
        if j < list.count, let y = Int(list[j].text), y > 1900 { year = y }
      }
      guard let day else { continue }
      var y = year ?? articleDate?.year ?? 0
      if year == nil, let a = articleDate, month > a.month + 1 { y -= 1 }  // "December 30" in a January article
      if let date = CalendarDate(year: y, month: month, day: day) { return date }
    }
    return nil
  }
}
