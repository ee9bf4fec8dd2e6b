import FuzzSupport
import HearsayCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs one query on the fuzz corpus: it must answer or throw a `QueryError` whose range lies
/// inside the query; answers are rendered in every format and errors as diagnostics.
@_cdecl("LLVMFuzzerTestOneInput")
public func queryParserFuzzer(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let query = String(decoding: fuzzBytes(data, size), as: UTF8.self)
  do {
    let table = try QueryEngine.run(query, on: FuzzCorpus.corpus, previous: FuzzCorpus.previous)
    for format in OutputFormat.allCases {
      _ = format.render(table, options: RenderOptions(width: 60))
    }
  } catch {
    let count = query.count
    FuzzCheck.expect(
      error.range.lowerBound >= 0 && error.range.upperBound <= count,
      "error range \(error.range) outside a query of \(count) characters: \(error.message)")
    FuzzCheck.expect(!error.message.isEmpty, "empty error message")
    _ = DiagnosticRenderer.render(error, source: query, file: "fuzz.hsq", line: 1, column: 1)
  }
  return 0
}

exit(FuzzDriver.run(queryParserFuzzer))
