import HearsayCore
import Testing

@Suite struct RenderingTerminalSanitizerTests {
  /// Each row: text as an article might hold it, and what may reach the terminal.
  @Test(arguments: [
    ("plain text, with “quotes” and é", "plain text, with “quotes” and é"),
    ("tab\tand\nnewline stay", "tab\tand\nnewline stay"),
    ("\u{1B}[31mred\u{1B}[0m", "red"),
    ("\u{1B}[2J\u{1B}[Hcleared", "cleared"),
    ("\u{1B}[?1049h alt screen", " alt screen"),
    ("\u{1B}]0;title\u{7}after", "after"),
    ("\u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\", "link"),
    ("\u{1B}Pdevice\u{1B}\\ok", "ok"),
    ("\u{1B}(Bcharset", "charset"),
    ("\u{1B}7saved\u{1B}8", "saved"),
    ("\u{9B}31mC1 CSI", "C1 CSI"),
    ("\u{9D}0;t\u{9C}C1 OSC", "C1 OSC"),
    ("bell\u{7} null\u{0} del\u{7F} cr\r back\u{8}", "bell null del cr back"),
    ("\u{85}next line \u{90}", "next line "),
    ("evil\u{202E}txt.exe\u{2066}", "eviltxt.exe"),
    ("unterminated \u{1B}[31", "unterminated "),
    ("trailing escape \u{1B}", "trailing escape "),
    ("\u{1B}\u{1B}[1mdouble", "double"),
  ])
  func cleans(text: String, clean: String) {
    #expect(TerminalSanitizer.clean(text) == clean)
  }
}
