#if canImport(Glibc)
  import Glibc
#endif

/// A gold-annotated corpus in PolNeAR's layout: `DIR/text/NAME.txt` and
/// `DIR/attributions/NAME_ANNOTATOR.ann`, the first annotator's file (sorted by name) per
/// article, as the reference scorer takes it.
public struct GoldCorpus: Sendable {
  /// Text file name ("NAME.txt") → its gold attributions.
  public let attributions: [String: [GoldAttribution]]
  public let textFolder: String

  /// Reads the folder, or explains why it can't.
  public static func load(_ root: String) -> Result<GoldCorpus, LoadProblem> {
    let base = root.hasSuffix("/") ? String(root.dropLast()) : root
    let textFolder = base + "/text"
    let annFolder = base + "/attributions"
    guard let texts = listing(textFolder), let anns = listing(annFolder) else {
      return .failure(LoadProblem(path: root, reason: "not a gold folder: expected text/ and attributions/ inside", severity: .skipped))
    }
    var result: [String: [GoldAttribution]] = [:]
    let sortedAnns = anns.filter { $0.hasSuffix(".ann") }.sorted()
    for text in texts where text.hasSuffix(".txt") {
      let stem = String(text.dropLast(4))
      guard let ann = sortedAnns.first(where: { $0.hasPrefix(stem + "_") }) else { continue }
      guard case .success(let bytes) = FileReader.read(annFolder + "/" + ann) else {
        return .failure(LoadProblem(path: annFolder + "/" + ann, reason: errnoReason(), severity: .skipped))
      }
      result[text] = BratAnnotations.parse(String(decoding: bytes, as: UTF8.self))
    }
    return .success(GoldCorpus(attributions: result, textFolder: textFolder))
  }

  /// Scores a corpus (loaded from this gold folder's texts or elsewhere) by file name.
  public func score(_ corpus: Corpus, overlap: Double = 0.3) -> AttributionScore {
    var score = AttributionScore()
    var byArticle: [ArticleID: [Statement]] = [:]
    for s in corpus.statements { byArticle[s.article, default: []].append(s) }
    let articlesByName = Dictionary(corpus.articles.map { ($0.fileName, $0.id) }, uniquingKeysWith: { a, _ in a })
    for name in attributions.keys.sorted() {
      guard let gold = attributions[name], let id = articlesByName[name] else { continue }
      score.add(article: id, statements: byArticle[id] ?? [], gold: gold, overlap: overlap)
    }
    return score
  }

  private static func listing(_ dir: String) -> [String]? {
    guard let handle = opendir(dir) else { return nil }
    defer { closedir(handle) }
    var names: [String] = []
    while let entry = readdir(handle) {
      // Read in place: copying `d_name` reads 256 bytes, past the end of a short last entry.
      let name = withUnsafeMutablePointer(to: &entry.pointee.d_name) {
        String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
      }
      if !name.hasPrefix(".") { names.append(name) }
    }
    return names
  }
}
