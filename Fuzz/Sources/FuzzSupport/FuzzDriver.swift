import CFuzzerDriver

/// Starts libFuzzer with the program's arguments and a target's `LLVMFuzzerTestOneInput`.
///
/// SwiftPM gives every executable target a `main` of its own, so libFuzzer's `main` is never
/// linked; each target's `main.swift` calls this instead, and libFuzzer takes its usual options:
///
///     QueryParserFuzzer corpus/ -max_total_time=600 -artifact_prefix=crashes/
public enum FuzzDriver {
  public typealias TestOneInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

  /// Runs libFuzzer until it stops (time limit, run count or a crash); its exit status.
  public static func run(_ testOneInput: TestOneInput) -> CInt {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    return LLVMFuzzerRunDriver(&argc, &argv, testOneInput)
  }
}
