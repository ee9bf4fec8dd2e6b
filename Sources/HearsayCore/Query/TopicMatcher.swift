/// A `Topic` made ready to test statements: each name becomes the statements indexed as about
/// its entities, and a phrase to look for in the content.
indirect enum TopicMatcher: Sendable {
  case term(statements: Set<StatementID>, phrase: TextPattern)
  case and(TopicMatcher, TopicMatcher)
  case or(TopicMatcher, TopicMatcher)
  case not(TopicMatcher)

  init(_ topic: Topic, resolver: NameResolver) {
    switch topic {
    case .name(let name):
      let entities = name.text.contains("*") ? [] : resolver.topicEntities(name.text)
      let statements = entities.flatMap { resolver.corpus.statements(about: $0).map(\.id) }
      self = .term(statements: Set(statements), phrase: TextPattern(name.text))
    case .and(let a, let b):
      self = .and(TopicMatcher(a, resolver: resolver), TopicMatcher(b, resolver: resolver))
    case .or(let a, let b):
      self = .or(TopicMatcher(a, resolver: resolver), TopicMatcher(b, resolver: resolver))
    case .not(let a):
      self = .not(TopicMatcher(a, resolver: resolver))
    }
  }

  /// Whether the statement, with its content folded by `TextPattern.fold`, is about the topic.
  func matches(_ statement: StatementID, content: [UInt8]) -> Bool {
    switch self {
    case .term(let statements, let phrase):
      return statements.contains(statement) || phrase.matches(folded: content)
    case .and(let a, let b):
      return a.matches(statement, content: content) && b.matches(statement, content: content)
    case .or(let a, let b):
      return a.matches(statement, content: content) || b.matches(statement, content: content)
    case .not(let a):
      return !a.matches(statement, content: content)
    }
  }
}
