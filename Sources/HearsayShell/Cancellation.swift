import Synchronization

/// How long-running work learns that the user wants it stopped.
///
/// The interactive shell uses `.interruptSignal` (Ctrl-C); scripts and pipes use `.never`, as
/// Ctrl-C simply ends them; tests use a `Flag` they raise themselves.
package struct Cancellation: Sendable {
  /// Whether a stop was asked for since the last `reset`.
  package var isRequested: @Sendable () -> Bool
  /// Forgets an earlier request; called before each piece of work starts.
  package var reset: @Sendable () -> Void
  /// Whether this is `.never`, so work can run on the calling thread.
  package let isNever: Bool

  package init(isRequested: @escaping @Sendable () -> Bool, reset: @escaping @Sendable () -> Void) {
    self.isRequested = isRequested
    self.reset = reset
    self.isNever = false
  }

  private init() {
    isRequested = { false }
    reset = {}
    isNever = true
  }

  /// Never requested.
  package static let never = Cancellation()

  /// Requested by Ctrl-C, once `InterruptSignal.install()` has run.
  package static let interruptSignal = Cancellation(
    isRequested: { InterruptSignal.isRequested }, reset: { InterruptSignal.reset() })

  /// A flag that can be raised from any thread.
  package final class Flag: Sendable {
    private let raised = Atomic<Bool>(false)

    package init() {}

    package func raise() { raised.store(true, ordering: .relaxed) }

    package var isRaised: Bool { raised.load(ordering: .relaxed) }

    /// A cancellation requested when the flag is raised; `reset` lowers it.
    package var cancellation: Cancellation {
      Cancellation(
        isRequested: { self.raised.load(ordering: .relaxed) },
        reset: { self.raised.store(false, ordering: .relaxed) })
    }
  }
}
