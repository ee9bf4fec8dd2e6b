extension SnapshotDecoder {
  /// Reads what `SnapshotEncoder.writeFile` wrote for the file at `path`; `bytes` are the
  /// file's bytes, decoded again for the articles whose text is the whole file.
  ///
  /// Entity indices and body offsets are checked, so that a bad entry cannot make
  /// `CorpusBuilder` index out of range.
  mutating func readFile(path: String, bytes: [UInt8]) throws(SnapshotError) -> (
    problems: [LoadProblem], analyses: [ArticleAnalysis]
  ) {
    let problemCount = try readCount(minimumSize: 2)
    var problems: [LoadProblem] = []
    problems.reserveCapacity(problemCount)
    for _ in 0..<problemCount {
      let reason = try readString()
      let severity: LoadProblem.Severity = try readBool() ? .skipped : .warning
      problems.append(LoadProblem(path: path, reason: reason, severity: severity))
    }
    let analysisCount = try readCount(minimumSize: 8)
    var analyses: [ArticleAnalysis] = []
    analyses.reserveCapacity(analysisCount)
    var fileText: String?
    for _ in 0..<analysisCount {
      analyses.append(try readAnalysis(fileText: &fileText, bytes: bytes))
    }
    guard isAtEnd else { throw .malformed("bytes left over") }
    return (problems, analyses)
  }

  private mutating func readAnalysis(fileText: inout String?, bytes: [UInt8]) throws(SnapshotError)
    -> ArticleAnalysis
  {
    let path = try readString()
    let format = ArticleFormat.allCases[try readCase(below: ArticleFormat.allCases.count)]
    let date = try readDate()
    let title = try readString()
    let source = try readOptionalString()
    let text: String
    if try readBool() {
      let decoded = fileText ?? TextDecoder.decode(bytes).text
      fileText = decoded
      text = decoded
    } else {
      text = try readString()
    }
    let utf8Count = text.utf8.count
    let bodyStart = try readOffset(upTo: utf8Count)
    let bodyEnd = try readOffset(upTo: utf8Count)
    let warnings = try readStrings()
    let document = ParsedDocument(
      path: path, format: format, date: date, title: title, source: source, text: text,
      bodyStart: bodyStart, bodyEnd: bodyEnd, warnings: warnings)
    let credit = try readOptionalString()

    let sentences = try readSentences(in: text)
    let entityCount = try readCount(minimumSize: 8)
    var entities: [LocalEntity] = []
    entities.reserveCapacity(entityCount)
    for _ in 0..<entityCount {
      let name = try readString()
      let kind = EntityKind.allCases[try readCase(below: EntityKind.allCases.count)]
      var entity = LocalEntity(name: name, kind: kind)
      entity.aliases = try readStrings()
      entity.roles = try readStrings()
      entity.gender = try Self.gender(code: try read())
      entity.mentions = try read()
      entity.positions = try readInts()
      entities.append(entity)
    }
    let statementCount = try readCount(minimumSize: 12)
    var statements: [LocalStatement] = []
    statements.reserveCapacity(statementCount)
    for _ in 0..<statementCount {
      let sentence = try read()
      let speaker = try readString()
      let speakerEntities = try readEntityIndices(below: entities.count)
      let (cue, content, kind, sourceSpan, cueSpan, contentSpan) = try readReport()
      let topics = try readEntityIndices(below: entities.count)
      statements.append(
        LocalStatement(
          sentence: sentence, speaker: speaker, speakerEntities: speakerEntities, cue: cue,
          content: content, kind: kind, sourceSpan: sourceSpan, cueSpan: cueSpan,
          contentSpan: contentSpan, topics: topics))
    }
    let meetingCount = try readCount(minimumSize: 6)
    var meetings: [LocalMeeting] = []
    meetings.reserveCapacity(meetingCount)
    for _ in 0..<meetingCount {
      let sentence = try read()
      let participants = try readEntityIndices(below: entities.count)
      let date = try readDate()
      let place = try readOptionalString()
      let kind = MeetingKind.allCases[try readCase(below: MeetingKind.allCases.count)]
      meetings.append(
        LocalMeeting(
          sentence: sentence, participants: participants, date: date, place: place, kind: kind,
          planned: try readBool()))
    }
    return ArticleAnalysis(
      document: document, credit: credit, sentences: sentences, entities: entities,
      statements: statements, meetings: meetings)
  }

  /// Sentences as `SnapshotEncoder.write(_:)` stores them, slices of `text`, their article's
  /// text, where they were.
  mutating func readSentences(in text: String) throws(SnapshotError) -> [Sentence] {
    let count = try readCount(minimumSize: 4)
    var sentences: [Sentence] = []
    sentences.reserveCapacity(count)
    for _ in 0..<count {
      let index = try read()
      let span = try readSpan()
      if try readBool() {
        let start = try read()
        let length = try read()
        guard start >= 0, length >= 0, start <= text.utf8.count - length,
          let slice = Sentence.slice(of: text, bytes: start..<(start + length))
        else { throw .malformed("bad sentence range") }
        sentences.append(Sentence(index: index, span: span, slice: slice))
      } else {
        sentences.append(Sentence(index: index, span: span, text: try readString()))
      }
    }
    return sentences
  }

  /// What `SnapshotEncoder.writeReport` wrote: cue, content, kind and the three spans.
  mutating func readReport() throws(SnapshotError) -> (
    cue: String, content: String, kind: StatementKind, sourceSpan: TextSpan?, cueSpan: TextSpan, contentSpan: TextSpan
  ) {
    let cue = try readString()
    let content = try readString()
    let kind = StatementKind.allCases[try readCase(below: StatementKind.allCases.count)]
    let sourceSpan = try readBool() ? try readSpan() : nil
    return (cue, content, kind, sourceSpan, try readSpan(), try readSpan())
  }

  mutating func readSpan() throws(SnapshotError) -> TextSpan {
    let start = try read()
    let length = try read()
    guard start >= 0, length >= 0, start <= Int.max - length else { throw .malformed("bad span") }
    return TextSpan(start: start, end: start + length)
  }

  mutating func readDate() throws(SnapshotError) -> CalendarDate? {
    guard try readBool() else { return nil }
    let day = try read()
    // 0001-01-01 ... 9999-12-31, the range `CalendarDate` accepts.
    guard (-719_162...2_932_896).contains(day) else { throw .malformed("bad date") }
    return CalendarDate(dayNumber: day)
  }

  private mutating func readEntityIndices(below count: Int) throws(SnapshotError) -> [Int] {
    let indices = try readInts()
    guard indices.allSatisfy({ $0 >= 0 && $0 < count }) else {
      throw .malformed("entity index out of range")
    }
    return indices
  }

  private static func gender(code: Int) throws(SnapshotError) -> Gender? {
    switch code {
    case 0: return nil
    case 1: return .male
    case 2: return .female
    case 3: return .neuter
    default: throw .malformed("bad gender \(code)")
    }
  }
}
