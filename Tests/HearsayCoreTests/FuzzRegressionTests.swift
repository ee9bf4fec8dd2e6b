import Foundation
import HearsayCore
import Testing

/// Inputs from fuzzing (`scripts/fuzz`, targets in `Fuzz/`), replayed with the checks the fuzz
/// targets make: loading and extraction must not crash and every span must lie inside its
/// article; a query must be answered or rejected with an error inside the query.
///
/// When a fuzzer finds a crash, add its input here as a row (the bytes as an escaped string,
/// the file name the loader fuzzer chose from the first byte) before fixing it.
/// `docs/reliability.md` lists the runs and what they found.
@Suite struct FuzzRegressionTests {
  /// A file for the loader and extractor: the name it is read as and its bytes.
  struct FileInput: CustomTestStringConvertible, Sendable {
    var what: String
    var name: String
    var bytes: [UInt8]

    init(_ what: String, _ name: String, _ bytes: [UInt8]) {
      self.what = what
      self.name = name
      self.bytes = bytes
    }

    init(_ what: String, _ name: String, _ text: String) {
      self.init(what, name, Array(text.utf8))
    }

    var testDescription: String { what }
  }

  static let files: [FileInput] = [
    // Found by ArticleLoaderFuzzer: a Reuters <DATE> spanning lines makes a problem message
    // with a line break in it; the shell folds messages onto one line when it prints them.
    FileInput(
      "Reuters date spanning lines", "fuzz.sgm",
      Array("<REUTERS NEWID=\"7".utf8) + [0xA2]
        + Array(
          (">\n<DATE>26-WID=\"7\">\n<DATE>26-FEB-1987 15:01:01.79</DATE>\n<TEXT>&#2;\n"
            + "<TITLE>BOARD &lt;HB> RAISES FEES</TITLE>\n<EXT>\nFEB-1987 15:01:01.79</DATE>\n<TEXT>&#2;\n"
            + "<TITLE>BOARD &lt;HB> Rd fees &amp; dues would rise.\n Reuter\n&#AISES FEES</TITLE>\n"
            + "<BODY>The board said fees &amp; dues would rise.\n Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n")
            .utf8)),
    // Edge cases tried on every fuzz target by hand.
    FileInput(
      "YAML \\U escape cut short", "fuzz.md", "---\ntitle: \"\\U0001F6\n---\nBody text here.\n"),
    FileInput("YAML \\x escape at the end", "fuzz.md", "---\ntitle: \"abc\\x\n---\nBody.\n"),
    FileInput("YAML backslash ending the file", "fuzz.md", "---\ntitle: \"abc\\"),
    FileInput("front matter that is only ---", "fuzz.md", "---\n"),
    FileInput("front matter closed by ...", "fuzz.md", "---\n...\n"),
    FileInput("SGML ending in &#", "fuzz.sgm", "<REUTERS>&#"),
    FileInput(
      "SGML entities out of range", "fuzz.sgm",
      "<REUTERS NEWID=\"1\"><TITLE>&#xD800; &#99999999999; &#0; &#x;</TITLE><BODY>A &#x1F600; b.</BODY></REUTERS>"
    ),
    FileInput("SGML attribute never closed", "fuzz.sgm", "<REUTERS NEWID=\""),
    FileInput("SGML title never closed", "fuzz.sgm", "<REUTERS><TITLE><BODY></REUTERS>"),
    FileInput("UTF-16 with an odd byte", "fuzz.txt", [0xFF, 0xFE, 0x41]),
    FileInput("UTF-16 byte-order mark alone", "fuzz.txt", [0xFE, 0xFF]),
    FileInput("JSON opening bracket alone", "fuzz.json", "["),
    FileInput("JSON nested 100,000 deep", "fuzz.json", String(repeating: "[", count: 100_000)),
    FileInput("JSON lines of empty values", "fuzz.jsonl", "{}\n{}\n[]\n"),
    FileInput("dated header without a date", "fuzz.txt", " date "),
    FileInput("dated header with a digit", "fuzz.txt", "date 9"),
    FileInput("carriage returns only", "fuzz.txt", "\r\r\r"),
    FileInput("no-break spaces only", "fuzz.txt", "\u{A0}\n\u{A0}\n"),
    FileInput(
      "quote never closed", "fuzz.txt",
      "Title\n\n\u{201C}We will not cut the boat, said Nora Lind.\n"),
  ]

  @Test(arguments: files)
  func loadsAndExtractsWithinBounds(_ input: FileInput) throws {
    let folder = try LoadingFolder()
    let path = try folder.write(input.name, bytes: input.bytes)
    let outcome = CorpusLoader(parallelism: 1).load(paths: [path])
    #expect(outcome.problems.allSatisfy { !$0.reason.isEmpty && $0.path.hasPrefix(path) })
    let corpus = outcome.corpus
    for article in corpus.articles {
      let count = article.text.unicodeScalars.count
      #expect(article.bodyStart <= count)
      for sentence in article.sentences {
        #expect(
          sentence.span.start >= 0 && sentence.span.end <= count, "\(sentence.span) in \(count)")
      }
    }
    for statement in corpus.statements {
      let count = corpus.article(statement.article).text.unicodeScalars.count
      #expect(statement.cueSpan.end <= count && statement.contentSpan.end <= count)
      #expect(statement.cueSpan.start >= 0 && statement.contentSpan.start >= 0)
    }
  }

  /// Queries for the query fuzzer's checks: each is answered or rejected, never a crash.
  static let queries = [
    "context 999999999",
    "context 0",
    "top 999999999 speakers",
    "statements limit 0",
    "statements | count by speaker | top 999999999",
    "statements | where speaker = \"\" | sort by speaker desc",
    "statements since 9999-12-31 until 0001-01-01",
    "statements in 2024-02-30",
    "people like \"*\" or *",
    "who said \"\" about \"\"",
    "who said * about e\u{301}\u{1F980}\u{200F}",
    "statements about not not not x",
    "who mentioned " + String(repeating: "(", count: 64) + "x" + String(repeating: ")", count: 64),
    "who mentioned x" + String(repeating: ")", count: 100),
    "\u{301}\u{301}\u{301} who",
    "statements\r\nlimit 3",
    "statements\tlimit\t3",
  ]

  @Test(arguments: queries)
  func queriesAnswerOrFailWithinTheQuery(_ query: String) {
    let corpus = QueryTestCorpus.corpus
    let previous = try? QueryEngine.run("who said * about *", on: corpus)
    do {
      let table = try QueryEngine.run(query, on: corpus, previous: previous)
      for format in OutputFormat.allCases {
        _ = format.render(table, options: RenderOptions(width: 60))
      }
    } catch {
      #expect(error.range.lowerBound >= 0 && error.range.upperBound <= query.count)
      #expect(!error.message.isEmpty)
      #expect(DiagnosticRenderer.render(error, source: query).hasPrefix("error: "))
    }
  }
}
