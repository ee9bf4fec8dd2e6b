@testable import HearsayCore
import Testing

/// Equal lists share one storage; strings share only when their bytes are equal; lists grown by
/// appending are fitted to their count.
@Suite struct SharedValuesTests {
  /// The address of an array's storage.
  static func storage<T>(_ array: [T]) -> UnsafeRawPointer? {
    array.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
  }

  @Test func equalListsShareTheFirstOnesStorage() {
    var shared = SharedValues<[EntityID]>()
    let first = shared.intern([EntityID(3), EntityID(7)])
    let second = shared.intern([3, 7].map(EntityID.init))
    let other = shared.intern([EntityID(7), EntityID(3)])
    #expect(second == first)
    #expect(Self.storage(second) == Self.storage(first))
    #expect(Self.storage(other) != Self.storage(first))
    #expect(shared.count == 2)
  }

  @Test func stringsAreSharedOnlyWhenTheirBytesAreEqual() {
    var shared = SharedValues<ExactStrings>()
    let composed = shared.intern(ExactStrings(["José"])).strings
    let decomposed = shared.intern(ExactStrings(["Jose\u{301}"])).strings
    let again = shared.intern(ExactStrings(["Jos" + "é"])).strings
    // Equal as `String`s, but not as bytes: each keeps its own.
    #expect(composed == decomposed)
    #expect(Array(decomposed[0].utf8) == Array("Jose\u{301}".utf8))
    #expect(Array(composed[0].utf8) == Array("José".utf8))
    #expect(Self.storage(again) == Self.storage(composed))
    #expect(shared.count == 2)
    #expect(ExactStrings(["a", "b"]) != ExactStrings(["ab"]))
    #expect(ExactStrings(["a", "b"]) == ExactStrings(["a", "b"]))
  }

  @Test func aGrownArrayIsFittedToItsCount() {
    var grown: [Int] = []
    for number in 0..<1_000 { grown.append(number) }
    #expect(grown.capacity > grown.count)
    let fitted = grown.fitted()
    #expect(fitted == grown)
    #expect(fitted.capacity < grown.capacity)
    #expect([1, 2, 3].fitted() == [1, 2, 3])
    #expect([Int]().fitted().isEmpty)
  }

  /// A loaded corpus gives statements naming the same speakers one list.
  @Test func statementsOfOneSpeakerShareTheirLists() {
    let corpus = CorpusLoader().load(paths: [SnapshotCacheTests.examples]).corpus
    var byName: [String: UnsafeRawPointer?] = [:]
    var checked = 0
    for statement in corpus.statements where statement.speakers.count == 1 {
      let address = Self.storage(statement.speakers)
      if let known = byName[statement.speakers[0]] {
        #expect(known == address, "\(statement.speakers)")
        checked += 1
      } else {
        byName[statement.speakers[0]] = address
      }
    }
    #expect(checked > 10)
  }
}
