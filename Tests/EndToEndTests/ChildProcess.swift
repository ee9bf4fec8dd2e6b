import Foundation

/// Starts a program with `posix_spawn`, giving it exactly the descriptors the test chooses, and
/// waits for it with a time limit.
///
/// Every descriptor the tests make is close-on-exec, and making them and spawning happen under
/// one lock, so a child never inherits another test's pipe (which would keep a "closed" pipe
/// open).
enum ChildProcess {
  /// How the child's standard streams are connected.
  enum Streams {
    /// These descriptors become 0, 1 and 2.
    case descriptors(input: Int32, output: Int32, error: Int32)
    /// A new session whose controlling terminal, and standard streams, are this terminal.
    case terminal(path: String)
  }

  struct SpawnError: Error, CustomStringConvertible {
    var code: Int32
    var description: String { "posix_spawn failed: \(String(cString: strerror(code)))" }
  }

  static let lock = NSLock()

  /// glibc's POSIX_SPAWN_SETSID, which Swift does not import.
  private static let setSessionFlag: Int32 = 0x80

  static func spawn(
    _ executable: String, arguments: [String], environment: [String: String], streams: Streams
  ) throws -> pid_t {
    // A child that exits before reading all its input must not kill the test process with
    // SIGPIPE; writes then fail with EPIPE instead. (Children get default signals back below.)
    signal(SIGPIPE, SIG_IGN)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var allSignals = sigset_t()
    sigfillset(&allSignals)
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    var flags = Int32(POSIX_SPAWN_SETSIGDEF) | Int32(POSIX_SPAWN_SETSIGMASK)
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    switch streams {
    case .descriptors(let input, let output, let error):
      posix_spawn_file_actions_adddup2(&actions, input, 0)
      posix_spawn_file_actions_adddup2(&actions, output, 1)
      posix_spawn_file_actions_adddup2(&actions, error, 2)
    case .terminal(let path):
      flags |= setSessionFlag
      // Opened after setsid, the terminal becomes the child's controlling terminal.
      posix_spawn_file_actions_addopen(&actions, 0, path, O_RDWR, 0)
      posix_spawn_file_actions_adddup2(&actions, 0, 1)
      posix_spawn_file_actions_adddup2(&actions, 0, 2)
    }
    posix_spawnattr_setflags(&attributes, Int16(flags))
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var pid: pid_t = 0
    let result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    guard result == 0 else { throw SpawnError(code: result) }
    return pid
  }

  /// Waits for the child to end; its exit status (128 + N when killed by signal N), or nil when
  /// it ran past `timeout` (it is then killed).
  static func wait(
    for pid: pid_t, timeout: Duration = .seconds(20), whileWaiting poll: () -> Void = {}
  ) -> Int32? {
    let deadline = ContinuousClock.now + timeout
    var status: Int32 = 0
    while true {
      let result = waitpid(pid, &status, WNOHANG)
      if result == pid { break }
      if result < 0 && errno != EINTR { return nil }
      if ContinuousClock.now > deadline {
        kill(pid, SIGKILL)
        waitpid(pid, &status, 0)
        return nil
      }
      poll()
      usleep(5_000)
    }
    let signal = status & 0x7f
    return signal == 0 ? (status >> 8) & 0xff : 128 + signal
  }

  /// Opens a file close-on-exec.
  static func open(_ path: String, _ flags: Int32, _ mode: mode_t = 0o600) -> Int32 {
    Glibc.open(path, flags | O_CLOEXEC, mode)
  }

  /// A pipe whose two ends are close-on-exec; call under `lock`.
  static func makePipe() -> (read: Int32, write: Int32) {
    var ends: [Int32] = [-1, -1]
    pipe(&ends)
    _ = fcntl(ends[0], F_SETFD, FD_CLOEXEC)
    _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
    return (ends[0], ends[1])
  }
}
