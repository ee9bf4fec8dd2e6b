/// Parses and answers queries: the one entry point the shell needs.
public enum QueryEngine {
  /// Parses `query` and evaluates it against `corpus`.
  ///
  ///     try QueryEngine.run("who said * about NMC limit 5", on: corpus)
  ///     try QueryEngine.run("context 2", on: corpus, previous: lastTable)
  ///
  /// - Parameters:
  ///   - query: one line of the query language.
  ///   - corpus: what to answer from.
  ///   - previous: the last result the user saw, for `context N` (its `rowSources` say which
  ///     sentence each row comes from); other queries ignore it.
  /// - Returns: the answer, for an `OutputFormat` to render.
  /// - Throws: a `QueryError` saying where the query went wrong.
  public static func run(_ query: String, on corpus: Corpus, previous: ResultTable? = nil)
    throws(QueryError) -> ResultTable
  {
    try QueryEvaluator.evaluate(try QueryParser.parse(query), on: corpus, previous: previous)
  }

  /// The parsed form of `query`, as the shell's `.ast` shows it (`Query.description`).
  package static func parse(_ query: String) throws(QueryError) -> Query {
    try QueryParser.parse(query)
  }
}
