/// Reads the top-level scalar fields of YAML front matter: plain, single- and double-quoted
/// values, folded over several lines. Nested maps and lists are passed over.
enum FrontMatter {
  /// The fields found, and one message per line that could not be read. Line numbers in
  /// messages count the file's lines, the opening `---` being line 1.
  static func parse(_ yaml: String) -> (fields: [String: String], problems: [String]) {
    var fields: [String: String] = [:]
    var problems: [String] = []
    let lines = LineScanner.texts(of: yaml)
    var i = 0
    while i < lines.count {
      let line = lines[i]
      i += 1
      if line.trimmingCharacters(inSet: .whitespacesAndCR).isEmpty || line.hasPrefix("#")
        || line.first == " " || line.first == "\t" || line.hasPrefix("- ")
      {
        continue
      }
      guard let colon = line.firstIndex(of: ":") else {
        problems.append("front matter line \(i + 1) is not 'key: value'")
        continue
      }
      let key = String(line[..<colon]).trimmingCharacters(inSet: .whitespacesAndCR)
      var value = String(line[line.index(after: colon)...]).trimmingCharacters(inSet: .whitespacesAndCR)
      // Gather continuation lines (indented, or blank inside a scalar) for multi-line scalars.
      var continuation: [Substring] = []
      while i < lines.count {
        let next = lines[i]
        if let first = next.first, first == " " || first == "\t" {
          continuation.append(next)
        } else if next.trimmingCharacters(inSet: .whitespacesAndCR).isEmpty, i + 1 < lines.count,
          let first = lines[i + 1].first, first == " " || first == "\t"
        {
          continuation.append(next)
        } else {
          break
        }
        i += 1
      }
      if let style = value.first, style == ">" || style == "|" {
        let kept = continuation.map { $0.trimmingCharacters(inSet: .whitespacesAndCR) }
        fields[key] = style == "|" ? kept.joined(separator: "\n") : foldLines(kept)
        continue
      }
      if value.isEmpty, let first = continuation.first?.trimmingCharacters(inSet: .whitespacesAndCR),
        first == "-" || first.hasPrefix("- ") || first.hasSuffix(":") || first.contains(": ")
      {
        continue  // a nested list or map
      }
      for next in continuation { value += "\n" + next.trimmingCharacters(inSet: .whitespacesAndCR) }
      value = value.trimmingCharacters(inSet: .whitespacesAndCR)
      if value.hasPrefix("\"") {
        if let decoded = doubleQuoted(value) {
          fields[key] = decoded
        } else {
          problems.append("front matter field '\(key)' has an unterminated quoted string")
        }
      } else if value.hasPrefix("'") {
        guard value.count >= 2, value.hasSuffix("'") else {
          problems.append("front matter field '\(key)' has an unterminated quoted string")
          continue
        }
        let inner = value.dropFirst().dropLast()
        fields[key] = foldLines(LineScanner.texts(of: String(inner)).map(String.init))
          .replacingAll("''", with: "'")
      } else {
        let plain = withoutComment(value)
        if !plain.isEmpty {
          fields[key] = foldLines(LineScanner.texts(of: plain).map(String.init))
        }
      }
    }
    return (fields, problems)
  }

  /// YAML line folding: one line break becomes a space, each blank line a line break.
  private static func foldLines(_ lines: [String]) -> String {
    var out = ""
    var pendingBreaks = 0
    for raw in lines {
      let line = raw.trimmingCharacters(inSet: .whitespacesAndCR)
      if line.isEmpty {
        pendingBreaks += 1
        continue
      }
      if !out.isEmpty { out += pendingBreaks == 0 ? " " : String(repeating: "\n", count: pendingBreaks) }
      pendingBreaks = 0
      out += line
    }
    return out
  }

  /// A plain scalar without its trailing comment: `2024-10-31  # guessed` → `2024-10-31`.
  private static func withoutComment(_ value: String) -> String {
    var previous: Character = " "
    for index in value.indices {
      if value[index] == "#" && (previous == " " || previous == "\t") {
        return String(value[..<index]).trimmingCharacters(inSet: .whitespacesAndCR)
      }
      previous = value[index]
    }
    return value
  }

  /// Decodes a YAML double-quoted scalar, or nil when it is not terminated.
  static func doubleQuoted(_ raw: String) -> String? {
    var out = ""
    let scalars = Array(raw.unicodeScalars.dropFirst())
    var i = 0
    var pendingNewlines = 0
    func flushFold() {
      if pendingNewlines > 0 {
        out += pendingNewlines == 1 ? " " : String(repeating: "\n", count: pendingNewlines - 1)
        pendingNewlines = 0
      }
    }
    while i < scalars.count {
      let c = scalars[i]
      if c == "\"" { flushFold(); return out }
      if c == "\n" {
        // Trailing spaces before the break are dropped, leading ones after it too.
        while out.hasSuffix(" ") { out.removeLast() }
        pendingNewlines += 1
        i += 1
        while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 }
        continue
      }
      flushFold()
      if c == "\\", i + 1 < scalars.count {
        let e = scalars[i + 1]
        i += 2
        switch e {
        case "n": out += "\n"
        case "t": out += "\t"
        case "r": out += "\r"
        case "\"": out += "\""
        case "\\": out += "\\"
        case "/": out += "/"
        case "_": out += "\u{00A0}"
        case "N": out += "\u{0085}"
        case "0": out += "\u{0000}"
        case " ": out += " "
        case "\n":
          while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 }
        case "x", "u", "U":
          let width = e == "x" ? 2 : e == "u" ? 4 : 8
          let hex = String(String.UnicodeScalarView(scalars[i..<min(scalars.count, i + width)]))
          if let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
            out.unicodeScalars.append(scalar)
          }
          i += width
        default: out.unicodeScalars.append(e)
        }
        continue
      }
      out.unicodeScalars.append(c)
      i += 1
    }
    return nil
  }
}

extension String {
  /// Every occurrence of `target` replaced, without Foundation.
  func replacingAll(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    return self.split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
