import Foundation

/// A temporary folder for one test, removed when released.
///
/// Fixture articles, scripts, the history file and captured output all live here.
final class Workspace {
  let path: String

  init() throws {
    var template = Array((NSTemporaryDirectory() + "hearsay-e2e-XXXXXX").utf8CString)
    guard let made = mkdtemp(&template) else { throw CocoaError(.fileWriteUnknown) }
    path = String(cString: made)
  }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }

  /// The path of a name inside the workspace.
  func child(_ name: String) -> String { path + "/" + name }

  /// Writes a file (creating folders) and returns its path.
  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    let file = child(name)
    try FileManager.default.createDirectory(
      atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try text.write(toFile: file, atomically: true, encoding: .utf8)
    return file
  }

  /// Two small articles in the dated-text format, in `articles/`; returns the folder.
  @discardableResult
  func writeArticles() throws -> String {
    try write(
      "articles/port.txt",
      """
       date 2025-01-02 Port talks open

      Anna Berg said the port would open in May. "We are ready," Berg told reporters.

      """)
    try write(
      "articles/rail.txt",
      """
       date 2025-01-03 Rail plan delayed

      Tom Dale said the new rail line was running late.

      """)
    return child("articles")
  }

  /// An article whose text holds terminal control sequences (a window-title change, a colour,
  /// a screen clear); returns the folder it is in.
  @discardableResult
  func writeHostileArticle() throws -> String {
    try write(
      "hostile/evil.txt",
      " date 2025-01-04 Port \u{1B}]0;owned\u{07}news\n\n"
        + "\"The port is \u{1B}[38;5;99mpurple\u{1B}[0m now\u{1B}[2J,\" Anna Berg said.\n")
    return child("hostile")
  }

  /// Many articles, enough for a load to take seconds in a debug build; returns the folder.
  @discardableResult
  func writeManyArticles(_ count: Int) throws -> String {
    let folder = child("many")
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let body = (0..<40).map { index in
      "\"We will finish part \(index) of the harbor,\" Lea Novak said. Novak told reporters "
        + "the bridge \(index) was late."
    }.joined(separator: " ")
    for index in 0..<count {
      try " date 2025-02-01 Harbor story \(index)\n\n\(body)\n".write(
        toFile: folder + "/story-\(index).txt", atomically: false, encoding: .utf8)
    }
    return folder
  }

  /// The environment the binary runs with: history, snapshot cache and home inside the
  /// workspace, UTF-8.
  var environment: [String: String] {
    [
      "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
      "HOME": path,
      "XDG_STATE_HOME": child("state"),
      "XDG_CACHE_HOME": child("cache"),
      "LANG": "C.UTF-8",
      "TERM": "xterm",
    ]
  }

  /// The history file the shell writes for this workspace.
  var historyPath: String { child("state/hearsay/history") }
}
