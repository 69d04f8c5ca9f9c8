import Foundation
import ReclaimCore

/// How the caller retries a provider call that failed with ``ProviderAction/retry(after:)``.
///
/// The wait after failed attempt `n` is `max(Retry-After, backoff.delay(n, jitter))`: the provider's
/// request is honoured and jittered exponential backoff applies on top when it asked for less.
/// Sends whose outcome is unknown are not retried unless the provider deduplicates
/// (``retryUnknownOutcome``), because a second text may reach the shopper.
public struct ProviderRetryPolicy: Sendable, Hashable {
    /// Attempts in all, the first included.
    public var maxAttempts: Int
    /// Exponential backoff with jitter.
    public var backoff: RetryBackoff
    /// Longest wait accepted in process; a longer `Retry-After` ends the loop so the job queue can reschedule.
    public var maxWait: TimeInterval
    /// Whether to retry errors with ``ProviderError/outcomeUnknown`` (only safe with provider-side deduplication).
    public var retryUnknownOutcome: Bool

    /// Three attempts, 1 s base backoff capped at 30 s, waits up to 60 s, no retry of unknown outcomes.
    public static let standard = ProviderRetryPolicy()

    /// Creates a policy.
    /// - Parameters:
    ///   - maxAttempts: Attempts in all (at least 1).
    ///   - backoff: Backoff between attempts.
    ///   - maxWait: Longest single wait accepted in process.
    ///   - retryUnknownOutcome: Whether to repeat sends that may have been accepted.
    public init(
        maxAttempts: Int = 3, backoff: RetryBackoff = RetryBackoff(base: 1, cap: 30), maxWait: TimeInterval = 60,
        retryUnknownOutcome: Bool = false
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.backoff = backoff
        self.maxWait = maxWait
        self.retryUnknownOutcome = retryUnknownOutcome
    }

    /// Seconds to wait before the next attempt, or `nil` when the error must not be retried here.
    /// - Parameters:
    ///   - error: The failure.
    ///   - attempt: The attempt that failed, from 1.
    ///   - jitter: A number in `0...1`.
    /// - Returns: The wait, or `nil` to give up and rethrow.
    public func delay(after error: ProviderError, attempt: Int, jitter: Double) -> TimeInterval? {
        guard case .retry(let after) = error.action, attempt < self.maxAttempts else { return nil }
        if error.outcomeUnknown && !self.retryUnknownOutcome { return nil }
        let wait = max(RetryAfter.clamp(after ?? 0), self.backoff.delay(attempt: attempt, jitter: jitter))
        return wait <= self.maxWait ? wait : nil
    }
}

extension ProviderError {
    /// When a durable job should try again, for dispatchers that reschedule instead of sleeping.
    /// - Parameters:
    ///   - attempt: The attempt that failed, from 1.
    ///   - backoff: The backoff policy.
    ///   - jitter: A number in `0...1`.
    ///   - now: The current time.
    /// - Returns: `now + max(Retry-After, backoff)`, or `nil` when the action is not a retry.
    public func retryDate(attempt: Int, backoff: RetryBackoff = .standard, jitter: Double, now: Date) -> Date? {
        guard case .retry(let after) = self.action else { return nil }
        // `after` is clamped again: a ProviderError built by hand may carry any number.
        return now.addingTimeInterval(max(RetryAfter.clamp(after ?? 0), backoff.delay(attempt: attempt, jitter: jitter)))
    }
}

/// Runs a provider call with in-process retries, for short transient failures such as a 429.
///
/// ```swift
/// let result = try await ProviderRetry.run(policy: .standard) { _ in
///     try await provider.send(request)
/// }
/// ```
public enum ProviderRetry {
    /// Calls `operation` until it succeeds, fails for good, or the policy gives up.
    /// - Parameters:
    ///   - policy: Attempts, backoff and limits.
    ///   - jitter: Source of jitter in `0...1` (fixed in tests).
    ///   - sleep: How to wait (`Task.sleep` by default; tests may record instead).
    ///   - operation: The call, given the attempt number from 1.
    /// - Returns: The first successful result.
    /// - Throws: The last error when it is not retryable under the policy or attempts run out.
    public static func run<T: Sendable>(
        policy: ProviderRetryPolicy = .standard,
        jitter: @Sendable () -> Double = { Double.random(in: 0...1) },
        sleep: @Sendable (TimeInterval) async throws -> Void = { try await Task.sleep(for: .seconds($0)) },
        _ operation: (_ attempt: Int) async throws -> T
    ) async throws -> T {
        var attempt = 1
        while true {
            do {
                return try await operation(attempt)
            } catch let error as ProviderError {
                guard let wait = policy.delay(after: error, attempt: attempt, jitter: jitter()) else { throw error }
                try await sleep(wait)
                attempt += 1
            }
        }
    }
}
