import Foundation

/// Finds the built `hearsay` binary: in a folder above the test bundle (SwiftPM puts both in the
/// same build folder), or at `HEARSAY_BIN`.
enum HearsayExecutable {
  struct NotFound: Error, CustomStringConvertible {
    var description: String {
      "no hearsay executable next to the test bundle; build it or set HEARSAY_BIN"
    }
  }

  static func path() throws -> String {
    let manager = FileManager.default
    var folder = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0])
      .standardizedFileURL.deletingLastPathComponent()
    while folder.path != "/" {
      let candidate = folder.appendingPathComponent("hearsay").path
      var isFolder: ObjCBool = false
      if manager.fileExists(atPath: candidate, isDirectory: &isFolder), !isFolder.boolValue,
        manager.isExecutableFile(atPath: candidate)
      {
        return candidate
      }
      folder.deleteLastPathComponent()
    }
    if let path = ProcessInfo.processInfo.environment["HEARSAY_BIN"],
      manager.isExecutableFile(atPath: path)
    {
      return path
    }
    throw NotFound()
  }
}
