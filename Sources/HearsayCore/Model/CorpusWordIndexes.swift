import Synchronization

/// The corpus's word indexes, each built the first time a query needs it and kept: folded word
/// → statements whose content holds it, → sentences (numbered across all articles) that do, and
/// → entities whose names do; with the tables counts use (entity names numbered, and the
/// statements' `StatementColumns`).
///
/// A final class so that copies of a `Corpus` share one build; the locks make the first use
/// safe from any thread (a second caller waits for the build under way).
final class CorpusWordIndexes: Sendable {
  private let articles: [Article]
  private let statementList: [Statement]
  private let entities: [Entity]
  private let sentenceStarts: [Int]
  private let statementIndex = Mutex<WordIndex?>(nil)
  private let sentenceIndex = Mutex<WordIndex?>(nil)
  private let entityIndex = Mutex<EntityNames?>(nil)
  private let nameTable = Mutex<NameTable?>(nil)
  private let columnTable = Mutex<StatementColumns?>(nil)

  init(articles: [Article], statements: [Statement], entities: [Entity], sentenceStarts: [Int]) {
    self.articles = articles
    self.entities = entities
    self.statementList = statements
    self.sentenceStarts = sentenceStarts
  }

  /// Statement number → the words of its content.
  var statements: WordIndex {
    statementIndex.withLock { built in
      if let built { return built }
      let statements = statementList
      let index = WordIndex(count: statements.count) { Substring(statements[$0].content) }
      built = index
      return index
    }
  }

  /// Sentence number (see `Corpus.sentenceStarts`) → the words of the sentence.
  var sentences: WordIndex {
    sentenceIndex.withLock { built in
      if let built { return built }
      let articles = articles
      let starts = sentenceStarts
      let total = starts[starts.count - 1]
      let index = WordIndex(count: total) { number in
        var lo = 0
        var hi = articles.count
        while lo + 1 < hi {
          let mid = (lo + hi) / 2
          if starts[mid] <= number { lo = mid } else { hi = mid }
        }
        // As written: folding for words folds its spaces as `Sentence.text` does, with no
        // string made for it.
        return articles[lo].sentences[number - starts[lo]].written
      }
      built = index
      return index
    }
  }

  /// Entity → the words of all its names (joined by ` ; `), and each entity's place in name
  /// order, for sorting.
  var entityNames: EntityNames {
    entityIndex.withLock { built in
      if let built { return built }
      let entities = entities
      let folded = entities.concurrentMap { NameFolding.fold($0.name) }
      var rank = [Int](repeating: 0, count: folded.count)
      for (place, position) in folded.indices.sorted(by: { folded[$0] < folded[$1] }).enumerated() {
        rank[position] = place
      }
      // Joined when read (the index keeps the closure): a table of them would live as long.
      let index = EntityNames(
        words: WordIndex(count: entities.count) { position in
          Substring(entities[position].names.joined(separator: " ; "))
        }, rank: rank)
      built = index
      return index
    }
  }

  /// The statements' speaker keys (`StatementColumns`); built with `names`
  /// when that is built, so the background preparation of the indexes builds both.
  var columns: StatementColumns {
    let names = self.names
    return columnTable.withLock { built in
      if let built { return built }
      let columns = StatementColumns(statements: statementList, names: names)
      built = columns
      return columns
    }
  }

  /// Entity names as counts show them, each distinct name (by `String` equality) numbered
  /// once, so that counting by name is counting by number.
  ///
  /// The first call also builds `columns`, after this table.
  var names: NameTable {
    var isNew = false
    let table = nameTable.withLock { built -> NameTable in
      if let built { return built }
      isNew = true
      var numbers: [String: Int32] = [:]
      numbers.reserveCapacity(entities.count)
      var names: [String] = []
      var byEntity = [Int32](repeating: 0, count: entities.count)
      for (position, entity) in entities.enumerated() {
        if let known = numbers[entity.name] {
          byEntity[position] = known
        } else {
          let number = Int32(names.count)
          numbers[entity.name] = number
          names.append(entity.name)
          byEntity[position] = number
        }
      }
      let table = NameTable(names: names, numbers: numbers, byEntity: byEntity)
      built = table
      return table
    }
    if isNew { _ = columns }
    return table
  }

  /// Distinct entity names, numbered.
  struct NameTable: Sendable {
    /// Number → the name, as the first entity of that name writes it.
    let names: [String]
    let numbers: [String: Int32]
    /// Entity → the number of its name.
    let byEntity: [Int32]
  }

  /// The index of entity names, and each entity's place when sorted by folded name.
  struct EntityNames: Sendable {
    let words: WordIndex
    let rank: [Int]
  }
}
