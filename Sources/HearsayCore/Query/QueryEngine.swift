/// Parses and evaluates a query against a corpus. (First cut: stub, replaced by the language.)
public enum QueryEngine {
  public static func run(_ query: String, on corpus: Corpus) throws(QueryError) -> ResultTable {
    throw QueryError(message: "not implemented", range: 0..<query.count)
  }
}
