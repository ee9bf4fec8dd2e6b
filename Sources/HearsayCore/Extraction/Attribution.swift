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
  /// The content's pieces when something else stands inside its span: the cue in "The plan,
  /// he said, will fail", or narration between two quotes of one speaker. Nil: the whole span.
  var pieces: [(Int, Int)]?
  var kind: StatementKind
}
