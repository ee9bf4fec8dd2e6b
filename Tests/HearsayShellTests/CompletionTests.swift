import HearsayShell
import Testing

@Suite struct CompletionTests {
  @Test func theOnlyChoiceIsInsertedWithASpace() {
    #expect(Completion(replaced: "pe", candidates: ["people"]).insertion == "people ")
  }

  @Test func aFolderIsInsertedWithoutASpace() {
    #expect(Completion(replaced: "ar", candidates: ["articles/"]).insertion == "articles/")
  }

  @Test func severalChoicesInsertWhatTheyShare() {
    let completion = Completion(replaced: "an", candidates: ["\"Anna Berg\"", "\"Anna Lind\""])
    #expect(completion.insertion == "\"Anna ")
  }

  @Test func nothingIsInsertedWhenTheChoicesShareNoMore() {
    #expect(Completion(replaced: "s", candidates: ["said", "since"]).insertion == nil)
    #expect(Completion(replaced: "x", candidates: []).insertion == nil)
  }

  @Test func choicesAreListedInColumns() {
    let completion = Completion(replaced: "", candidates: ["a", "bb", "ccc", "d", "e"])
    #expect(completion.listing(width: 12) == "a    d\nbb   e\nccc\n")
    #expect(completion.listing(width: 3) == "a\nbb\nccc\nd\ne\n")
  }
}
