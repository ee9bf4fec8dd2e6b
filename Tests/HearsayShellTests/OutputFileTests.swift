import Foundation
import HearsayShell
import Testing

@Suite struct OutputFileTests {
  @Test func theFileAppearsOnlyWhenCommitted() throws {
    let folder = try TemporaryDirectory()
    let path = folder.child("out.tsv")
    let file = try OutputFile(path: path)
    file.write("a\tb\n")
    #expect(!FileManager.default.fileExists(atPath: path))
    try file.commit()
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "a\tb\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.tsv"])
  }

  @Test func discardingLeavesAnEarlierFileAsItWas() throws {
    let folder = try TemporaryDirectory()
    let path = try folder.write("out.tsv", "old\n")
    let file = try OutputFile(path: path)
    file.write("new\n")
    file.discard()
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.tsv"])
  }

  @Test func aFullDeviceFailsTheCommit() throws {
    let file = try OutputFile(path: "/dev/full")
    file.write("something\n")
    #expect(file.failure?.description == "cannot write /dev/full: No space left on device")
    #expect(throws: OutputFile.Failure.self) { try file.commit() }
  }

  @Test func aMissingFolderFailsAtOnce() throws {
    let folder = try TemporaryDirectory()
    #expect(throws: OutputFile.Failure.self) {
      try OutputFile(path: folder.child("no/such/folder/out.tsv"))
    }
    #expect(throws: OutputFile.Failure.self) { try OutputFile(path: folder.path) }
  }
}
