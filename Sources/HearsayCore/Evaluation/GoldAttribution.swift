/// One gold attribution from a brat `.ann` file: source, cue and content spans in code points.
public struct GoldAttribution: Sendable, Equatable {
  public var source: TextSpan?
  public var cue: TextSpan?
  public var content: TextSpan
}

/// Reads brat standoff annotations in PolNeAR's layout: `T` lines with Source, Cue and Content
/// spans (a span may be discontinuous, `start end;start end`, and is taken from its first start
/// to its last end), and `E` lines tying them into attributions. An `E` may name a `T` defined
/// later; an attribution with no Content is skipped, as the reference scorer does.
public enum BratAnnotations {
  public static func parse(_ text: String) -> [GoldAttribution] {
    var spans: [String: TextSpan] = [:]
    var events: [[String: String]] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count >= 2 else { continue }
      if line.hasPrefix("T") {
        let parts = fields[1].split(separator: " ", maxSplits: 1)
        guard parts.count == 2 else { continue }
        let numbers = parts[1].split(whereSeparator: { $0 == " " || $0 == ";" }).compactMap { Int($0) }
        guard let lo = numbers.min(), let hi = numbers.max() else { continue }
        spans[String(fields[0])] = TextSpan(start: lo, end: hi)
      } else if line.hasPrefix("E") {
        var roles: [String: String] = [:]
        for role in fields[1].split(separator: " ") {
          let pair = role.split(separator: ":", maxSplits: 1)
          if pair.count == 2 { roles[String(pair[0])] = String(pair[1]) }
        }
        events.append(roles)
      }
    }
    return events.compactMap { roles in
      guard let content = roles["Content"].flatMap({ spans[$0] }) else { return nil }
      return GoldAttribution(
        source: roles["Source"].flatMap { spans[$0] }, cue: roles["Cue"].flatMap { spans[$0] },
        content: content)
    }
  }
}
