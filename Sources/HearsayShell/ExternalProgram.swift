#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs a user's program (`$PAGER`, `$EDITOR`) through `/bin/sh`, on the shell's terminal.
///
/// The command is shell text, so `PAGER='less -S'` works; extra arguments are passed as `$1`,
/// `$2`… rather than pasted into it. The program starts with default signal actions, whatever
/// the shell has set for itself.
enum ExternalProgram {
  /// Starts `command`; with `input`, the program's standard input is a pipe whose writing end
  /// is returned.
  static func start(_ command: String, arguments: [String] = [], pipingInput: Bool)
    -> (pid: pid_t, input: Int32?)?
  {
    var ends: [Int32] = [-1, -1]
    if pipingInput {
      guard pipe(&ends) == 0 else { return nil }
      _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    if pipingInput {
      posix_spawn_file_actions_adddup2(&actions, ends[0], 0)
      posix_spawn_file_actions_addclose(&actions, ends[0])
    }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaults = sigset_t()
    sigemptyset(&defaults)
    sigaddset(&defaults, SIGINT)
    sigaddset(&defaults, SIGPIPE)
    sigaddset(&defaults, SIGQUIT)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
    let argv = (["sh", "-c", command, "hearsay"] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let result = posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv, environ)
    if pipingInput { close(ends[0]) }
    guard result == 0 else {
      if pipingInput { close(ends[1]) }
      return nil
    }
    return (pid, pipingInput ? ends[1] : nil)
  }

  /// Waits for the program to end; its exit status, or 128 + the signal that ended it.
  static func wait(for pid: pid_t) -> Int32 {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      guard errno == EINTR else { return -1 }
    }
    let signal = status & 0x7f
    return signal == 0 ? (status >> 8) & 0xff : 128 + signal
  }

  /// Runs `command` with the arguments and waits for it; its status, or nil when it could not
  /// start.
  static func run(_ command: String, arguments: [String]) -> Int32? {
    guard let started = start(command, arguments: arguments, pipingInput: false) else {
      return nil
    }
    return wait(for: started.pid)
  }
}
