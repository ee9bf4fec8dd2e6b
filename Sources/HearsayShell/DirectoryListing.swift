#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One name in a folder, for path completion.
package struct DirectoryEntry: Equatable, Sendable {
  package var name: String
  /// Whether it is a folder (or a link to one).
  package var isDirectory: Bool

  package init(name: String, isDirectory: Bool) {
    self.name = name
    self.isDirectory = isDirectory
  }
}

/// Lists folders for path completion.
package enum DirectoryListing {
  /// The entries of a folder, `.` and `..` left out, sorted by name; nil when it cannot be read.
  package static func entries(in folder: String) -> [DirectoryEntry]? {
    guard let directory = opendir(folder) else { return nil }
    defer { closedir(directory) }
    var entries: [DirectoryEntry] = []
    while let entry = readdir(directory) {
      // Read in place: copying `d_name` reads 256 bytes, past the end of a short last entry.
      let name = withUnsafeMutablePointer(to: &entry.pointee.d_name) {
        String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
      }
      guard name != ".", name != ".." else { continue }
      var isDirectory = entry.pointee.d_type == UInt8(DT_DIR)
      if entry.pointee.d_type == UInt8(DT_LNK) || entry.pointee.d_type == UInt8(DT_UNKNOWN) {
        var info = stat()
        let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
        isDirectory = stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
      }
      entries.append(DirectoryEntry(name: name, isDirectory: isDirectory))
    }
    return entries.sorted { $0.name < $1.name }
  }
}
