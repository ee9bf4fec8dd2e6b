@testable import HearsayCore

/// The loader's steps for one file's bytes, without the file system: the same checks and
/// messages as `CorpusLoader` (empty, binary, decoding), then format detection and parsing.
public enum FuzzPipeline {
  /// File names the loader fuzzer chooses among with the input's first byte, so that every
  /// format (and detection by content, for the extensionless name) is reached.
  public static let paths = ["fuzz.txt", "fuzz.md", "fuzz.sgm", "fuzz.json", "fuzz.jsonl", "fuzz"]

  /// The documents parsed from `bytes` read as the file `path`, with their invariants checked.
  static func documents(path: String, bytes: [UInt8]) -> [ParsedDocument] {
    guard !bytes.isEmpty, !TextDecoder.looksBinary(bytes) else { return [] }
    let decoded = TextDecoder.decode(bytes)
    let parsed = ArticleParser.parse(path: path, text: decoded.text)
    for doc in parsed.documents {
      let count = doc.text.utf8.count
      FuzzCheck.expect(
        0 <= doc.bodyStart && doc.bodyStart <= doc.bodyEnd && doc.bodyEnd <= count,
        "\(doc.path): body \(doc.bodyStart)..<\(doc.bodyEnd) outside text of \(count) bytes")
      FuzzCheck.expect(doc.path.hasPrefix(path), "document path \(doc.path) not under \(path)")
    }
    // Messages may quote the file (a bad date spanning lines): the shell folds them onto one
    // line and strips control characters when it prints them, so only emptiness is checked.
    for problem in parsed.problems {
      FuzzCheck.expect(!problem.isEmpty, "empty problem message")
    }
    return parsed.documents
  }

  /// Parses `bytes` as the file `path` and checks the documents; returns how many there were.
  @discardableResult
  public static func load(path: String, bytes: [UInt8]) -> Int {
    documents(path: path, bytes: bytes).count
  }

  /// Parses, runs extraction on every document and builds a corpus, checking that every span
  /// extraction reports lies inside its article.
  public static func extract(path: String, bytes: [UInt8]) -> Corpus {
    extract(files: [(path, bytes)])
  }

  /// Like `extract(path:bytes:)` for several files merged into one corpus.
  public static func extract(files: [(path: String, bytes: [UInt8])]) -> Corpus {
    let analyzer = ArticleAnalyzer()
    let analyses = files.flatMap { documents(path: $0.path, bytes: $0.bytes) }.map {
      analyzer.analyze($0)
    }
    let corpus = CorpusBuilder().build(analyses)
    for article in corpus.articles {
      let scalars = article.text.unicodeScalars.count
      FuzzCheck.expect(article.bodyStart <= scalars, "\(article.path): body start past the text")
      for sentence in article.sentences {
        FuzzCheck.expect(
          0 <= sentence.span.start && sentence.span.start <= sentence.span.end
            && sentence.span.end <= scalars,
          "\(article.path): sentence \(sentence.index) span \(sentence.span) outside \(scalars)")
      }
    }
    for statement in corpus.statements {
      let scalars = corpus.article(statement.article).text.unicodeScalars.count
      for span in [statement.cueSpan, statement.contentSpan] {
        FuzzCheck.expect(
          0 <= span.start && span.start <= span.end && span.end <= scalars,
          "statement \(statement.id) span \(span) outside \(scalars)")
      }
    }
    return corpus
  }
}
