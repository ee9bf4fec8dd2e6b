#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads the process's environment variables.
package enum Environment {
  /// The value of a variable, or nil when it is unset.
  package static func value(of name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }
}
