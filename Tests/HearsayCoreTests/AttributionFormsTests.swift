import Foundation
import Testing

@testable import HearsayCore

/// Every attribution form the extractor knows, each on sentences we wrote: the body of a
/// one-article corpus, and the statements expected from it (speaker, cue, kind, content start).
@Suite struct AttributionFormsTests {
  struct Row: CustomTestStringConvertible, Sendable {
    let form: String
    let body: String
    let expected: [(speaker: String, cue: String, kind: StatementKind, content: String)]
    var testDescription: String { form }
  }

  static let rows: [Row] = [
    Row(form: "X said that …", body: "Mayor Ines Moreau said that the bridge would reopen in May.",
        expected: [("Ines Moreau", "said", .indirect, "the bridge would reopen in May")]),
    Row(form: "X said … (no that)", body: "Ines Moreau said the bridge would reopen in May.",
        expected: [("Ines Moreau", "said", .indirect, "the bridge would reopen")]),
    Row(form: "…, said X", body: "The bridge will reopen in May, said Mayor Ines Moreau.",
        expected: [("Ines Moreau", "said", .indirect, "The bridge will reopen in May")]),
    Row(form: "…, X added", body: "Ines Moreau spoke first. The bridge will reopen in May, Moreau added.",
        expected: [("Ines Moreau", "added", .indirect, "The bridge will reopen in May")]),
    Row(form: "pronoun speaker", body: "Ines Moreau opened the meeting. She noted that traffic had doubled since March.",
        expected: [("Ines Moreau", "noted", .indirect, "traffic had doubled")]),
    Row(form: "urged with object and coordination",
        body: "Tomas Reyes urged the two councils to share the cost, and finish the work by June.",
        expected: [("Tomas Reyes", "urged", .indirect, "the two councils to share the cost, and finish the work by June")]),
    Row(form: "For his part, X said that …", body: "For his part, Tomas Reyes said that the budget was tight.",
        expected: [("Tomas Reyes", "said", .indirect, "the budget was tight")]),
    Row(form: "relative clause before the cue",
        body: "Tomas Reyes, who also chairs the transport board, said that fares would not rise.",
        expected: [("Tomas Reyes", "said", .indirect, "fares would not rise")]),
    Row(form: "direct quote, curly marks", body: "“We will not wait another year,” Ines Moreau said.",
        expected: [("Ines Moreau", "said", .direct, "We will not wait another year")]),
    Row(form: "direct quote, straight marks", body: "\"We will not wait another year,\" said Ines Moreau.",
        expected: [("Ines Moreau", "said", .direct, "We will not wait another year")]),
    Row(form: "quote introduced by a colon", body: "Ines Moreau told reporters: \"The work starts on Monday.\"",
        expected: [("Ines Moreau", "told", .direct, "The work starts on Monday")]),
    Row(form: "quote spanning sentences with the cue between",
        body: "“The work is late,” Ines Moreau said. “It will cost more. We knew that.”",
        expected: [("Ines Moreau", "said", .direct, "The work is late It will cost more")]),
    Row(form: "question split from its cue", body: "“Who pays for this?” Ines Moreau said.",
        expected: [("Ines Moreau", "said", .direct, "Who pays for this?")]),
    Row(form: "mixed quote", body: "Ines Moreau said the delay was \"completely avoidable\" and blamed the contractor.",
        expected: [("Ines Moreau", "said", .indirect, "the delay was \"completely avoidable\""),
                   ("Ines Moreau", "blamed", .indirect, "the contractor")]),
    Row(form: "scare quotes are not statements", body: "The so-called \"green corridor\" opened on Friday.",
        expected: []),
    Row(form: "according to X, …", body: "According to the Harbor Authority, cargo volumes rose by a third.",
        expected: [("Harbor Authority", "according to", .indirect, "cargo volumes rose by a third")]),
    Row(form: "…, according to X", body: "Cargo volumes rose by a third, according to the Harbor Authority.",
        expected: [("Harbor Authority", "according to", .indirect, "Cargo volumes rose by a third")]),
    Row(form: "unnamed source kept as written", body: "Officials said the plan would be published next week.",
        expected: [("officials", "said", .indirect, "the plan would be published")]),
    Row(form: "a spokesman for …", body: "A spokesman for the ministry said the talks were constructive.",
        expected: [("a spokesman for the ministry", "said", .indirect, "the talks were constructive")]),
    Row(form: "conjoined second cue", body: "Ines Moreau said the bridge was safe and added that inspections would continue.",
        expected: [("Ines Moreau", "said", .indirect, "the bridge was safe"),
                   ("Ines Moreau", "added", .indirect, "inspections would continue")]),
    Row(form: "participle cue", body: "Ines Moreau defended the plan, saying that it would cut journeys by ten minutes.",
        expected: [("Ines Moreau", "defended", .belief, "the plan"),
                   ("Ines Moreau", "saying", .indirect, "it would cut journeys")]),
    Row(form: "nested attribution belongs to the inner speaker",
        body: "Ines Moreau said Tomas Reyes told her that the money was ready.",
        expected: [("Tomas Reyes", "told", .indirect, "the money was ready")]),
    Row(form: "interrupted content", body: "The bridge, Ines Moreau said, will reopen in May.",
        expected: [("Ines Moreau", "said", .indirect, "The bridge will reopen in May")]),
    Row(form: "diplomatic cue", body: "Foreign Minister Elena Marsh underscored that the corridor must stay open.",
        expected: [("Elena Marsh", "underscored", .indirect, "the corridor must stay open")]),
    Row(form: "belief", body: "Ines Moreau believes the bridge will last another century.",
        expected: [("Ines Moreau", "believes", .belief, "the bridge will last")]),
    Row(form: "joint act is a discussion of both",
        body: "Ines Moreau met Tomas Reyes on Monday in Lisbury. They exchanged views on the bus network.",
        expected: [("Ines Moreau and Tomas Reyes", "exchanged views", .discussion, "the bus network")]),
    Row(form: "transcript label", body: "MOREAU: The bridge will reopen in May, and nobody will pay twice.",
        expected: [("MOREAU", ":", .direct, "The bridge will reopen in May")]),
    Row(form: "honorific form of a name", body: "Tomas Reyes spoke last. Mr. Reyes said the deal was fair.",
        expected: [("Tomas Reyes", "said", .indirect, "the deal was fair")]),
    // PolNeAR counts refusals as attributions; hearsay keeps them as a stated position.
    Row(form: "declined to comment is a position, not speech", body: "Ines Moreau declined to comment on the report.",
        expected: [("Ines Moreau", "declined", .belief, "to comment on the report")]),
    Row(form: "passive is no statement", body: "The bridge is said to be the oldest in the region.",
        expected: []),
    Row(form: "the noun states is no cue", body: "The Ohio state auditor resigned on Friday.",
        expected: []),
    Row(form: "a relative that is no reported clause", body: "The Orrin companies that had insured the port paid the bill.",
        expected: []),
    Row(form: "a headline word is no speaker label", body: "Latest: The ferry will run daily from May.",
        expected: []),
    Row(form: "words before a quote that opens mid-sentence", body: "However fast the ferry, the timetable \"is not realistic,\" Ines Moreau said.",
        expected: [("Ines Moreau", "said", .direct, "However fast the ferry, the timetable \"is not realistic")]),
    Row(form: "interrupted before a preposition", body: "The port has a plan, Ines Moreau said, for how the ferry can run in winter.",
        expected: [("Ines Moreau", "said", .indirect, "The port has a plan for how the ferry can run in winter")]),
    Row(form: "a cue inside a subordinate clause stays in the content",
        body: "Ines Moreau said the mayor was right when he said that the port needs a second quay.",
        expected: [("Ines Moreau", "said", .indirect, "the mayor was right when he said that the port needs a second quay"),
                   ("he", "said", .indirect, "the port needs a second quay")]),
    Row(form: "quote signed with a dash after it", body: "“The ferry is late again.” ― Ana Ruiz",
        expected: [("Ana Ruiz", "―", .direct, "The ferry is late again.")]),
    Row(form: "transcript label inside quotation marks", body: "\"MORENO: We will open the port in May.",
        expected: [("MORENO", ":", .direct, "We will open the port in May")]),
    Row(form: "a capitalised heading before a dash is no speaker", body: "FAREWELL — “The ferry line closes at the end of May.”",
        expected: []),
    Row(form: "quote resumed after its cue", body: "“My hope,” Ines Moreau said, “is that the ferry runs all winter.”",
        expected: [("Ines Moreau", "said", .direct, "My hope is that the ferry runs all winter")]),
    Row(form: "any noun phrase before said", body: "People close to him say the budget will pass in June.",
        expected: [("people close to him", "say", .indirect, "the budget will pass in June")]),
    Row(form: "a share of a poll said", body: "Sixty percent said the tunnel was worth its cost.",
        expected: [("Sixty percent", "said", .indirect, "the tunnel was worth its cost")]),
    Row(form: "adverb between speaker and cue", body: "Ines Moreau has long said that the port needs a second quay.",
        expected: [("Ines Moreau", "said", .indirect, "the port needs a second quay")]),
    Row(form: "object of a stance verb ends at its comma", body: "Ines Moreau praised the new timetable, which starts in May.",
        expected: [("Ines Moreau", "praised", .indirect, "the new timetable")]),
  ]

  @Test(arguments: rows)
  func extracts(_ row: Row) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-forms-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("a.txt")
    try " date 2025-04-10 Test article\n\n\(row.body)\n".write(to: file, atomically: true, encoding: .utf8)
    let corpus = CorpusLoader(parallelism: 1).load(paths: [file.path]).corpus
    let found = corpus.statements
    #expect(found.count == row.expected.count, "\(found.map { "\($0.speaker) | \($0.cue) | \($0.kind) | \($0.content)" })")
    for want in row.expected {
      let match = found.first {
        $0.speaker == want.speaker && $0.cue == want.cue && $0.kind == want.kind && $0.content.hasPrefix(want.content)
      }
      #expect(match != nil, "missing \(want.speaker) | \(want.cue) | \(want.kind) | \(want.content) in \(found.map { "\($0.speaker) | \($0.cue) | \($0.kind) | \($0.content)" })")
    }
  }
}
