/// The `tsv` format: tab-separated values, a header line unless turned off; tabs and line breaks
/// inside cells become spaces, so every line is one row, and other control characters go
/// (`TerminalSanitizer`), as TSV ends up on terminals too.
struct TSVRenderer: ResultTableRenderer {
  func render(_ table: ResultTable, options: RenderOptions, into out: inout RenderBuffer) {
    // Each line holds one cell per column (cut or padded with empty ones), between tabs.
    out.appendDelimited(table, headers: options.headers, layout: .tsv)
  }
}
