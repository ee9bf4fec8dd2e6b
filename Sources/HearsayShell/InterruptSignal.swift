import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Set by the `SIGINT` handler; the only process-wide state the shell keeps, because a signal
/// handler can reach nothing else.
private let interruptRequested = Atomic<Bool>(false)

/// Ctrl-C while a load or query runs in the interactive shell.
///
/// `install()` sets a plain `sigaction` handler that only stores into an atomic flag; the work
/// in progress polls `isRequested` (through a `Cancellation`) and stops. While a line is being
/// edited the terminal's signal keys are off and Ctrl-C arrives as a key instead (see
/// `LibEditLineReader`).
package enum InterruptSignal {
  /// Replaces the default action of `SIGINT` (ending the process) with setting the flag.
  package static func install() {
    var action = sigaction()
    #if canImport(Glibc)
      action.__sigaction_handler.sa_handler = { _ in
        interruptRequested.store(true, ordering: .relaxed)
      }
    #else
      action.__sigaction_u.__sa_handler = { _ in
        interruptRequested.store(true, ordering: .relaxed)
      }
    #endif
    sigemptyset(&action.sa_mask)
    action.sa_flags = SA_RESTART
    sigaction(SIGINT, &action, nil)
  }

  /// Whether Ctrl-C was pressed since the last `reset()`.
  package static var isRequested: Bool { interruptRequested.load(ordering: .relaxed) }

  /// Forgets an earlier Ctrl-C, before new work starts.
  package static func reset() { interruptRequested.store(false, ordering: .relaxed) }
}
