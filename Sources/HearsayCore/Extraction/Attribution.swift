/// An attribution found in a sentence, before its speaker is resolved to an entity.
struct Attribution: Sendable {
  enum Speaker: Sendable {
    /// A phrase in the sentence.
    case phrase(sentence: Int, SpeakerPhrase.Match)
    /// The speaker of an earlier attribution: "…, and added that", "…, saying that", a quote
    /// continued in the next paragraph.
    case sameAs(cueStart: Int)
    /// Everyone who took part: "They exchanged views on …".
    case group(sentence: Int, SpeakerPhrase.Match)
  }

  var sentence: Int
  var speaker: Speaker
  var cue: String
  var cueStart: Int
  var cueEnd: Int
  var contentStart: Int
  var contentEnd: Int
  /// The content in two parts when the cue interrupts it ("The plan, he said, will fail"):
  /// the end of the first part and the start of the second.
  var gap: (Int, Int)?
  var kind: StatementKind
}
