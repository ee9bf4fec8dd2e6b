/// Text folded for word search with SQL's `LIKE`: folded as `TextFolding` folds it, then each
/// word between hyphens, which folding never leaves in text.
///
///     "The NMC's (new) plan"  →  "-the- -nmc-'-s- (-new-) -plan-"
///
/// A word is then found with `LIKE '%-nmc-%'`, a phrase with `LIKE '%-third- -party-%'` and a
/// word start with `LIKE '%-tariff%'`, exactly as `TextPattern` finds them: the export writes
/// these forms (`content_words`, `text_words`, `name_words`, `alias_words`) and `explain sql`
/// turns patterns into them.
package enum MarkedWords {
  /// The text folded, each word between hyphens.
  package static func mark(_ text: some StringProtocol) -> String {
    mark(folded: TextFolding.fold(text))
  }

  /// Already folded text with each word between hyphens.
  static func mark(folded: [UInt8]) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(folded.count + folded.count / 2 + 2)
    var inWord = false
    for byte in folded {
      let word = TextFolding.isWord(byte)
      if word != inWord {
        out.append(UInt8(ascii: "-"))
        inWord = word
      }
      out.append(byte)
    }
    if inWord { out.append(UInt8(ascii: "-")) }
    return String(decoding: out, as: UTF8.self)
  }

  /// The `LIKE` pattern finding what `TextPattern(pattern)` matches in marked text, or nil when
  /// `LIKE` cannot say it: a `*` inside a word or next to punctuation, or a `%` or `\`.
  ///
  ///     tariff*         →  %-tariff%
  ///     "third party"   →  %-third- -party-%
  ///     *               →  %
  ///     t*ff            →  nil
  package static func likePattern(_ pattern: String) -> String? {
    var folded = TextFolding.fold(pattern)[...]
    if folded.allSatisfy({ $0 == UInt8(ascii: "*") }) { return "%" }
    let star = UInt8(ascii: "*")
    var leadingStar = false
    var trailingStar = false
    while folded.first == star {
      folded.removeFirst()
      leadingStar = true
    }
    while folded.last == star {
      folded.removeLast()
      trailingStar = true
    }
    let unsayable: Set<UInt8> = [star, UInt8(ascii: "%"), UInt8(ascii: "\\")]
    guard let first = folded.first, let last = folded.last,
      !folded.contains(where: unsayable.contains),
      !leadingStar || TextFolding.isWord(first), !trailingStar || TextFolding.isWord(last)
    else { return nil }
    var marked = mark(folded: Array(folded))
    if leadingStar { marked.removeFirst() }
    if trailingStar { marked.removeLast() }
    return "%" + marked + "%"
  }
}
