extension SnapshotEncoder {
  /// Writes what loading one file produced: its problems (reasons and severities; the path is
  /// the file's) and the analyses of its articles.
  ///
  /// An article whose text is the whole decoded file (`fileText`) is written without it: the
  /// reader decodes the file's bytes again, which it has read to check their hash anyway.
  mutating func writeFile(problems: [LoadProblem], analyses: [ArticleAnalysis], fileText: String?) {
    write(unsigned: UInt64(problems.count))
    for problem in problems {
      write(problem.reason)
      write(problem.severity == .skipped)
    }
    write(unsigned: UInt64(analyses.count))
    for analysis in analyses {
      write(analysis, fileText: fileText)
    }
  }

  private mutating func write(_ analysis: ArticleAnalysis, fileText: String?) {
    let doc = analysis.document
    write(doc.path)
    write(caseOf: doc.format, in: ArticleFormat.allCases)
    write(doc.date)
    write(doc.title)
    write(doc.source)
    let isFileText = fileText.map { $0 == doc.text } ?? false
    write(isFileText)
    if !isFileText { write(doc.text) }
    write(doc.bodyStart)
    write(doc.bodyEnd)
    write(doc.warnings)
    write(analysis.credit)

    write(analysis.sentences)
    write(unsigned: UInt64(analysis.entities.count))
    for entity in analysis.entities {
      write(entity.name)
      write(caseOf: entity.kind, in: EntityKind.allCases)
      write(entity.aliases)
      write(entity.roles)
      write(Self.code(of: entity.gender))
      write(entity.mentions)
      write(entity.positions)
    }
    write(unsigned: UInt64(analysis.statements.count))
    for statement in analysis.statements {
      write(statement.sentence)
      write(statement.speaker)
      write(statement.speakerEntities)
      writeReport(
        cue: statement.cue, content: statement.content, kind: statement.kind, sourceSpan: statement.sourceSpan,
        cueSpan: statement.cueSpan, contentSpan: statement.contentSpan)
      write(statement.topics)
    }
    write(unsigned: UInt64(analysis.meetings.count))
    for meeting in analysis.meetings {
      write(meeting.sentence)
      write(meeting.participants)
      write(meeting.date)
      write(meeting.place)
      write(caseOf: meeting.kind, in: MeetingKind.allCases)
      write(meeting.planned)
    }
  }

  /// Sentences with their index and span, and where their text is in the article's text (or
  /// the text itself when the sentence holds its own), as analyses and articles both store
  /// them.
  mutating func write(_ sentences: [Sentence]) {
    write(unsigned: UInt64(sentences.count))
    for sentence in sentences {
      write(sentence.index)
      write(sentence.span)
      if let range = sentence.byteRange {
        write(true)
        write(range.lowerBound)
        write(range.count)
      } else {
        write(false)
        write(sentence.text)
      }
    }
  }

  /// What a statement reports, as analyses and corpora both store it: cue, content, kind and
  /// the three spans (`SnapshotDecoder.readReport` reads it back).
  mutating func writeReport(
    cue: String, content: String, kind: StatementKind, sourceSpan: TextSpan?, cueSpan: TextSpan, contentSpan: TextSpan
  ) {
    write(cue)
    write(content)
    write(caseOf: kind, in: StatementKind.allCases)
    write(sourceSpan != nil)
    if let sourceSpan { write(sourceSpan) }
    write(cueSpan)
    write(contentSpan)
  }

  mutating func write(_ span: TextSpan) {
    write(span.start)
    write(span.length)
  }

  mutating func write(_ date: CalendarDate?) {
    write(date != nil)
    if let date { write(date.dayNumber) }
  }

  /// An enumeration case as its position among all cases (one byte).
  mutating func write<Case: Equatable>(caseOf value: Case, in cases: [Case]) {
    append([UInt8(cases.firstIndex(of: value) ?? 0)])
  }

  /// 0 for no gender, else 1 + the case.
  static func code(of gender: Gender?) -> Int {
    switch gender {
    case nil: return 0
    case .male: return 1
    case .female: return 2
    case .neuter: return 3
    }
  }
}
