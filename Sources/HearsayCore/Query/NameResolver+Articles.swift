/// Finding the article `show` names.
extension NameResolver {
  /// The one article answering to `name`: its short name (`01_harbor_summit`), its file name, or
  /// the end of its path (`business/001`, `bbc/business/001.txt`), case-insensitively.
  func article(named name: QueryName) throws(QueryError) -> Article {
    let typed = NameFolding.fold(name.text)
    let lastPart = typed.split(separator: "/").last.map(String.init) ?? typed
    var candidates = corpus.articlesByName[lastPart] ?? []
    if candidates.isEmpty, let dot = lastPart.lastIndex(of: ".") {
      candidates = corpus.articlesByName[String(lastPart[..<dot])] ?? []
    }
    if typed.contains("/") || typed.contains(".") {
      candidates = candidates.filter { id in
        let path = NameFolding.fold(corpus.article(id).path)
        let bare = path.lastIndex(of: ".").map { String(path[..<$0]) } ?? path
        return [path, bare].contains { $0 == typed || $0.hasSuffix("/" + typed) }
      }
    }
    if candidates.count == 1 { return corpus.article(candidates[0]) }
    if candidates.count > 1 {
      throw QueryError.ambiguousArticle(name, paths: candidates.map { corpus.article($0).path })
    }
    let names = Array(Set(corpus.articleNames)).sorted()
    throw QueryError.unknownArticle(
      name, suggestions: Suggestions.nearest(to: lastPart, among: names))
  }
}
