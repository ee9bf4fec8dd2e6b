import ArgumentParser
import HearsayCore
import HearsayShell

/// `hearsay extract`: every statement (or meeting, or entity) as one JSON object per line.
struct Extract: ParsableCommand {
  /// Which records to print.
  enum Records: String, EnumerableFlag {
    case statements, meetings, entities

    static func help(for value: Records) -> ArgumentHelp? {
      switch value {
      case .statements: return "Print statements."
      case .meetings: return "Print meetings and calls."
      case .entities: return "Print people, organisations and places."
      }
    }
  }

  static let configuration = CommandConfiguration(
    commandName: "hearsay extract",
    abstract: "Print what was extracted from articles as JSON lines.",
    discussion: "A file or folder named 'extract' can be loaded as ./extract.")

  @Flag var records: Records = .statements

  @Flag(name: .customLong("no-cache"), help: .noCache) var noCache = false

  @Argument(help: ArgumentHelp("Article files or folders.", valueName: "path"))
  var paths: [String]

  func run() throws {
    ProcessSignals.ignoreBrokenPipes()
    let outcome = CorpusLoader.forThisProgram(noCache: noCache).load(paths: paths)
    outcome.reportProblems(to: FileDescriptorSink.standardError())
    outcome.reportCacheNotices(to: FileDescriptorSink.standardError())
    let text: String
    switch records {
    case .statements: text = ExtractRecords.statements(in: outcome.corpus)
    case .meetings: text = ExtractRecords.meetings(in: outcome.corpus)
    case .entities: text = ExtractRecords.entities(in: outcome.corpus)
    }
    FileDescriptorSink.standardOutput().write(text)
  }
}
