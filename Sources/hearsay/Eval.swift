import ArgumentParser
import HearsayCore
import HearsayShell

/// `hearsay eval --gold DIR [PATH...]`: scores extraction against brat gold annotations.
struct Eval: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "hearsay eval",
    abstract: "Score extracted statements against gold attributions (PolNeAR layout).",
    discussion: """
      DIR holds text/NAME.txt and attributions/NAME_ANNOTATOR.ann (brat standoff). Without \
      PATHs the articles in DIR/text are loaded. Figures are those of tools/score/score.py: \
      content precision, recall and F1 at the given overlap, the share of matched statements \
      whose source is right, and end-to-end F1.

      Example: hearsay eval --gold ../shared/corpora/polnear/dev --show-misses
      """)

  @Option(help: ArgumentHelp("Gold folder with text/ and attributions/.", valueName: "dir"))
  var gold: String

  @Option(help: "Least overlap, as a share of the longer content span, for a match.")
  var overlap: Double = 0.3

  @Flag(help: "List the gold attributions missed and the statements invented, with their sentences.")
  var showMisses = false

  @Flag(name: .customLong("no-cache"), help: .noCache) var noCache = false

  @Argument(help: ArgumentHelp("Article files or folders (default: DIR/text).", valueName: "path"))
  var paths: [String] = []

  func validate() throws {
    guard overlap > 0, overlap <= 1 else { throw ValidationError("--overlap must be in (0, 1].") }
  }

  func run() throws {
    ProcessSignals.ignoreBrokenPipes()
    let errors = FileDescriptorSink.standardError()
    let goldCorpus: GoldCorpus
    switch GoldCorpus.load(gold) {
    case .success(let loaded): goldCorpus = loaded
    case .failure(let problem):
      errors.write("hearsay: \(problem)\n")
      throw ExitCode(1)
    }
    let outcome = CorpusLoader.forThisProgram(noCache: noCache)
      .load(paths: paths.isEmpty ? [goldCorpus.textFolder] : paths)
    outcome.reportProblems(to: errors)
    outcome.reportCacheNotices(to: errors)
    let score = goldCorpus.score(outcome.corpus, overlap: overlap)
    FileDescriptorSink.standardOutput().write(
      EvaluationReport.render(score, corpus: outcome.corpus, overlap: overlap, showMisses: showMisses))
  }
}
