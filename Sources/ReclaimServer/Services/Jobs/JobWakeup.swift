import Foundation

/// Wakes an idle job worker when work that is due now has been queued, so an answer to a shopper
/// does not wait out the worker's poll interval (0.2 s by default). Polling stays as the fallback:
/// a signal only shortens a wait, and a missed one costs at most one interval.
///
/// ```swift
/// try await outbox.enqueue(reply)      // commits the message and its dispatch job
/// jobWakeup.signal()                   // the worker claims it now
/// ```
public final class JobWakeup: @unchecked Sendable {
    /// Why a ``wait(upTo:)`` ended.
    public enum Ending: Sendable, Hashable {
        /// A ``signal()`` came, before or during the wait.
        case signalled
        /// The whole duration passed.
        case timedOut
        /// The waiting task was cancelled.
        case cancelled
    }

    // @unchecked: every stored property is read and written only under `lock`.
    private let lock = NSLock()
    private var waiters: [Int: CheckedContinuation<Ending, Never>] = [:]
    private var signalled = false
    private var expired: [Int: Ending] = [:]
    private var nextRound = 0

    /// Creates a signal.
    public init() {}

    /// Wakes every waiting worker, or the next one to wait.
    public func signal() {
        let woken: [CheckedContinuation<Ending, Never>] = self.lock.withLock {
            guard !self.waiters.isEmpty else {
                self.signalled = true
                return []
            }
            defer { self.waiters.removeAll() }
            return Array(self.waiters.values)
        }
        for waiter in woken { waiter.resume(returning: .signalled) }
    }

    /// Returns after `duration`, on a ``signal()``, or at once if one came since the last wait.
    /// Cancellation ends the wait too.
    /// - Returns: why it ended, whatever the time it took.
    @discardableResult
    func wait(upTo duration: Duration) async -> Ending {
        let round: Int? = self.lock.withLock {
            if self.signalled {
                self.signalled = false
                return nil
            }
            self.nextRound += 1
            return self.nextRound
        }
        guard let round else { return .signalled }
        return await withTaskGroup(of: Void.self) { group in
            group.addTask {
                let ending: Ending
                do {
                    try await Task.sleep(for: duration)
                    ending = .timedOut
                } catch {
                    ending = .cancelled
                }
                self.expire(round, ending)
            }
            let ending = await withCheckedContinuation { (continuation: CheckedContinuation<Ending, Never>) in
                let endedAlready: Ending? = self.lock.withLock {
                    if self.signalled {
                        self.signalled = false
                        return .signalled
                    }
                    if let ending = self.expired.removeValue(forKey: round) { return ending }
                    self.waiters[round] = continuation
                    return nil
                }
                if let endedAlready { continuation.resume(returning: endedAlready) }
            }
            group.cancelAll()
            await group.waitForAll()
            // A round woken by a signal may have been marked by its cancelled timer: forget it.
            self.lock.withLock { _ = self.expired.removeValue(forKey: round) }
            return ending
        }
    }

    /// Ends round `round`'s wait (its time is up, or it was cancelled).
    private func expire(_ round: Int, _ ending: Ending) {
        let waiter: CheckedContinuation<Ending, Never>? = self.lock.withLock {
            if let waiter = self.waiters.removeValue(forKey: round) { return waiter }
            // Not waiting yet (it will see this) or already woken by a signal (nothing to do).
            if self.nextRound == round { self.expired[round] = ending }
            return nil
        }
        waiter?.resume(returning: ending)
    }
}
