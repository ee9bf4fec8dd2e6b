import Foundation
import Testing

@testable import HearsayCore

/// The fictional example articles against the hand-made answers in
/// `Fixtures/examples-expected.md`: every speech statement (speaker, cue, kind, content start)
/// and every meeting (participants, date, place, kind, planned), and nothing else.
@Suite struct ExampleArticlesTests {
  static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let expected = ExpectedAnswers.parse(
    (try? String(contentsOf: repo.appendingPathComponent("Tests/HearsayCoreTests/Fixtures/examples-expected.md"), encoding: .utf8)) ?? "")
  static let corpus = CorpusLoader().load(paths: [repo.appendingPathComponent("examples").path]).corpus

  @Test func theFixtureListsEveryArticle() {
    #expect(Self.expected.statements.count == 43)
    #expect(Self.expected.meetings.count == 8)
    #expect(Self.corpus.articles.count == 10)
  }

  @Test(arguments: expected.articleNames)
  func speechStatements(article name: String) throws {
    let article = try #require(Self.corpus.articles.first { $0.fileName == name })
    let found = Self.corpus.statements.filter { $0.article == article.id && $0.kind.isSpeech }
    let wanted = Self.expected.statements.filter { $0.article == name }
    #expect(found.count == wanted.count, "\(name): \(found.map { "\($0.speaker) \($0.cue): \($0.content)" })")
    for row in wanted {
      let match = found.first {
        $0.speakers.contains(where: { $0.lowercased().hasPrefix(row.speaker.lowercased()) })
          && $0.cue == row.cue && $0.kind.rawValue == row.kind
          && $0.content.lowercased().hasPrefix(row.contentStart.lowercased())
      }
      #expect(match != nil, "\(name): missing \(row.speaker) \(row.cue) [\(row.kind)] \(row.contentStart)…")
    }
  }

  @Test(arguments: expected.articleNames)
  func meetings(article name: String) throws {
    let article = try #require(Self.corpus.articles.first { $0.fileName == name })
    let found = Self.corpus.meetings.filter { $0.article == article.id }
    let wanted = Self.expected.meetings.filter { $0.article == name }
    #expect(found.count == wanted.count, "\(name): \(found.map(\.participants))")
    for row in wanted {
      let match = found.first { Set($0.participants) == Set(row.participants) }
      #expect(match?.date?.description == row.date, "\(name): \(row.participants) date")
      #expect(match?.place == row.place, "\(name): \(row.participants) place")
      #expect(match?.kind.rawValue == row.kind, "\(name): \(row.participants) kind")
      #expect(match?.planned == row.planned, "\(name): \(row.participants) planned")
    }
  }

  @Test func theSamePersonAcrossArticlesIsOneEntity() {
    let okafor = Self.corpus.entities(named: "Ruth Okafor")
    #expect(okafor.count == 1)
    #expect(okafor.first?.articles.count == 2)
    #expect(Self.corpus.entities(named: "NMC").first?.name == "Northern Maritime Council")
  }
}

/// The tables of `examples-expected.md`, read back for tests.
struct ExpectedAnswers {
  struct StatementRow { var article, speaker, cue, kind, contentStart: String }
  struct MeetingRow {
    var article: String
    var participants: [String]
    var date: String?
    var place: String?
    var kind: String
    var planned: Bool
  }

  var statements: [StatementRow] = []
  var meetings: [MeetingRow] = []
  var articleNames: [String] { Array(Set(statements.map(\.article) + meetings.map(\.article))).sorted() }

  static func parse(_ markdown: String) -> ExpectedAnswers {
    var answers = ExpectedAnswers()
    var article = ""
    for line in markdown.split(separator: "\n") {
      if line.hasPrefix("## "), let name = line.dropFirst(3).split(separator: " ").first, name.hasSuffix(".txt") {
        article = String(name)
        continue
      }
      guard line.hasPrefix("|"), !line.hasPrefix("|--"), !line.hasPrefix("| #"), !line.hasPrefix("| Participants") else { continue }
      let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
        .map { $0.trimmingCharacters(in: .whitespaces) }
      if cells.count == 7 {
        let content = cells[6].replacingOccurrences(of: "…", with: "").trimmingCharacters(in: .whitespaces)
        answers.statements.append(StatementRow(article: article, speaker: cells[3], cue: cells[4], kind: cells[5], contentStart: content))
      } else if cells.count == 5 {
        let date = cells[1].split(separator: " ").first.map(String.init)
        answers.meetings.append(
          MeetingRow(
            article: article, participants: cells[0].components(separatedBy: ", "),
            date: date == "—" ? nil : date, place: cells[2] == "—" ? nil : cells[2], kind: cells[3],
            planned: cells[4] == "yes"))
      }
    }
    return answers
  }
}
