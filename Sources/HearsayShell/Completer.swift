import HearsayCore

/// Tab completion for the shell: what may come at the cursor, given the text before it.
///
/// - At the start of a line: the words a query starts with, or after a `.` the commands.
/// - In a query, the words that fit where the cursor is (`who` → `said`, `met`; `count` →
///   `statements`; `kind` → `direct`, `indirect`…), and names from the loaded articles where a
///   name goes (`what did`, `about`, `by`, `with`, `met`). A name of several words is inserted
///   quoted: `about anna b` → `about "Anna Berg"`.
/// - After `.load`, `.source`, `.output`, `.once`: file and folder paths; after `.mode` the
///   formats, after `.headers` and the like `on` and `off`, after `.help` the topics.
///
/// A pure value: the names and the folder listing come from outside, so tests give their own.
package struct Completer {
  /// The names of people, organisations and places, with their aliases.
  package var names: [String]
  /// The parameter names that are set, for `.set` and `.unset`.
  package var parameters: [String]
  /// Lists a folder; nil when it cannot be read.
  package var listDirectory: (String) -> [DirectoryEntry]?
  /// The home folder, for paths starting with `~/`.
  package var home: String?

  package init(
    names: [String], parameters: [String] = [],
    listDirectory: @escaping (String) -> [DirectoryEntry]? = DirectoryListing.entries(in:),
    home: String? = Environment.value(of: "HOME")
  ) {
    self.names = names
    self.parameters = parameters
    self.listDirectory = listDirectory
    self.home = home
  }

  /// The completion of the text before the cursor.
  package func complete(_ before: String) -> Completion {
    let trimmed = before.drop(while: \.isWhitespace)
    if trimmed.hasPrefix(".") { return completeCommand(String(trimmed)) }
    if trimmed.hasPrefix("#") { return .none(replacing: "") }
    return completeQuery(before)
  }

  /// The names for completion from a corpus: people, organisations and places with their
  /// aliases, without repeats (by case), most mentioned first.
  package static func names(in corpus: Corpus) -> [String] {
    var seen: Set<String> = []
    var names: [String] = []
    let entities = corpus.entities.filter { $0.kind != .group }.sorted {
      $0.mentions != $1.mentions ? $0.mentions > $1.mentions : $0.name < $1.name
    }
    for entity in entities {
      for name in entity.names where !name.isEmpty && seen.insert(name.lowercased()).inserted {
        names.append(name)
      }
    }
    return names
  }

  // MARK: Commands

  private func completeCommand(_ line: String) -> Completion {
    let words = Self.commandWords(line)
    guard let command = words.first else { return .none(replacing: "") }
    let endsWord = line.last?.isWhitespace ?? true
    if words.count == 1 && !endsWord {
      let typed = command.raw.lowercased()
      let names = DotCommand.catalog.map { "." + $0.name }.filter { $0.hasPrefix(typed) }
      return Completion(replaced: command.raw, candidates: names)
    }
    let current = endsWord ? nil : words.last
    let replaced = current?.raw ?? ""
    let argumentIndex = words.count - 1 - (current == nil ? 0 : 1)
    guard let entry = DotCommand.entry(named: String(command.text.dropFirst())) else {
      return .none(replacing: replaced)
    }
    let choices: [String]
    switch entry.arguments {
    case .none:
      return .none(replacing: replaced)
    case .paths(let repeated):
      guard repeated || argumentIndex == 0 else { return .none(replacing: replaced) }
      return completePath(replaced)
    case .onOff: choices = argumentIndex == 0 ? ["on", "off"] : []
    case .format: choices = argumentIndex == 0 ? OutputFormat.allCases.map(\.rawValue) : []
    case .helpTopic: choices = argumentIndex == 0 ? Session.helpTopics : []
    case .parameter: choices = argumentIndex == 0 ? parameters.sorted() : []
    }
    let typed = (current?.text ?? "").lowercased()
    return Completion(
      replaced: replaced, candidates: choices.filter { $0.lowercased().hasPrefix(typed) })
  }

  /// A command line's words: as typed, and with quotes and escapes taken out.
  private static func commandWords(_ line: String) -> [(raw: String, text: String)] {
    var words: [(raw: String, text: String)] = []
    var raw = ""
    var text = ""
    var quote: Character?
    var escaped = false
    for character in line {
      if escaped {
        raw.append(character)
        text.append(character)
        escaped = false
      } else if character == "\\" && quote == nil {
        raw.append(character)
        escaped = true
      } else if let open = quote {
        raw.append(character)
        if character == open { quote = nil } else { text.append(character) }
      } else if character == "\"" || character == "'" {
        raw.append(character)
        quote = character
      } else if character.isWhitespace {
        if !raw.isEmpty { words.append((raw, text)) }
        raw = ""
        text = ""
      } else {
        raw.append(character)
        text.append(character)
      }
    }
    if !raw.isEmpty { words.append((raw, text)) }
    return words
  }

  // MARK: Paths

  /// Completes a path typed as `typed` (perhaps quoted, perhaps with backslash escapes).
  func completePath(_ typed: String) -> Completion {
    var quote: Character?
    var path = ""
    var escaped = false
    for (index, character) in typed.enumerated() {
      if index == 0 && (character == "\"" || character == "'") {
        quote = character
      } else if escaped {
        path.append(character)
        escaped = false
      } else if character == "\\" && quote == nil {
        escaped = true
      } else if character != quote {
        path.append(character)
      }
    }
    let slash = path.lastIndex(of: "/")
    let folderPart = slash.map { String(path[...$0]) } ?? ""
    let prefix = slash.map { String(path[path.index(after: $0)...]) } ?? path
    var folder = folderPart.isEmpty ? "." : folderPart
    if let home, folder == "~/" || folder.hasPrefix("~/") { folder = home + folder.dropFirst() }
    let entries = (listDirectory(folder) ?? []).filter {
      $0.name.hasPrefix(prefix) && (prefix.hasPrefix(".") || !$0.name.hasPrefix("."))
    }
    let candidates = entries.map { entry -> String in
      let whole = folderPart + entry.name + (entry.isDirectory ? "/" : "")
      if let quote {
        return String(quote) + whole + (entry.isDirectory ? "" : String(quote))
      }
      return Self.escaped(whole)
    }
    return Completion(
      replaced: typed, candidates: candidates,
      labels: entries.map { $0.name + ($0.isDirectory ? "/" : "") })
  }

  /// A path with spaces, quotes and backslashes escaped, as a command word.
  private static func escaped(_ path: String) -> String {
    var out = ""
    for character in path {
      if character.isWhitespace || character == "\"" || character == "'" || character == "\\" {
        out.append("\\")
      }
      out.append(character)
    }
    return out
  }
}
