/// Renders an `AttributionScore` for people: the figures, and with `showMisses` each missed
/// gold attribution and each invented statement with its sentence.
public enum EvaluationReport {
  public static func render(_ score: AttributionScore, corpus: Corpus, overlap: Double, showMisses: Bool) -> String {
    func f(_ x: Double) -> String {
      let scaled = Int((x * 1000).rounded())
      let whole = scaled / 1000
      let frac = String(scaled % 1000)
      return "\(whole)." + String(repeating: "0", count: 3 - frac.count) + frac
    }
    var out = ""
    if showMisses {
      for miss in score.misses {
        let article = corpus.article(miss.article)
        if let g = miss.gold {
          let sentence = article.sentence(containing: g.content.start)?.text ?? ""
          out += "missed   \(article.fileName): \(excerpt(article, g.content))\n"
          if let source = g.source { out += "         source: \(excerpt(article, source))\n" }
          out += "         sentence: \(sentence)\n"
        } else if let id = miss.statement {
          let s = corpus.statement(id)
          out += "invented \(article.fileName): \(s.speaker) | \(s.cue) | \(s.content)\n"
          if s.sentence < article.sentences.count { out += "         sentence: \(article.sentences[s.sentence].text)\n" }
        }
      }
      out += "\n"
    }
    out += "files=\(score.files) gold=\(score.gold) system=\(score.system) matched=\(score.matched)\n"
    out += "content precision=\(f(score.precision)) recall=\(f(score.recall)) f1=\(f(score.f1)) (overlap>=\(overlap))\n"
    out += "source right on matched=\(f(score.sourceAccuracy))\n"
    out += "end-to-end (content and source right) f1=\(f(score.endToEndF1))\n"
    return out
  }

  private static func excerpt(_ article: Article, _ span: TextSpan) -> String {
    let scalars = article.text.unicodeScalars
    guard span.start >= 0, span.end <= scalars.count else { return "" }
    let start = scalars.index(scalars.startIndex, offsetBy: span.start)
    let end = scalars.index(start, offsetBy: span.length)
    let text = String(scalars[start..<end]).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    return text.count > 160 ? String(text.prefix(159)) + "…" : text
  }
}
