#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the shell needs to know about the terminal it runs in.
package enum Terminal {
  /// Whether the file descriptor is a terminal.
  package static func isTerminal(_ descriptor: Int32) -> Bool {
    isatty(descriptor) == 1
  }

  /// The width in columns of the terminal on the descriptor, or nil when it is not a terminal.
  package static func width(of descriptor: Int32) -> Int? {
    var size = winsize()
    guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }

  /// Whether output on the descriptor may be coloured: a terminal, `NO_COLOR` unset or empty and
  /// `TERM` not `dumb`.
  package static func allowsColor(_ descriptor: Int32) -> Bool {
    guard isTerminal(descriptor) else { return false }
    if let noColor = getenv("NO_COLOR"), noColor.pointee != 0 { return false }
    if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
    return true
  }
}

extension Terminal {
  /// The height in lines of the terminal on the descriptor, or nil when it is not a terminal.
  package static func height(of descriptor: Int32) -> Int? {
    var size = winsize()
    guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 else { return nil }
    return Int(size.ws_row)
  }
}
