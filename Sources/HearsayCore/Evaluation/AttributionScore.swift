/// Precision, recall and F1 of extracted statements against gold attributions, with the same
/// definitions as `tools/score/score.py`: per file, each gold attribution in order takes the
/// unused statement whose content overlaps it most, and matches when the overlap is at least
/// `overlap` of the longer span; a matched statement has the right source when its source span
/// overlaps the gold source.
public struct AttributionScore: Sendable {
  /// A gold attribution no statement matched, or a statement that matched no gold one.
  public struct Miss: Sendable {
    public let article: ArticleID
    public let gold: GoldAttribution?
    public let statement: StatementID?
  }

  public var files = 0
  public var gold = 0
  public var system = 0
  public var matched = 0
  public var sourceRight = 0
  public var misses: [Miss] = []

  public var precision: Double { system == 0 ? 0 : Double(matched) / Double(system) }
  public var recall: Double { gold == 0 ? 0 : Double(matched) / Double(gold) }
  public var f1: Double {
    let p = precision
    let r = recall
    return p + r == 0 ? 0 : 2 * p * r / (p + r)
  }
  public var sourceAccuracy: Double { matched == 0 ? 0 : Double(sourceRight) / Double(matched) }
  /// F1 counting only matches whose source is right too.
  public var endToEndF1: Double { f1 * sourceAccuracy }

  public init() {}

  /// Scores one article's statements against its gold attributions.
  public mutating func add(article: ArticleID, statements: [Statement], gold goldList: [GoldAttribution], overlap: Double) {
    files += 1
    gold += goldList.count
    system += statements.count
    var used = Set<Int>()
    for g in goldList {
      var best: Int?
      var bestRatio = 0.0
      for (i, s) in statements.enumerated() where !used.contains(i) {
        let r = Self.overlapRatio(g.content, s.contentSpan)
        if r > bestRatio {
          best = i
          bestRatio = r
        }
      }
      if let best, bestRatio >= overlap {
        used.insert(best)
        matched += 1
        if let gs = g.source, let ss = statements[best].sourceSpan, gs.overlaps(ss) { sourceRight += 1 }
      } else {
        misses.append(Miss(article: article, gold: g, statement: nil))
      }
    }
    for (i, s) in statements.enumerated() where !used.contains(i) {
      misses.append(Miss(article: article, gold: nil, statement: s.id))
    }
  }

  /// Shared length over the longer span's length.
  static func overlapRatio(_ a: TextSpan, _ b: TextSpan) -> Double {
    let shared = max(0, min(a.end, b.end) - max(a.start, b.start))
    return Double(shared) / Double(max(a.length, b.length, 1))
  }
}
