import HearsayCore
import HearsayShell
import Testing

@Suite struct CompleterTests {
  /// A completer over a few names and a small made-up folder tree.
  private let completer = Completer(
    names: ["Anna Berg", "Berg", "Anna Lind", "Tom Dale", "Port Authority", "Oslo", "About"],
    parameters: ["topic", "who"],
    listDirectory: { folder in
      switch folder {
      case ".":
        return [
          DirectoryEntry(name: "articles", isDirectory: true),
          DirectoryEntry(name: "report.hsq", isDirectory: false),
          DirectoryEntry(name: "my notes", isDirectory: true),
          DirectoryEntry(name: ".hidden", isDirectory: false),
        ]
      case "articles/":
        return [
          DirectoryEntry(name: "port.txt", isDirectory: false),
          DirectoryEntry(name: "rail.txt", isDirectory: false),
        ]
      case "/home/a/":
        return [DirectoryEntry(name: "news", isDirectory: true)]
      default: return nil
      }
    },
    home: "/home/a")

  @Test(arguments: [
    (
      "",
      [
        "who", "what", "statements", "count", "people", "organizations", "places", "meetings",
        "explain",
      ]
    ),
    ("w", ["who", "what"]),
    ("ex", ["explain"]),
    ("explain ", ["sql"]),
    ("explain sql who s", ["said"]),
    ("explain sql what did Anna Berg s", ["say"]),
    ("explain sql people ", ["like", "sort", "limit"]),
    ("WH", ["who", "what"]),
    ("who ", ["said", "met", "mentioned", "discussed"].filter { QueryKeyword(rawValue: $0) != nil }),
    ("who s", ["said"]),
    ("what ", ["did"]),
    ("count ", ["statements"]),
    ("count statements by ", ["speaker", "cue", "month", "source", "kind", "article"]),
    ("who said * about port kind ", ["direct", "indirect", "belief", "discussion", "any"]),
    ("who said * sort ", ["by"]),
    ("who said * sort by d", ["date"]),
    ("people ", ["like", "sort", "limit"]),
    ("people limit 5 ", ["like", "sort"]),
    ("who said * l", ["limit"]),
    ("who said * about oslo a", ["and"]),
    ("who said * about port a", ["\"Port Authority\""]),
    ("what did Anna Berg s", ["say"]),
    ("who said ", []),
    ("people like ", []),
  ])
  func keywordsFollowTheGrammar(line: String, expected: [String]) {
    #expect(completer.complete(line).candidates == expected)
  }

  @Test func namesFromTheModelAreQuotedWhenOfSeveralWords() {
    let completion = completer.complete("who said * about an")
    #expect(completion.replaced == "an")
    #expect(completion.candidates == ["\"Anna Berg\"", "\"Anna Lind\""])
    #expect(completion.labels == ["Anna Berg", "Anna Lind"])
    #expect(completion.insertion == "\"Anna ")
  }

  @Test func aNameOfSeveralTypedWordsIsReplacedWhole() {
    let completion = completer.complete("what did anna b")
    #expect(completion.replaced == "anna b")
    #expect(completion.insertion == "\"Anna Berg\" ")
  }

  @Test func aQuotedNameBeingTypedIsCompleted() {
    let completion = completer.complete("statements by \"Tom")
    #expect(completion.replaced == "\"Tom")
    #expect(completion.insertion == "\"Tom Dale\" ")
  }

  @Test func aliasesAndOneWordNames() {
    #expect(completer.complete("who met Be").insertion == "Berg ")
    #expect(completer.complete("meetings with os").insertion == "Oslo ")
    // A name that is a keyword is quoted.
    #expect(completer.complete("who said * about abo").candidates == ["\"About\""])
  }

  @Test func afterANameComeTheTopicWordsAndClauses() {
    let candidates = completer.complete("who said * about Oslo ").candidates
    #expect(candidates.contains("and") && candidates.contains("or") && candidates.contains("limit"))
    #expect(!candidates.contains("about"))
  }

  @Test(arguments: [
    (".", [".help", ".load", ".reload", ".source", ".mode", ".headers", ".output", ".once",
      ".timer", ".stats", ".bail", ".pager", ".set", ".unset", ".edit", ".show", ".quit", ".exit"]),
    (".s", [".source", ".stats", ".set", ".show"]),
    (".mode ", ["table", "tsv", "csv", "json", "jsonl", "markdown"]),
    (".mode j", ["json", "jsonl"]),
    (".headers ", ["on", "off"]),
    (".timer o", ["on", "off"]),
    (".set ", ["topic", "who"]),
    (".help lo", ["load"]),
    (".mode csv ", []),
    (".stats ", []),
  ])
  func commandsAndTheirArguments(line: String, expected: [String]) {
    #expect(completer.complete(line).candidates == expected)
  }

  @Test func pathsAfterFileCommands() {
    #expect(completer.complete(".load ").candidates == ["articles/", "report.hsq", "my\\ notes/"])
    #expect(completer.complete(".load ar").insertion == "articles/")
    #expect(completer.complete(".load articles/ articles/p").insertion == "articles/port.txt ")
    #expect(completer.complete(".source re").insertion == "report.hsq ")
    #expect(completer.complete(".output my").insertion == "my\\ notes/")
    #expect(completer.complete(".once \"my").insertion == "\"my notes/")
    #expect(completer.complete(".load .h").candidates == [".hidden"])
    #expect(completer.complete(".load ~/n").insertion == "~/news/")
    #expect(completer.complete(".load nowhere/x").candidates.isEmpty)
    // .source takes one file only.
    #expect(completer.complete(".source a.hsq ar").candidates.isEmpty)
  }

  @Test func namesComeFromTheCorpusWithoutGroups() throws {
    let folder = try TemporaryDirectory()
    let article = try folder.write(
      "one.txt",
      " date 2025-01-02 Port talks\n\nAnna Berg said the port would open. Officials said it was late.\n")
    let outcome = CorpusLoader(parallelism: 1).load(paths: [article])
    let names = Completer.names(in: outcome.corpus)
    #expect(names.contains("Anna Berg"))
    #expect(names.contains("Berg"))
    #expect(!names.contains { $0.lowercased() == "officials" })
  }
}
