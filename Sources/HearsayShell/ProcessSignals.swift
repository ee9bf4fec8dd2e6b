#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The signal dispositions the shell sets up before running.
package enum ProcessSignals {
  /// Ignores `SIGPIPE`, so writing to a closed pipe fails with `EPIPE` (and the output sink
  /// stops quietly) instead of killing the process.
  package static func ignoreBrokenPipes() {
    signal(SIGPIPE, SIG_IGN)
  }
}
