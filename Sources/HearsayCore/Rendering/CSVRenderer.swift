/// The `csv` format, as RFC 4180 has it.
///
/// Fields are separated by commas; those holding a comma, quote, CR or LF go in double quotes
/// with inner quotes doubled; every record ends in CRLF; a header record comes first unless
/// turned off. Control characters other than tab and line breaks are dropped
/// (`TerminalSanitizer`); only JSON keeps them, escaped.
struct CSVRenderer: ResultTableRenderer {
  func render(_ table: ResultTable, options: RenderOptions, into out: inout RenderBuffer) {
    out.appendDelimited(table, headers: options.headers, layout: .csv)
  }

  /// The field as written: cleaned, and quoted when it holds a comma, quote or newline.
  static func field(_ cell: String) -> String {
    let text = TerminalSanitizer.clean(cell)
    guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else {
      return text
    }
    var quoted = "\""
    for scalar in text.unicodeScalars {
      if scalar == "\"" { quoted += "\"" }
      quoted.unicodeScalars.append(scalar)
    }
    return quoted + "\""
  }
}
