/// The `table` format: columns aligned with two spaces between, numbers right-aligned, for people
/// at a terminal.
///
/// Cell text is cleaned by `TerminalSanitizer` and put on one line. With `options.width`, the
/// widest text columns are narrowed together until each line fits, their cells cut with `…`;
/// with `options.color`, the header is bold.
package struct TextTableRenderer: ResultTableRenderer {
  /// Columns are not narrowed below this many terminal columns.
  static let narrowest = 3

  package func render(
    _ table: ResultTable, options: RenderOptions, into buffer: inout RenderBuffer
  ) {
    buffer.append(text(table, options: options))
  }

  private func text(_ table: ResultTable, options: RenderOptions) -> String {
    guard !table.columns.isEmpty else { return "" }
    let header = table.columns.map { TerminalSanitizer.clean($0).onOneLine }
    let rows = table.evenRows.map { $0.map { TerminalSanitizer.clean($0).onOneLine } }
    let lines = (options.headers ? [header] : []) + rows
    var widths = table.columns.indices.map { column in
      lines.map { DisplayWidth.of($0[column]) }.max() ?? 0
    }
    if let width = options.width {
      widths = Self.fit(widths, fixed: table.numericColumns, into: width)
    }
    var out = ""
    for (index, cells) in lines.enumerated() {
      var line = ""
      for (column, cell) in cells.enumerated() {
        let text = DisplayWidth.truncate(cell, to: widths[column])
        let padding = String(
          repeating: " ", count: max(0, widths[column] - DisplayWidth.of(text)))
        if column > 0 { line += "  " }
        line += table.numericColumns.contains(column) ? padding + text : text + padding
      }
      while line.last == " " { line.removeLast() }
      let isHeader = options.headers && index == 0
      out += (isHeader && options.color ? "\u{1B}[1m\(line)\u{1B}[0m" : line) + "\n"
    }
    return out
  }

  /// Column widths that fit `total` terminal columns, two spaces between.
  ///
  /// The text columns (not `fixed`) are capped at one width, as high as fits, and what is left
  /// over goes one column each to the capped columns from the left. Below `narrowest` the line
  /// overflows.
  package static func fit(_ widths: [Int], fixed: Set<Int>, into total: Int) -> [Int] {
    let gaps = 2 * max(0, widths.count - 1)
    guard widths.reduce(0, +) + gaps > total else { return widths }
    let flexible = widths.indices.filter { !fixed.contains($0) }
    let available =
      total - gaps - fixed.reduce(0) { $0 + (widths.indices.contains($1) ? widths[$1] : 0) }
    func used(_ cap: Int) -> Int { flexible.reduce(0) { $0 + min(widths[$1], cap) } }
    var cap = flexible.map { widths[$0] }.max() ?? 0
    while cap > narrowest, used(cap) > available { cap -= 1 }
    var fitted = widths
    for column in flexible { fitted[column] = min(widths[column], cap) }
    var leftover = available - used(cap)
    for column in flexible where leftover > 0 && widths[column] > fitted[column] {
      fitted[column] += 1
      leftover -= 1
    }
    return fitted
  }
}
