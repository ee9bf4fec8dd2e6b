@testable import HearsayCore
import Testing

@Suite struct FrontMatterTests {
  /// Each row: YAML between the `---` lines, a field, and the value read for it (nil: absent).
  @Test(arguments: [
    ("title: Plain title", "title", "Plain title"),
    ("title:   Spaced out   ", "title", "Spaced out"),
    ("title: \"Dash \\u2013 here\"", "title", "Dash \u{2013} here"),
    ("title: \"Elena\\_Marsh speaks\"", "title", "Elena\u{00A0}Marsh speaks"),
    ("title: \"Tab\\tand \\\"quote\\\" \\x41 \\U0001F600 \\\\ \\/\"", "title", "Tab\tand \"quote\" A 😀 \\ /"),
    ("title: \"Statement on the\n  Harbour Council\"", "title", "Statement on the Harbour Council"),
    ("title: \"Former U.S.\\\n  \\ Senator Tom\\_Reed\"", "title", "Former U.S. Senator Tom\u{00A0}Reed"),
    ("title: \"One\n\n  paragraph break\"", "title", "One\nparagraph break"),
    ("title: 'It''s a\n  plan'", "title", "It's a plan"),
    ("title: Port council\n  meets again", "title", "Port council meets again"),
    ("title:\n  On the next line", "title", "On the next line"),
    ("date: 2024-10-31  # a guess", "date", "2024-10-31"),
    ("date: '2024-10-31'", "date", "2024-10-31"),
    ("tag: C# notes", "tag", "C# notes"),
    ("summary: >\n  One\n  two\n\n  three", "summary", "One two\nthree"),
    ("summary: |\n  One\n  two", "summary", "One\ntwo"),
    ("source_url: https://example.org/a:b", "source_url", "https://example.org/a:b"),
    ("tags:\n  - harbour\n  - council\ntitle: After a list", "title", "After a list"),
    ("tags:\n  - harbour\n  - council", "tags", nil),
    ("author:\n  name: Tom Reed\n  role: chair", "author", nil),
    ("# a comment\ntitle: After a comment", "title", "After a comment"),
    ("title: \"CRLF\"\r\ndate: 2024-01-02\r", "date", "2024-01-02"),
    ("empty:", "empty", nil),
  ] as [(String, String, String?)])
  func readsAField(yaml: String, key: String, expected: String?) {
    let parsed = FrontMatter.parse(yaml)
    #expect(parsed.problems == [])
    #expect(parsed.fields[key] == expected)
  }

  /// Each row: YAML with a fault, and the one message for it.
  @Test(arguments: [
    ("title: Fine\nno colon here", "front matter line 3 is not 'key: value'"),
    ("title: \"never closed", "front matter field 'title' has an unterminated quoted string"),
    ("title: 'never closed", "front matter field 'title' has an unterminated quoted string"),
  ])
  func reportsAProblem(yaml: String, message: String) {
    #expect(FrontMatter.parse(yaml).problems == [message])
  }
}
