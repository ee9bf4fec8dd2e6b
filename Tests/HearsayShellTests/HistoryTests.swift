import Foundation
import HearsayShell
import Testing

@Suite struct HistoryTests {
  @Test func entriesAreAppendedToTheFileAndLoadedBack() throws {
    let folder = try TemporaryDirectory()
    let file = HistoryFile(path: folder.child("state/hearsay/history"))
    let history = History(file: file)
    #expect(history.entries.isEmpty)
    #expect(try history.append(".mode tsv"))
    #expect(try history.append("who said * about \"port\""))
    let text = try String(contentsOfFile: file.path, encoding: .utf8)
    #expect(text == ".mode tsv\nwho said * about \"port\"\n")
    #expect(History(file: file).entries == [".mode tsv", "who said * about \"port\""])
  }

  @Test func repeatsOfThePreviousEntryAndBlankLinesAreNotAdded() throws {
    let folder = try TemporaryDirectory()
    let file = HistoryFile(path: folder.child("history"))
    let history = History(file: file)
    #expect(try history.append("people"))
    #expect(try !history.append("people"))
    #expect(try !history.append("   "))
    #expect(try history.append(".help"))
    #expect(try history.append("people"))
    #expect(history.entries == ["people", ".help", "people"])
    // Loaded again, each entry is there once, where it was last entered.
    #expect(History(file: file).entries == [".help", "people"])
  }

  @Test func onlyTheNewestEntriesAreKept() throws {
    let folder = try TemporaryDirectory()
    let file = HistoryFile(path: folder.child("history"))
    let history = History(file: file, capacity: 8)
    for index in 1...50 { try history.append("query \(index)") }
    let newest = (43...50).map { "query \($0)" }
    #expect(history.entries == newest)
    #expect(History(file: file, capacity: 8).entries == newest)
    let lines = try String(contentsOfFile: file.path, encoding: .utf8).split(separator: "\n")
    #expect(lines.count <= 8 + 2)
    #expect(lines.last == "query 50")
  }

  @Test func entriesWithLineBreaksAndBackslashesSurvive() throws {
    let folder = try TemporaryDirectory()
    let file = HistoryFile(path: folder.child("history"))
    let entries = ["who said\n* about X", #"a \n literal\"#, "tab\there", "crlf\r\n"]
    let history = History(file: file)
    for entry in entries { try history.append(entry) }
    #expect(History(file: file).entries == entries)
    let lines = try String(contentsOfFile: file.path, encoding: .utf8).split(separator: "\n")
    #expect(lines.count == entries.count)
  }

  @Test func twoShellsAppendingAtOnceLoseNothing() async throws {
    let folder = try TemporaryDirectory()
    let path = folder.child("history")
    let perShell = 300
    await withTaskGroup(of: Void.self) { group in
      for shell in ["a", "b"] {
        group.addTask {
          let history = History(file: HistoryFile(path: path), capacity: 10_000)
          for index in 0..<perShell { _ = try? history.append("\(shell) \(index)") }
        }
      }
    }
    let entries = History(file: HistoryFile(path: path), capacity: 10_000).entries
    #expect(entries.count == 2 * perShell)
    for shell in ["a", "b"] {
      // Each shell's entries are all there, in its own order.
      #expect(
        entries.filter { $0.hasPrefix(shell + " ") } == (0..<perShell).map { "\(shell) \($0)" })
    }
  }

  @Test func trimmingWhileAnotherShellAppendsKeepsWholeLines() async throws {
    let folder = try TemporaryDirectory()
    let path = folder.child("history")
    await withTaskGroup(of: Void.self) { group in
      for shell in ["a", "b"] {
        group.addTask {
          let history = History(file: HistoryFile(path: path), capacity: 20)
          for index in 0..<300 { _ = try? history.append("\(shell) \(index)") }
        }
      }
    }
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    #expect(lines.count <= 20 + 5)
    for line in lines {
      #expect(line.wholeMatch(of: /[ab] \d+/) != nil, "garbled line \(line)")
    }
    let entries = History(file: HistoryFile(path: path), capacity: 20).entries
    #expect(entries.count == 20)
    // Whichever shell finished last wrote the newest entry.
    #expect(entries.last == "a 299" || entries.last == "b 299")
  }

  @Test func anUnwritableFileKeepsTheEntryInMemory() throws {
    let folder = try TemporaryDirectory()
    let blocker = try folder.write("blocker", "a file, not a folder")
    let history = History(file: HistoryFile(path: blocker + "/history"))
    #expect(throws: HistoryFile.Failure.self) { try history.append("people") }
    #expect(history.entries == ["people"])
  }

  @Test(arguments: [
    (["XDG_STATE_HOME": "/state", "HOME": "/home/a"], "/state/hearsay/history"),
    (["XDG_STATE_HOME": "", "HOME": "/home/a"], "/home/a/.local/state/hearsay/history"),
    (["XDG_STATE_HOME": "relative", "HOME": "/home/a"], "/home/a/.local/state/hearsay/history"),
    (["HOME": "/home/a"], "/home/a/.local/state/hearsay/history"),
  ])
  func defaultPathFollowsXDG(environment: [String: String], expected: String) {
    #expect(History.defaultPath(environment: { environment[$0] }) == expected)
  }

  @Test func noPathWithoutHomeOrState() {
    #expect(History.defaultPath(environment: { _ in nil }) == nil)
  }

  @Test func aLineCutShortByACrashDoesNotSwallowTheNext() throws {
    let folder = try TemporaryDirectory()
    let path = try folder.write("history", "people\nwho said * ab")
    let history = History(file: HistoryFile(path: path))
    try history.append(".stats")
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text == "people\nwho said * ab\n.stats\n")
  }

  @Test func trimmingReplacesTheFileWhole() throws {
    let folder = try TemporaryDirectory()
    let path = folder.child("history")
    let history = History(file: HistoryFile(path: path), capacity: 4)
    var inode: UInt64 = 0
    for index in 1...5 {
      try history.append("q\(index)")
      inode = try #require(FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? UInt64)
    }
    try history.append("q6")
    let after = try #require(FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? UInt64)
    #expect(after != inode, "a trimmed file is a new file renamed into place")
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "q3\nq4\nq5\nq6\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["history"])
  }

  @Test func manyShellsTrimmingAtOnceKeepWholeOrderedLines() async throws {
    let folder = try TemporaryDirectory()
    let path = folder.child("history")
    await withTaskGroup(of: Void.self) { group in
      for shell in ["a", "b", "c"] {
        group.addTask {
          let history = History(file: HistoryFile(path: path), capacity: 50)
          for index in 0..<200 { _ = try? history.append("\(shell) \(index)") }
        }
      }
    }
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    #expect(lines.count <= 50 + 12)
    #expect(lines.allSatisfy { $0.wholeMatch(of: /[abc] \d+/) != nil })
    #expect(["a 199", "b 199", "c 199"].contains(String(lines.last ?? "")))
    let entries = History(file: HistoryFile(path: path), capacity: 50).entries
    #expect(entries.count == 50)
    for shell in ["a", "b", "c"] {
      let numbers = entries.filter { $0.hasPrefix(shell) }.compactMap { Int($0.dropFirst(2)) }
      #expect(numbers == numbers.sorted(), "\(shell)'s entries keep their order")
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["history"])
  }
}
