/// A name found in a sentence, with the title or role written before it.
struct Mention: Sendable {
  /// Sentence index in the article.
  var sentence: Int
  /// Token range of the name within the sentence's tokens.
  var first: Int
  var last: Int
  /// First token of the role before the name (equal to `first` when there is none).
  var roleFirst: Int
  /// Byte range of the name in the article text.
  var start: Int
  var end: Int
  /// The name as written, possessive dropped ("Wang Yi", "Russia").
  var name: String
  /// The title or role before it ("Chinese Foreign Minister").
  var role: String?
  /// What the name is, when the sentence shows it; nil when unknown.
  var kind: EntityKind?
  var gender: Gender?
  /// An acronym given in parentheses after the name: "(SCO)".
  var acronym: String?
  /// True when only a role was written ("the Foreign Minister"), with no name.
  var isRoleOnly: Bool = false
  /// Other names the mention also answers to (country aliases, demonym).
  var aliases: [String] = []
}
