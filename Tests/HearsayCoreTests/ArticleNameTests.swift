import Testing

@testable import HearsayCore

/// An article's file name and short name, found on the path's bytes, against the Character-based
/// definitions they replace: the last part between slashes, then the extension dropped and a
/// record number kept.
@Suite struct ArticleNameTests {
  static let paths = [
    "../shared/seed/000_7b2d98bb58d2f38b.txt", "corpus/bbc/politics/001.txt", "reut2-000.sgm#7",
    "/data/reuters/reut2-021.sgm#1000", "a.b.c.md", ".hidden", "noext", "dir/", "dir//file.json",
    "", "/", "Zoë/Ångström.txt", "北京/新闻.txt", "e\u{301}.txt#2", "name.#3", "x/#4",
  ]

  @Test(arguments: paths)
  func matchesTheCharacterBasedDefinition(_ path: String) {
    let article = Article(
      id: ArticleID(0), path: path, format: .plainText, date: nil, title: "", source: nil, text: "",
      bodyStart: 0, sentences: [])
    let fileName = path.split(separator: "/").last.map(String.init) ?? path
    #expect(article.fileName == fileName)
    var file = fileName
    var record = ""
    if let hash = file.lastIndex(of: "#") {
      record = String(file[hash...])
      file = String(file[..<hash])
    }
    let name: String
    if let dot = file.lastIndex(of: "."), dot != file.startIndex {
      name = String(file[..<dot]) + record
    } else {
      name = file + record
    }
    #expect(article.name == name)
  }
}
