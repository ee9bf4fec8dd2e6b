/// Where an input line came from, for `file:line:column: error:` diagnostics.
///
/// `line` and `column` are 1-based; the column counts Characters, as `QueryError` ranges do.
package struct InputLocation: Sendable, Equatable {
  /// The script path as given by the user, or `<stdin>`.
  package var file: String
  package var line: Int
  package var column: Int

  package init(file: String, line: Int, column: Int = 1) {
    self.file = file
    self.line = line
    self.column = column
  }
}
