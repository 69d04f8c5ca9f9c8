import Foundation

/// Wakes an idle job worker when work that is due now has been queued, so an answer to a shopper
/// does not wait out the worker's poll interval (0.2 s by default). Polling stays as the fallback:
/// a signal only shortens a wait, and a missed one costs at most one interval.
///
/// ```swift
/// try await outbox.enqueue(reply)      // commits the message and its dispatch job
/// dependencies.jobWakeup.signal()      // the worker claims it now
/// ```
public final class JobWakeup: @unchecked Sendable {
    // @unchecked: every stored property is read and written only under `lock`.
    private let lock = NSLock()
    private var waiters: [Int: CheckedContinuation<Void, Never>] = [:]
    private var signalled = false
    private var expired: Set<Int> = []
    private var nextRound = 0

    /// Creates a signal.
    public init() {}

    /// Wakes every waiting worker, or the next one to wait.
    public func signal() {
        let woken: [CheckedContinuation<Void, Never>] = self.lock.withLock {
            guard !self.waiters.isEmpty else {
                self.signalled = true
                return []
            }
            defer { self.waiters.removeAll() }
            return Array(self.waiters.values)
        }
        for waiter in woken { waiter.resume() }
    }

    /// Returns after `duration`, on a ``signal()``, or at once if one came since the last wait.
    /// Cancellation ends the wait too.
    func wait(upTo duration: Duration) async {
        let round: Int? = self.lock.withLock {
            if self.signalled {
                self.signalled = false
                return nil
            }
            self.nextRound += 1
            return self.nextRound
        }
        guard let round else { return }
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                try? await Task.sleep(for: duration)
                self.expire(round)
            }
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let resumeNow: Bool = self.lock.withLock {
                    if self.signalled || self.expired.contains(round) {
                        self.signalled = false
                        self.expired.remove(round)
                        return true
                    }
                    self.waiters[round] = continuation
                    return false
                }
                if resumeNow { continuation.resume() }
            }
            group.cancelAll()
        }
    }

    /// Ends round `round`'s wait (its time is up, or it was cancelled).
    private func expire(_ round: Int) {
        let waiter: CheckedContinuation<Void, Never>? = self.lock.withLock {
            if let waiter = self.waiters.removeValue(forKey: round) { return waiter }
            // Not waiting yet (it will see this) or already woken by a signal (nothing to do).
            if self.nextRound == round { self.expired.insert(round) }
            return nil
        }
        waiter?.resume()
    }
}
