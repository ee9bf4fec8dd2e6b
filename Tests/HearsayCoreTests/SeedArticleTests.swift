import Foundation
import Testing

@testable import HearsayCore

/// The seed article from `../shared/seed`: its 8 speech statements, its meeting, its entities.
/// Skipped with a message when the shared folder is not beside the repository.
@Suite struct SeedArticleTests {
  static let seedFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("shared/seed")
  static let corpus: Corpus? = FileManager.default.fileExists(atPath: seedFolder.path)
    ? CorpusLoader().load(paths: [seedFolder.path]).corpus : nil

  /// Speaker, cue and the start of the content, in text order.
  static let speech: [(String, String, String)] = [
    ("Wang Yi", "said", "The development of the China-Russia relations does not target any third party"),
    ("Wang Yi", "said", "the China-Russia comprehensive strategic partnership"),
    ("Wang Yi", "said", "under the leadership of the two heads of state, the China-Russia relations"),
    ("Wang Yi", "noted", "not long ago, the BRICS Summit was successfully held"),
    ("Wang Yi", "urged", "the two sides to make joint efforts"),
    ("Wang Yi", "added", "China has taken over the rotating presidency of the Shanghai Cooperation Organisation (SCO)"),
    ("Andrey Rudenko", "said", "the head-of-state diplomacy has laid a good foundation"),
    ("Andrey Rudenko", "said", "Russia is ready to work with China"),
  ]

  @Test func headerAndCredit() throws {
    let corpus = try #require(Self.corpus, "../shared/seed not found")
    let article = try #require(corpus.articles.first)
    #expect(corpus.articles.count == 1)
    #expect(article.date?.description == "2024-10-31")
    #expect(article.source == "Xinhua-Global Times")
    // Nine body sentences; the tenth line of text, "Xinhua-Global Times", is the credit.
    #expect(article.sentences.count == 9)
  }

  @Test func theEightSpeechStatements() throws {
    let corpus = try #require(Self.corpus, "../shared/seed not found")
    let speech = corpus.statements.filter { $0.kind.isSpeech }
    #expect(speech.count == 8)
    for (statement, expected) in zip(speech, Self.speech) {
      #expect(statement.speaker == expected.0)
      #expect(statement.cue == expected.1)
      #expect(statement.content.hasPrefix(expected.2), "\(statement.content)")
      #expect(statement.kind == .indirect)
    }
    // Both halves of the coordination stay in the content.
    #expect(speech[4].content.hasSuffix("and implement the consensus reached by the two heads of state"))
    // Spans index the file text in code points.
    let article = corpus.articles[0]
    let scalars = Array(article.text.unicodeScalars)
    for s in speech {
      let text = String(String.UnicodeScalarView(scalars[s.cueSpan.start..<s.cueSpan.end]))
      #expect(text == s.cue)
    }
  }

  @Test func theJointActIsADiscussionOfBoth() throws {
    let corpus = try #require(Self.corpus, "../shared/seed not found")
    let discussions = corpus.statements.filter { $0.kind == .discussion }
    #expect(discussions.count == 1)
    #expect(Set(discussions.first?.speakers ?? []) == ["Wang Yi", "Andrey Rudenko"])
    #expect(discussions.first?.content == "the Ukraine crisis")
  }

  @Test func theMeeting() throws {
    let corpus = try #require(Self.corpus, "../shared/seed not found")
    let meeting = try #require(corpus.meetings.first)
    #expect(corpus.meetings.count == 1)
    #expect(meeting.participants == ["Wang Yi", "Andrey Rudenko"])
    #expect(meeting.date?.description == "2024-10-30")
    #expect(meeting.place == "Beijing")
    #expect(meeting.kind == .meeting)
  }

  @Test func entitiesWithRolesAndAliases() throws {
    let corpus = try #require(Self.corpus, "../shared/seed not found")
    let wang = try #require(corpus.entities(named: "Wang").first)
    #expect(wang.name == "Wang Yi")
    #expect(wang.roles.contains("Chinese Foreign Minister"))
    #expect(corpus.entities(named: "SCO").first?.name == "Shanghai Cooperation Organisation")
    #expect(corpus.entities(named: "Russia's").first?.name == "Russia")
    #expect(corpus.entities(named: "Chinese").first?.name == "China")
  }
}
