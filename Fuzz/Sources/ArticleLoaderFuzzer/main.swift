import FuzzSupport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Parses one file's bytes.
///
/// The first byte picks the file name (and so the format tried), the rest is the file. Decoding and parsing must not crash, and every document's body must lie
/// inside its text.
@_cdecl("LLVMFuzzerTestOneInput")
public func articleLoaderFuzzer(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = fuzzBytes(data, size)
  guard let first = bytes.first else { return 0 }
  let path = FuzzPipeline.paths[Int(first) % FuzzPipeline.paths.count]
  FuzzPipeline.load(path: path, bytes: Array(bytes.dropFirst()))
  return 0
}

exit(FuzzDriver.run(articleLoaderFuzzer))
