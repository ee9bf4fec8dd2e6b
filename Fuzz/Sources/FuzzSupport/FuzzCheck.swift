#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Invariants the fuzz targets assert: a broken one is reported on stderr and aborts, which
/// libFuzzer records as a crash with the input that caused it.
public enum FuzzCheck {
  /// Aborts with `message` when `condition` is false.
  public static func expect(
    _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String
  ) {
    guard !condition() else { return }
    let line = "fuzz invariant broken: \(message())\n"
    _ = line.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
    abort()
  }
}

/// The bytes libFuzzer hands to `LLVMFuzzerTestOneInput`, copied into an array.
public func fuzzBytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
  guard let data, size > 0 else { return [] }
  return Array(UnsafeBufferPointer(start: data, count: size))
}
