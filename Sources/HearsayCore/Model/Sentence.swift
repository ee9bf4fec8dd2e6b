/// A sentence of an article: its place in the text and its words.
///
/// A sentence found by extraction keeps no copy of its text: it holds a slice of its
/// article's text, sharing its storage, and folds its spaces when `text` is asked for.
public struct Sentence: Sendable, Hashable {
  /// Position within the article, from 0.
  public let index: Int
  /// Where it stands in the article's text, in code points.
  public let span: TextSpan
  /// The text as written: a slice of the article's text, or the whole of a string of the
  /// sentence's own.
  private let storage: Substring

  /// A sentence holding its own copy of its text (shown, as every sentence's, with its spaces
  /// folded).
  public init(index: Int, span: TextSpan, text: String) {
    self.index = index
    self.span = span
    storage = Substring(text)
  }

  /// A sentence whose text is `slice` as written, a slice of its article's `text` (never of
  /// another string: `byteRange` measures it against the article's text).
  init(index: Int, span: TextSpan, slice: Substring) {
    self.index = index
    self.span = span
    storage = slice
  }

  /// The sentence's text, runs of whitespace folded to one space and the ends trimmed.
  public var text: String { SpaceFolding.fold(storage) }

  /// Appends the UTF-8 bytes of `text` to `bytes`, without making a `String` of them.
  func appendText(to bytes: inout [UInt8]) { SpaceFolding.append(storage, to: &bytes) }

  /// The text as written, its spaces not folded: what `text` folds. `TextFolding` folds both
  /// alike, as every space `SpaceFolding` folds is one it folds too.
  var written: Substring { storage }

  /// The UTF-8 offsets of the sentence in its article's text when it holds a slice of it;
  /// nil when it holds its own text (or a slice that is the whole article's text).
  var byteRange: Range<Int>? {
    let utf8 = storage.base.utf8
    let start = utf8.distance(from: utf8.startIndex, to: storage.startIndex)
    let count = storage.utf8.count
    guard count < utf8.count else { return nil }
    return start..<(start + count)
  }

  public static func == (a: Sentence, b: Sentence) -> Bool {
    a.index == b.index && a.span == b.span && a.text == b.text
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(index)
    hasher.combine(span)
    hasher.combine(text)
  }
}

extension Sentence {
  /// The slice of `text` between two UTF-8 offsets, or nil when either offset is out of range
  /// or splits a code point.
  static func slice(of text: String, bytes range: Range<Int>) -> Substring? {
    let utf8 = text.utf8
    guard range.lowerBound >= 0, range.upperBound <= utf8.count else { return nil }
    let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
    let end = utf8.index(start, offsetBy: range.count)
    guard start == utf8.endIndex || !ByteClass.isContinuation(utf8[start]),
      end == utf8.endIndex || !ByteClass.isContinuation(utf8[end])
    else { return nil }
    return Substring(text.unicodeScalars[start..<end])
  }
}
