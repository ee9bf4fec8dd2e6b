import Foundation
import HearsayCore

/// The fictional articles in `examples/`, loaded and extracted as the shell would, once per test
/// run: the corpus for the example goldens and the new forms' tests.
enum QueryExampleCorpus {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("examples")
  static let corpus = CorpusLoader(parallelism: 1).load(paths: [folder.path]).corpus
}
