import HearsayCore
import Testing

/// FNV-1a 64 against the published test vectors, and the ids made from it.
@Suite struct ExportIDTests {
  @Test(arguments: [
    ("", "cbf29ce484222325"),
    ("a", "af63dc4c8601ec8c"),
    ("foobar", "85944171f73967e8"),
  ])
  func fnv1aMatchesTheReferenceVectors(text: String, hex: String) {
    #expect(FNV1a.hex(FNV1a.hash64(text)) == hex)
    #expect(FNV1a.hash64(Array(text.utf8)) == FNV1a.hash64(text))
  }

  @Test func hexKeepsLeadingZeros() {
    #expect(FNV1a.hex(0x1f) == "000000000000001f")
    #expect(FNV1a.hex(.max) == "ffffffffffffffff")
  }

  @Test func articleIDsHashThePath() {
    let id = StableID.article(path: "examples/01_harbor_summit.txt")
    #expect(id == FNV1a.hex(FNV1a.hash64("examples/01_harbor_summit.txt")))
    #expect(id.count == 16)
    #expect(id != StableID.article(path: "./examples/01_harbor_summit.txt"))
  }

  @Test func entityIDsHashTheKindAndTheFoldedName() {
    let id = StableID.entity(kind: .person, name: "Elena  Marsh")
    #expect(id == FNV1a.hex(FNV1a.hash64("person|elena marsh")))
    #expect(id == StableID.entity(kind: .person, name: "ELENA MARSH"))
    #expect(id != StableID.entity(kind: .organization, name: "Elena Marsh"))
  }

  @Test func statementAndMeetingIDsAddTheirPlaceInTheArticle() {
    #expect(StableID.statement(article: "00ff", ordinal: 12) == "00ff-s12")
    #expect(StableID.meeting(article: "00ff", ordinal: 0) == "00ff-m0")
  }
}
