import Foundation
import Testing

@testable import HearsayCore

/// The date of a meeting or call, from the day words of its sentence against the article's
/// date (2024-10-09, a Wednesday): each row is a sentence we wrote and the date it names.
@Suite struct MeetingDateTests {
  @Test(arguments: [
    ("President Ines Moreau spoke this morning with President Tomas Reyes of Ostria.", "2024-10-09"),
    ("President Ines Moreau spoke this afternoon with President Tomas Reyes of Ostria.", "2024-10-09"),
    ("President Ines Moreau spoke last night with President Tomas Reyes of Ostria.", "2024-10-08"),
    ("President Ines Moreau spoke yesterday with President Tomas Reyes of Ostria.", "2024-10-08"),
    ("President Ines Moreau spoke on Monday with President Tomas Reyes of Ostria.", "2024-10-07"),
    ("On October 2, President Ines Moreau spoke with President Tomas Reyes of Ostria.", "2024-10-02"),
    ("President Ines Moreau spoke with President Tomas Reyes of Ostria.", nil),
  ] as [(String, String?)])
  func meetingDate(sentence: String, date: String?) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-dates-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("a.txt")
    try " date 2024-10-09 Test article\n\n\(sentence)\n".write(to: file, atomically: true, encoding: .utf8)
    let corpus = CorpusLoader(parallelism: 1).load(paths: [file.path]).corpus
    let meeting = try #require(corpus.meetings.first)
    #expect(meeting.participants == ["Ines Moreau", "Tomas Reyes"])
    #expect(meeting.date?.description == date)
  }
}
