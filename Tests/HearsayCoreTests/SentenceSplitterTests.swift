@testable import HearsayCore
import Testing

@Suite struct SentenceSplitterTests {
  /// Splits a whole text and returns each sentence with its runs of whitespace made one space.
  static func sentences(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return SentenceSplitter().split(bytes, from: 0, to: bytes.count).map {
      normalized(String(decoding: bytes[$0.start..<$0.end], as: UTF8.self))
    }
  }

  static func normalized(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  /// Each row: a body we wrote where two sentences meet with no space, and the two sentences.
  @Test(arguments: [
    (
      "The talks were held in Beijing.Wang said both sides gained.",
      ["The talks were held in Beijing.", "Wang said both sides gained."]
    ),
    (
      "China now chairs the SCO.Wang added that it would act.",
      ["China now chairs the SCO.", "Wang added that it would act."]
    ),
    (
      "Sales peaked in 2024.The firm expects a slower year.",
      ["Sales peaked in 2024.", "The firm expects a slower year."]
    ),
    (
      "Exports rose 5%.Analysts expect more growth.",
      ["Exports rose 5%.", "Analysts expect more growth."]
    ),
    (
      "The treaty was signed in the U.S.He said it would last.",
      ["The treaty was signed in the U.S.", "He said it would last."]
    ),
    (
      "She answered \"yes.\"He said nothing more.",
      ["She answered \"yes.\"", "He said nothing more."]
    ),
    (
      "Profits fell at M&S.Next year the chain will open ten shops.",
      ["Profits fell at M&S.", "Next year the chain will open ten shops."]
    ),
    (
      "Ministers discussed the crisis.Xinhua",
      ["Ministers discussed the crisis.", "Xinhua"]
    ),
    (
      "Is it over?They did not know.",
      ["Is it over?", "They did not know."]
    ),
    (
      "The harbour reopened on Friday.“We are relieved,” a pilot said.",
      ["The harbour reopened on Friday.", "“We are relieved,” a pilot said."]
    ),
    (
      "The harbour reopened on Friday.\"We are relieved,\" a pilot said.",
      ["The harbour reopened on Friday.", "\"We are relieved,\" a pilot said."]
    ),
  ])
  func splitsGluedBoundaries(text: String, expected: [String]) {
    #expect(Self.sentences(text) == expected)
  }

  /// Each row: one sentence we wrote whose full stops do not end it.
  @Test(arguments: [
    "Fans gathered on Halo.Bungie.Org to read the news.",
    "One.Tel shares collapsed within a week.",
    "U.S. officials met their hosts on Monday.",
    "Mr. Smith arrived late.",
    "Talks with Dr. Jones resumed.",
    "Growth slowed to 3.5 percent last quarter.",
    "George W. Bush visited the farm.",
    "Some names, e.g. this one, are short.",
    "The vote is set for Jan. 5 next year.",
    "Details are on www.Example.com until noon.",
    "They flew to the U.S. Congress for a hearing.",
    "He lives at No. 10 with his family.",
    "\"Why?\" he asked.",
    "“Why?” he asked.",
    "She said \"stop!\" and walked away.",
    "The index closed at 1,204.55 points.",
    "Ships left at 5 p.m. on the dot.",
    "Rep. Ann Lee (D-N.C.) voted against it.",
    "The permit is No. DOI-2017-0003 in the register.",
    "Talks on U.S.-Canada trade resumed.",
  ])
  func keepsOneSentence(text: String) {
    #expect(Self.sentences(text) == [text])
  }

  /// Each row: a body we wrote and the sentences expected, whitespace normalised.
  @Test(arguments: [
    ("\"It works.\" He smiled.", ["\"It works.\"", "He smiled."]),
    ("“It works.” He smiled.", ["“It works.”", "He smiled."]),
    ("The plant opened in the U.S. He said jobs would follow.",
     ["The plant opened in the U.S.", "He said jobs would follow."]),
    ("Acme Inc. The company said no more.", ["Acme Inc.", "The company said no more."]),
    ("The answer was no. The vote failed.", ["The answer was no.", "The vote failed."]),
    ("Wait... Then it rang.", ["Wait...", "Then it rang."]),
    ("Really?! Yes.", ["Really?!", "Yes."]),
    ("He paid (in cash.) Then he left.", ["He paid (in cash.)", "Then he left."]),
    ("The port reopened.\u{00A0}The ships left.", ["The port reopened.", "The ships left."]),
    (
      "- **Keep the port open.** The council agreed.",
      ["- **Keep the port open.**", "The council agreed."]
    ),
    (
      "- **Keep the port open. **The council agreed.",
      ["- **Keep the port open. **", "The council agreed."]
    ),
    ("**Raise the harbour fees.**", ["**Raise the harbour fees.**"]),
    ("* Fees rose. * Traders left.", ["* Fees rose.", "* Traders left."]),
    ("It cost 5 * 3 pounds. *Then* it rose.", ["It cost 5 * 3 pounds.", "*Then* it rose."]),
    ("", []),
    ("   \n\n  ", []),
    ("No final stop here", ["No final stop here"]),
  ])
  func splits(text: String, expected: [String]) {
    #expect(Self.sentences(text) == expected)
  }

  /// Each row: a hard-wrapped Markdown body we wrote, and its sentences with paragraph numbers.
  @Test(arguments: [
    (
      "The minister spoke\nat length about trade.\n\nA second paragraph\nfollows here.\n",
      ["0 The minister spoke at length about trade.", "1 A second paragraph follows here."]
    ),
    (
      "The letter was signed by Mr.\nSmith on Monday.",
      ["0 The letter was signed by Mr. Smith on Monday."]
    ),
    (
      "It was sent to the U.S.\nofficials in charge.",
      ["0 It was sent to the U.S. officials in charge."]
    ),
    (
      "Ships leave at 5 p.m.\non weekdays.",
      ["0 Ships leave at 5 p.m. on weekdays."]
    ),
    (
      "It rained all day.\nThe match went ahead.",
      ["0 It rained all day.", "1 The match went ahead."]
    ),
    (
      "Two lines end here.  \n   \nA new paragraph starts.  \n",
      ["0 Two lines end here.", "1 A new paragraph starts."]
    ),
    (
      "The council will meet:\n- to vote on the budget\n- to name a chair\n",
      ["0 The council will meet:", "1 - to vote on the budget", "2 - to name a chair"]
    ),
    (
      "## Background\nThe port closed\nin March.",
      ["0 ## Background", "1 The port closed in March."]
    ),
    (
      "First paragraph ends here.Second paragraph starts here. It has two sentences.",
      [
        "0 First paragraph ends here.", "0 Second paragraph starts here.",
        "0 It has two sentences.",
      ]
    ),
    (
      "Fees rose.\u{00A0}\u{00A0}\n\u{00A0}\nThe port\nclosed.",
      ["0 Fees rose.", "1 The port closed."]
    ),
    (
      "Vendors:\n• Acme Corp.\n• Harbour Supply Inc.\n",
      ["0 Vendors:", "1 • Acme Corp.", "2 • Harbour Supply Inc."]
    ),
    (
      "Windows ends\r\nits lines this way.\r\n\r\nAnother paragraph.\r\n",
      ["0 Windows ends its lines this way.", "1 Another paragraph."]
    ),
  ])
  func joinsHardWrappedLines(text: String, expected: [String]) {
    let bytes = Array(text.utf8)
    let found = SentenceSplitter().split(bytes, from: 0, to: bytes.count).map {
      "\($0.paragraph) " + Self.normalized(String(decoding: bytes[$0.start..<$0.end], as: UTF8.self))
    }
    #expect(found == expected)
  }

  @Test func sentenceRangesExcludeSurroundingSpaceAndStayInsideTheBody() {
    let text = "Header line\n\n  First one.  Second one.\n\nTrailer"
    let bytes = Array(text.utf8)
    let bodyStart = 13
    let bodyEnd = bytes.count - 9
    let ranges = SentenceSplitter().split(bytes, from: bodyStart, to: bodyEnd)
    #expect(ranges == [
      SentenceSplitter.Range(start: 15, end: 25, paragraph: 0),
      SentenceSplitter.Range(start: 27, end: 38, paragraph: 0),
    ])
  }

  @Test func aByteOrderMarkIsDroppedBeforeSplitting() {
    let decoded = TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("One here. Two here.".utf8))
    #expect(!decoded.usedFallback)
    #expect(Self.sentences(decoded.text) == ["One here.", "Two here."])
  }

  @Test func aByteOrderMarkLeftInTheTextIsNotPartOfTheFirstSentence() {
    #expect(Self.sentences("\u{FEFF}One here. Two here.") == ["One here.", "Two here."])
  }

  @Test func windows1252BytesAreDecodedAndSplit() {
    // "Tickets cost £20. Fans called it “fair”." with 0xA3, 0x93 and 0x94.
    var bytes = Array("Tickets cost ".utf8) + [0xA3] + Array("20. Fans called it ".utf8)
    bytes += [0x93] + Array("fair".utf8) + [0x94] + Array(".".utf8)
    let decoded = TextDecoder.decode(bytes)
    #expect(decoded.usedFallback)
    #expect(Self.sentences(decoded.text) == ["Tickets cost £20.", "Fans called it “fair”."])
  }

  @Test func accentedAndNonLatinTextSplitsOnScalarBoundaries() {
    #expect(
      Self.sentences("Andrés Núñez spoke in Zürich.Ola Sørensen replied. 王毅 agreed.")
        == ["Andrés Núñez spoke in Zürich.", "Ola Sørensen replied.", "王毅 agreed."])
  }

  @Test func aLongBodySplitsQuickly() {
    let paragraph = "The committee met in Oslo.Officials said the U.S. delegation agreed. "
    let text = String(repeating: paragraph + "\n\n", count: 5_000)
    let clock = ContinuousClock()
    var count = 0
    let elapsed = clock.measure { count = Self.sentences(text).count }
    #expect(count == 10_000)
    #expect(elapsed < .seconds(2))
  }
}
