/// A file that could not be read or read only in part: one line for the user, `path: reason`.
public struct LoadProblem: Error, Sendable, Equatable, CustomStringConvertible {
  public enum Severity: String, Sendable {
    /// The file loaded, with a caveat (Windows-1252 fallback, bad date, broken front matter).
    case warning
    /// The file was skipped.
    case skipped
  }

  public let path: String
  public let reason: String
  public let severity: Severity

  public init(path: String, reason: String, severity: Severity) {
    self.path = path
    self.reason = reason
    self.severity = severity
  }

  public var description: String { "\(path): \(reason)" }
}
