import FuzzSupport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Loads one file's bytes as a plain-text article (or whatever format its content looks like),
/// runs extraction and builds a corpus: every span must lie inside its article.
@_cdecl("LLVMFuzzerTestOneInput")
public func extractorFuzzer(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  _ = FuzzPipeline.extract(path: "fuzz.txt", bytes: fuzzBytes(data, size))
  return 0
}

exit(FuzzDriver.run(extractorFuzzer))
