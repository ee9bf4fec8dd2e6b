/// A place in a script or query: 1-based line and column, columns counted in Characters.
package struct SourceLocation: Sendable, Equatable, CustomStringConvertible {
  package var line: Int
  package var column: Int

  package init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// Where Character `offset` of `source` falls, when `source` starts at `start` in its file:
  /// on the first line columns continue from `start.column`, on later ones they restart at 1.
  package init(
    offset: Int, in source: String, start: SourceLocation = SourceLocation(line: 1, column: 1)
  ) {
    var line = start.line
    var column = start.column
    for character in source.prefix(max(0, offset)) {
      if character.isNewline {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    self.init(line: line, column: column)
  }

  /// `3:14`.
  package var description: String { "\(line):\(column)" }
}
