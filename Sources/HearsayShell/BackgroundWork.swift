import Dispatch
import Synchronization

/// Runs work on another thread while the calling thread watches for cancellation, so Ctrl-C is
/// answered at once even when the work itself cannot stop mid-step.
///
/// Cancelled work is abandoned: it finishes (or notices the cancellation itself) in the
/// background and its result is dropped, so the caller's state stays as it was.
package enum BackgroundWork {
  /// Runs `work` and returns its result, or nil when `cancellation` was requested first.
  ///
  /// - Parameters:
  ///   - cancellation: polled every `interval` while the work runs.
  ///   - tick: called on the calling thread at each poll, for progress displays.
  package static func run<Result: Sendable>(
    _ work: @escaping @Sendable () -> Result, cancellation: Cancellation,
    interval: DispatchTimeInterval = .milliseconds(20), tick: () -> Void = {}
  ) -> Result? {
    let box = ResultBox<Result>()
    let done = DispatchSemaphore(value: 0)
    DispatchQueue.global(qos: .userInitiated).async {
      box.store(work())
      done.signal()
    }
    while done.wait(timeout: .now() + interval) == .timedOut {
      if cancellation.isRequested() { return nil }
      tick()
    }
    return box.take()
  }
}

/// Hands one value from the worker thread to the waiting one.
private final class ResultBox<Value: Sendable>: Sendable {
  private let value = Mutex<Value?>(nil)

  func store(_ newValue: Value) { value.withLock { $0 = newValue } }

  func take() -> Value? { value.withLock { $0 } }
}
