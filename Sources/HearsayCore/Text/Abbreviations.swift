/// Abbreviations that end in a full stop without ending a sentence, and the words that show a
/// new sentence has begun after one that can end a sentence ("in the U.S. He said").
enum Abbreviations {
  /// Titles and other abbreviations that never end a sentence: "Mr. Smith", "Gen. Lee".
  static let neverFinal: LexiconSet = [
    "mr", "mrs", "ms", "dr", "prof", "gen", "gov", "sen", "rep", "reps", "sens", "st", "mt", "ft",
    "lt", "col", "capt", "cmdr", "adm", "sgt", "cpl", "pvt", "maj", "brig", "hon", "rev", "fr",
    "pres", "supt", "insp", "messrs", "mme", "mlle", "vs", "v", "approx",
    "dept", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "e.g", "i.e", "cf", "al", "ave", "blvd", "rd", "gov't", "atty", "amb", "sec",
    "treas", "op", "ed", "eds",
  ]

  /// Abbreviations that stand before a number and only there: "No. 10", "vol. 3", but
  /// "The answer was no. The vote failed."
  static let beforeNumber: LexiconSet = ["no", "nos", "vol", "vols", "fig", "figs", "pp"]

  /// Abbreviations that may also end a sentence: "… in the U.S. The …".
  static let maybeFinal: LexiconSet = [
    "u.s", "u.k", "u.n", "e.u", "inc", "ltd", "co", "corp", "plc", "llc", "jr", "sr", "etc",
    "a.m", "p.m", "d.c", "n.y", "l.a", "u.s.a", "bros", "p.l.c", "n.v", "s.a", "ag",
  ]

  /// Capitalised words that begin sentences far more often than they continue names.
  static let sentenceStarters: LexiconSet = [
    "the", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in", "a", "an", "this",
    "that", "these", "those", "his", "her", "their", "its", "our", "there", "on", "at", "for",
    "as", "after", "before", "when", "while", "if", "however", "meanwhile", "also", "some",
    "many", "most", "both", "one", "two", "last", "earlier", "later", "under", "since", "with",
    "what", "why", "how", "who", "other", "officials", "mr", "mrs", "ms", "dr", "according",
    "analysts", "so", "yet", "still", "then", "such", "no", "not", "more", "all", "each",
    "during", "despite", "although", "though", "because", "from", "by", "to", "speaking",
  ]
}
