extension DotCommand {
  /// The command name closest to a mistyped one: a prefix (`.he`), or one or two edits away,
  /// ties going to the name sharing the longer start (`.mood` → `.mode`, not `.load`).
  package static func nearestCommand(to typed: String) -> String? {
    let typed = typed.lowercased()
    guard !typed.isEmpty else { return nil }
    let names = catalog.map(\.name)
    if let prefixed = names.first(where: { $0.hasPrefix(typed) }) { return prefixed }
    let reach = typed.count <= 3 ? 1 : 2
    let scored = names.map { name in
      (name: name, distance: editDistance(typed, name), shared: sharedStart(typed, name))
    }
    guard
      let best = scored.filter({ $0.distance <= reach }).min(by: {
        ($0.distance, -$0.shared) < ($1.distance, -$1.shared)
      })
    else { return nil }
    return best.name
  }

  /// How many leading characters two words have in common.
  private static func sharedStart(_ a: String, _ b: String) -> Int {
    zip(a, b).prefix(while: { $0 == $1 }).count
  }

  /// The Levenshtein distance between two short words.
  package static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + [Int](repeating: 0, count: b.count)
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      previous = current
    }
    return previous[b.count]
  }
}
