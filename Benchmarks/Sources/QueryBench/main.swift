import Foundation
import HearsayCore

/// Loads the given paths (default: the shared corpora beside the repository), then times each
/// query of a fixed list: the first run (which builds the word indexes it needs) and the best of
/// five after, in milliseconds, with the number of rows.
let defaultRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("shared/corpora").path
/// `--only TEXT` times only the queries holding TEXT, `--runs N` runs each N times (for
/// profiling); the other arguments are paths to load.
var arguments = Array(CommandLine.arguments.dropFirst())
@MainActor func option(_ name: String) -> String? {
  guard let at = arguments.firstIndex(of: name), at + 1 < arguments.count else { return nil }
  defer { arguments.removeSubrange(at...(at + 1)) }
  return arguments[at + 1]
}
let only = option("--only")
let runs = option("--runs").flatMap { Int($0) } ?? 6
let paths =
  arguments.isEmpty
  ? ["bbc", "whitehouse", "polnear/train"].map { defaultRoot + "/" + $0 } : arguments

func milliseconds(since start: ContinuousClock.Instant) -> Double {
  let elapsed = ContinuousClock.now - start
  return Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
}

let loadStart = ContinuousClock.now
let corpus = CorpusLoader().load(paths: paths).corpus
let loadTime = milliseconds(since: loadStart)
print(
  "loaded \(corpus.articles.count) articles, \(corpus.statements.count) statements,",
  "\(corpus.entities.count) entities in \(Int(loadTime)) ms")
let indexStart = ContinuousClock.now
corpus.prepareSearch()
print("word indexes built in \(Int(milliseconds(since: indexStart))) ms")

let queries = [
  "who said * about Russia",
  "who said * about Russia | count by speaker | top 5",
  "who said \"climate change\"",
  "who said tariff*",
  "who said * about China and not Russia",
  "who said * about (Iran or Israel) and not nuclear",
  "what did Joe Biden say about China",
  "what did Donald Trump say limit 10",
  "statements by Psaki in 2021-05",
  "statements about Ukraine since 2022-02 until 2022-03 sort by date desc limit 20",
  "statements from bbc about economy",
  "count statements by speaker limit 10",
  "count statements by topic limit 10",
  "count statements by month",
  "top 10 speakers about Ukraine",
  "top 10 topics by Joe Biden",
  "who mentioned Kazan",
  "who mentioned Global South",
  "articles about Brexit sort by statements desc limit 10",
  "articles mentioning Putin in 2022",
  "who discussed climate",
  "meetings with Joe Biden in 2021",
  "people like *son limit 10",
  "who said * with spans limit 50",
]
print("query\tfirst ms\tbest of 5 ms\trows")
for query in queries where only.map(query.contains) ?? true {
  var first = 0.0
  var best = Double.infinity
  var rows = 0
  for run in 0..<runs {
    let start = ContinuousClock.now
    do {
      rows = try QueryEngine.run(query, on: corpus).rows.count
    } catch {
      print("\(query)\terror: \(error.message)")
      break
    }
    let time = milliseconds(since: start)
    if run == 0 { first = time } else { best = min(best, time) }
  }
  print(String(format: "%@\t%.2f\t%.2f\t%d", query, first, best, rows))
}
