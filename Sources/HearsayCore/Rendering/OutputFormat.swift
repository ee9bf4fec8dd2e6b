/// The formats results can be written in.
public enum OutputFormat: String, CaseIterable, Sendable {
  case table, tsv, csv, json, jsonl, markdown
}

/// How a table is rendered: headers, the width to fit (for `table`), colour.
public struct RenderOptions: Sendable, Equatable {
  public var headers: Bool
  /// Terminal width in columns for `table`; nil means no fitting.
  public var width: Int?
  public var color: Bool

  public init(headers: Bool = true, width: Int? = nil, color: Bool = false) {
    self.headers = headers
    self.width = width
    self.color = color
  }
}

extension OutputFormat {
  /// Renders the table; the text ends with a newline unless it is empty.
  public func render(_ table: ResultTable, options: RenderOptions = RenderOptions()) -> String {
    renderer.render(table, options: options)
  }

  /// Renders the table as UTF-8 bytes, without building a `String` of them: what `render`
  /// gives, for writing straight to a file descriptor.
  package func renderBytes(_ table: ResultTable, options: RenderOptions = RenderOptions())
    -> [UInt8]
  {
    var buffer = RenderBuffer()
    renderer.render(table, options: options, into: &buffer)
    return buffer.bytes
  }

  /// Appends the rendered table to `buffer`, as UTF-8 bytes: what `renderBytes` gives, into
  /// a buffer the caller keeps (and can reuse) rather than a new one.
  package func render(
    _ table: ResultTable, options: RenderOptions = RenderOptions(), into buffer: inout RenderBuffer
  ) {
    renderer.render(table, options: options, into: &buffer)
  }

  private var renderer: any ResultTableRenderer {
    switch self {
    case .table: return TextTableRenderer()
    case .tsv: return TSVRenderer()
    case .csv: return CSVRenderer()
    case .json: return JSONRenderer()
    case .jsonl: return JSONLinesRenderer()
    case .markdown: return MarkdownRenderer()
    }
  }
}
