import HearsayCore

/// Replaces `$name` in a line with the value of parameter `name`, before the line is parsed,
/// and maps positions in the result back to the line as typed, so errors point at what the
/// user wrote.
///
/// A name is a letter or `_` followed by letters, digits and `_`; `$$` stands for one `$`, and
/// a `$` not followed by a name is kept (`"$5 million"`). Positions are Characters from 0.
///
/// ```
/// .set port Harbor
/// who said * about $port      →  who said * about Harbor
/// ```
package struct ParameterSubstitution {
  /// The line with every parameter replaced.
  package let text: String
  /// Each replacement: the range of `$name` in the line and of its value in `text`.
  private let replacements: [(original: Range<Int>, substituted: Range<Int>)]

  /// Substitutes the parameters in `line`.
  ///
  /// - Throws: `QueryError` at the first `$name` that is not a parameter.
  package init(_ line: String, parameters: [String: String]) throws(QueryError) {
    guard line.contains("$") else {
      text = line
      replacements = []
      return
    }
    let characters = Array(line)
    var out = ""
    var outCount = 0
    var replacements: [(original: Range<Int>, substituted: Range<Int>)] = []
    var index = 0
    while index < characters.count {
      let character = characters[index]
      guard character == "$", index + 1 < characters.count else {
        out.append(character)
        outCount += 1
        index += 1
        continue
      }
      let next = characters[index + 1]
      if next == "$" {
        out.append("$")
        replacements.append((index..<index + 2, outCount..<outCount + 1))
        outCount += 1
        index += 2
        continue
      }
      guard Self.startsName(next) else {
        out.append(character)
        outCount += 1
        index += 1
        continue
      }
      var end = index + 1
      while end < characters.count, Self.continuesName(characters[end]) { end += 1 }
      let name = String(characters[index + 1..<end])
      guard let value = parameters[name] else {
        let known = parameters.keys.sorted()
        let nearest = known.min { DotCommand.editDistance($0, name) < DotCommand.editDistance($1, name) }
        let hint: String
        if let nearest, DotCommand.editDistance(nearest, name) <= 2 {
          hint = "did you mean '$\(nearest)'?"
        } else {
          hint = "set it with '.set \(name) VALUE' or '--param \(name)=VALUE'"
        }
        throw QueryError(
          message: "unknown parameter '$\(name)'", range: index..<end, hint: hint)
      }
      out += value
      let valueCount = value.count
      replacements.append((index..<end, outCount..<outCount + valueCount))
      outCount += valueCount
      index = end
    }
    text = out
    self.replacements = replacements
  }

  /// Whether any parameter was replaced.
  package var changedText: Bool { !replacements.isEmpty }

  /// The range in the line as typed that a range of `text` came from; a range inside a value
  /// widens to the whole `$name`.
  package func originalRange(of range: Range<Int>) -> Range<Int> {
    let lower = original(range.lowerBound, isUpperBound: false)
    let upper = original(range.upperBound, isUpperBound: true)
    return lower..<max(lower, upper)
  }

  private func original(_ offset: Int, isUpperBound: Bool) -> Int {
    var shift = 0
    for replacement in replacements {
      if offset <= replacement.substituted.lowerBound { break }
      if offset < replacement.substituted.upperBound {
        return isUpperBound ? replacement.original.upperBound : replacement.original.lowerBound
      }
      shift = replacement.original.upperBound - replacement.substituted.upperBound
    }
    return offset + shift
  }

  /// Whether a parameter name may start with the character.
  package static func startsName(_ character: Character) -> Bool {
    character == "_" || (character.isASCII && character.isLetter)
  }

  /// Whether a parameter name may go on with the character.
  package static func continuesName(_ character: Character) -> Bool {
    startsName(character) || (character.isASCII && character.isNumber)
  }

  /// Whether `name` can be used as `$name`.
  package static func isValidName(_ name: String) -> Bool {
    guard let first = name.first, startsName(first) else { return false }
    return name.dropFirst().allSatisfy(continuesName)
  }
}
