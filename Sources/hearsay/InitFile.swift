#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The file of commands run at start: `$XDG_CONFIG_HOME/hearsay/init.hsq`, or
/// `~/.config/hearsay/init.hsq`.
enum InitFile {
  /// The init file's path by the XDG rules (a relative `XDG_CONFIG_HOME` is ignored), or nil
  /// when neither variable is known.
  static func path(environment: (String) -> String? = { getenv($0).map { String(cString: $0) } })
    -> String?
  {
    if let config = environment("XDG_CONFIG_HOME"), config.hasPrefix("/") {
      return config + "/hearsay/init.hsq"
    }
    if let home = environment("HOME"), !home.isEmpty {
      return home + "/.config/hearsay/init.hsq"
    }
    return nil
  }

  /// Whether something is there to run (a missing init file is normal, not an error).
  static func exists(_ path: String) -> Bool {
    access(path, F_OK) == 0
  }
}
