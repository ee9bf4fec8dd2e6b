import ArgumentParser
import HearsayCore
import HearsayShell

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `hearsay export --to DIR [PATH...]`: the extracted model as CSV tables, with `schema.sql` and
/// `schema.md`, for SQLite, PostgreSQL, DuckDB or any engine that reads CSV.
struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "hearsay export",
    abstract: "Write what was extracted as CSV tables with a SQL schema.",
    discussion: """
      Writes \(ExportTable.allCases.map(\.fileName).joined(separator: ", ")), schema.sql \
      (CREATE TABLE statements for SQLite, PostgreSQL and DuckDB) and schema.md (the tables \
      documented) into DIR, creating it when needed and replacing files of those names. Ids \
      are hashes of content, not of load order, so exports of separate shards of a corpus \
      concatenate into one consistent set.

      Example: hearsay export --to out/ news/ && sqlite3 news.db < out/schema.sql
      """)

  @Option(name: .customLong("to"), help: ArgumentHelp("The folder to write.", valueName: "dir"))
  var folder: String

  @Flag(name: .customLong("no-cache"), help: .noCache) var noCache = false

  @Argument(help: ArgumentHelp("Article files or folders.", valueName: "path"))
  var paths: [String]

  func run() throws {
    ProcessSignals.ignoreBrokenPipes()
    let errors = FileDescriptorSink.standardError()
    let outcome = CorpusLoader.forThisProgram(noCache: noCache).load(paths: paths)
    outcome.reportProblems(to: errors)
    outcome.reportCacheNotices(to: errors)
    do {
      try ExportFolder.create(folder)
      let export = CorpusExport(outcome.corpus)
      for table in ExportTable.allCases {
        try ExportFolder.write(folder, table.fileName) { file in
          try export.write(table) { try file.write($0) }
        }
      }
      try ExportFolder.write(folder, "schema.sql") { try $0.write(Array(ExportSchema.sql.utf8)) }
      try ExportFolder.write(folder, "schema.md") {
        try $0.write(Array(ExportSchema.markdown.utf8))
      }
    } catch {
      errors.write("hearsay: \(error)\n")
      throw ExitCode(1)
    }
  }
}

/// `export` as ArgumentParser sees it under `hearsay` (see `ExtractSubcommand`).
struct ExportSubcommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export", abstract: Export.configuration.abstract)

  @OptionGroup var options: Export

  mutating func run() throws { try options.run() }
}

/// Files written into the export folder, with errors that name the file.
private enum ExportFolder {
  struct Failure: Error, CustomStringConvertible {
    let path: String
    let code: Int32
    var description: String {
      "cannot write \(path): \(strerror(code).map { String(cString: $0) } ?? "error \(code)")"
    }
  }

  /// An open file, written through `write(2)`.
  struct File {
    let path: String
    let descriptor: Int32

    func write(_ bytes: [UInt8]) throws {
      if let code = bytes.withUnsafeBytes({ DescriptorWriter.writeAll(descriptor, $0) }) {
        throw Failure(path: path, code: code)
      }
    }
  }

  /// Makes the folder and any missing folders above it.
  static func create(_ folder: String) throws {
    var path = folder.hasPrefix("/") ? "/" : ""
    for part in folder.split(separator: "/") {
      path += part + "/"
      if mkdir(path, 0o755) != 0 && errno != EEXIST {
        throw Failure(path: folder, code: errno)
      }
    }
  }

  /// Creates or truncates `folder/name`, lets `body` write it, and closes it.
  static func write(_ folder: String, _ name: String, _ body: (File) throws -> Void) throws {
    let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw Failure(path: path, code: errno) }
    var closed = false
    defer { if !closed { _ = close(descriptor) } }
    try body(File(path: path, descriptor: descriptor))
    closed = true
    if close(descriptor) != 0 { throw Failure(path: path, code: errno) }
  }
}
