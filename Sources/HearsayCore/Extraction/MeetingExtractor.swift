/// Finds meetings and calls: "during a meeting with X on Wednesday in Beijing", "met (with) X",
/// "held talks with X", "spoke by phone with X", "a call with X", "will meet X next week".
struct MeetingExtractor: Sendable {
  private let dates = DateResolver()

  struct Found: Sendable {
    var sentence: Int
    /// The token after which the guests are named.
    var guestStart: Int
    var kind: MeetingKind
    var planned: Bool
    var date: CalendarDate?
    var place: String?
  }

  /// Meeting phrases in a sentence, with date and place; participants are resolved by the caller.
  /// Words that can start a meeting phrase; other sentences are passed over at once.
  private static let triggers: LexiconSet = [
    "met", "meet", "meets", "meeting", "talks", "hosted", "hosts", "host", "received", "welcomed",
    "call", "conversation", "spoke", "speaks", "talked", "phoned", "videoconference",
  ]

  private static let triggerFilter = WordFilter(triggers.words)

  func find(in s: AnalyzedSentence, articleDate: CalendarDate?) -> Found? {
    let t = s.tokens
    let filter = MeetingExtractor.triggerFilter
    for i in t.indices
    where t[i].kind == .word && s.quoteOf[i] == nil && filter.mayContain(t[i].lower)
      && MeetingExtractor.triggers.contains(t[i].lower)
    {
      let w = t[i].lower
      var guestStart: Int?
      var kind = MeetingKind.meeting
      switch w {
      case "met", "meet", "meets", "meeting", "talks", "hosted", "hosts", "host", "received", "welcomed":
        guard i + 1 < t.count else { continue }
        if ["meeting", "talks"].contains(w) {
          guard t[i + 1].lower == "with" || t[i + 1].lower == "between" else { continue }
          guestStart = i + 2
        } else if ["hosted", "hosts", "host", "received", "welcomed"].contains(w) {
          guard s.mention(startingAt: i + 1) != nil || (i + 2 < t.count && s.mention(startingAt: i + 2) != nil) else { continue }
          guestStart = i + 1
        } else {
          guestStart = t[i + 1].lower == "with" ? i + 2 : i + 1
        }
      case "call", "conversation", "spoke", "speaks", "talked", "phoned", "videoconference":
        if w == "call" || w == "conversation" {
          guard i + 1 < t.count, t[i + 1].lower == "with" else { continue }
          let before = t[max(0, i - 3)..<i].map(\.lower)
          guard w == "call" || before.contains(where: { ["phone", "telephone", "video"].contains($0) }) else { continue }
          guestStart = i + 2
        } else {
          // "spoke by phone with X", "spoke with X by phone", "spoke with X" in a readout.
          var j = i + 1
          var phone = w == "phoned"
          while j < t.count, j - i <= 4, t[j].lower != "with" {
            if ["phone", "telephone", "video"].contains(t[j].lower) { phone = true }
            j += 1
          }
          guard j < t.count, t[j].lower == "with" || w == "phoned" else { continue }
          let rest = t[j...].prefix(12).map(\.lower)
          if rest.contains("phone") || rest.contains("telephone") { phone = true }
          guard phone || rest.contains("today") || w == "spoke" else { continue }
          guestStart = w == "phoned" ? i + 1 : j + 1
        }
        kind = .call
      default:
        continue
      }
      guard let start = guestStart, start < t.count else { continue }
      let window = t[max(0, i - 4)..<min(t.count, i + 1)].map(\.lower)
      let planned = window.contains(where: { ["will", "to", "scheduled", "plans", "expected", "due"].contains($0) })
        || t[i...].prefix(14).contains(where: { $0.lower == "next" })
      if t[max(0, i - 3)..<i].contains(where: { ["phone", "telephone", "video"].contains($0.lower) }) { kind = .call }
      let date = dates.date(in: t[i...], articleDate: articleDate, planned: planned)
        ?? dates.date(in: t[..<i], articleDate: articleDate, planned: planned)
      return Found(
        sentence: s.index, guestStart: start, kind: kind, planned: planned, date: date,
        place: kind == .call ? nil : place(in: s, after: start))
    }
    return nil
  }

  /// The first place named after "in" past the meeting phrase: "… on Wednesday in Beijing".
  private func place(in s: AnalyzedSentence, after start: Int) -> String? {
    for m in s.mentions where m.first > start && m.first >= 1 {
      let prev = s.tokens[m.first - 1].lower
      guard prev == "in" || prev == "at" else { continue }
      let venues: Set<String> = ["white house", "kremlin", "elysee palace", "élysée palace", "downing street", "pentagon", "oval office", "state department", "capitol", "vatican", "blue house", "great hall of the people", "zhongnanhai", "chancellery"]
      if m.kind == .place || m.kind == nil || Gazetteer.places[m.name.fastLowercased] != nil
        || venues.contains(m.name.fastLowercased)
      {
        return m.name
      }
    }
    return nil
  }
}
