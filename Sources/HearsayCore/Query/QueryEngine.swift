/// Parses and answers queries: the one entry point the shell needs.
public enum QueryEngine {
  /// Parses `query` and evaluates it against `corpus`.
  ///
  ///     try QueryEngine.run("who said * about NMC limit 5", on: corpus)
  public static func run(_ query: String, on corpus: Corpus) throws(QueryError) -> ResultTable {
    try QueryEvaluator.evaluate(try QueryParser.parse(query), on: corpus)
  }

  /// The parsed form of `query`, as the shell's `.ast` shows it (`Query.description`).
  package static func parse(_ query: String) throws(QueryError) -> Query {
    try QueryParser.parse(query)
  }
}
