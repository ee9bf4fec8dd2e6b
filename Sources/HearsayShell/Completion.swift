import HearsayCore

/// What Tab does with the word before the cursor: the choices, and what to put in its place.
///
/// ```swift
/// let completion = completer.complete("who said * about an")
/// completion.replaced    // "an"
/// completion.candidates  // ["\"Anna Berg\"", "\"Anna Lind\""]
/// completion.insertion   // "\"Anna " (the choices' common start)
/// ```
package struct Completion: Equatable, Sendable {
  /// The text before the cursor that a choice replaces, as typed (quotes included).
  package var replaced: String
  /// The choices, each as it would be inserted (names quoted, paths escaped); a folder ends
  /// with `/`.
  package var candidates: [String]
  /// How each choice is listed when there are several (names without quotes, paths without
  /// their folder).
  package var labels: [String]

  package init(replaced: String, candidates: [String], labels: [String]? = nil) {
    self.replaced = replaced
    self.candidates = candidates
    self.labels = labels ?? candidates
  }

  /// Nothing to offer.
  package static func none(replacing replaced: String) -> Completion {
    Completion(replaced: replaced, candidates: [])
  }

  /// The text to put in place of `replaced`: the only choice and a space (none after a
  /// folder); or the start all choices share, when it is longer than what was typed; nil
  /// otherwise (the choices are listed instead).
  package var insertion: String? {
    if candidates.count == 1, let only = candidates.first {
      return only.hasSuffix("/") ? only : only + " "
    }
    guard let first = candidates.first else { return nil }
    var common = first[...]
    for candidate in candidates.dropFirst() {
      let shared = zip(common, candidate).prefix { $0 == $1 }.count
      common = common.prefix(shared)
    }
    guard common.count > replaced.count, common != replaced[...] else { return nil }
    return String(common)
  }

  /// The labels in columns fitting `width`, one text of whole lines; control characters (a
  /// name read from an article could hold some) are left out.
  package func listing(width: Int) -> String {
    guard !labels.isEmpty else { return "" }
    let labels = self.labels.map { TerminalSanitizer.clean($0).onOneLine }
    let cell = (labels.map(\.count).max() ?? 0) + 2
    let columns = max(1, width / cell)
    let rows = (labels.count + columns - 1) / columns
    var lines: [String] = []
    for row in 0..<rows {
      var line = ""
      for column in 0..<columns {
        let index = column * rows + row
        guard index < labels.count else { break }
        let label = labels[index]
        let isLast = column == columns - 1 || index + rows >= labels.count
        line += isLast ? label : label + String(repeating: " ", count: cell - label.count)
      }
      lines.append(line)
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
