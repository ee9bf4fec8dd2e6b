/// A half-open range `[start, end)` of Unicode code-point offsets into an article's decoded text,
/// header included: the unit the PolNeAR annotations and `hearsay extract` use.
public struct TextSpan: Hashable, Sendable, Codable, CustomStringConvertible {
  public var start: Int
  public var end: Int

  public init(start: Int, end: Int) {
    self.start = start
    self.end = max(start, end)
  }

  public var length: Int { end - start }
  public var description: String { "[\(start), \(end))" }

  /// Whether the two spans share at least one code point.
  public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.unkeyedContainer()
    try c.encode(start)
    try c.encode(end)
  }

  public init(from decoder: any Decoder) throws {
    var c = try decoder.unkeyedContainer()
    self.init(start: try c.decode(Int.self), end: try c.decode(Int.self))
  }
}
