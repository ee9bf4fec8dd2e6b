/// A query that could not be parsed or answered: what went wrong, where, and a hint.
public struct QueryError: Error, Sendable, Equatable {
  public let message: String
  /// Where in the query text, in Characters from 0 (`0..<0` at the start; `n..<n` at the end).
  public let range: Range<Int>
  public let hint: String?

  public init(message: String, range: Range<Int>, hint: String? = nil) {
    self.message = message
    self.range = range
    self.hint = hint
  }
}
