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

  /// The environment the binary runs with: history and home inside the workspace, UTF-8.
  var environment: [String: String] {
    [
      "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
      "HOME": path,
      "XDG_STATE_HOME": child("state"),
      "LANG": "C.UTF-8",
      "TERM": "xterm",
    ]
  }

  /// The history file the shell writes for this workspace.
  var historyPath: String { child("state/hearsay/history") }
}
