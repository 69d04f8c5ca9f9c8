import Foundation

/// How long to wait before retrying a failed job: capped exponential backoff with optional jitter.
///
/// The delay after attempt `n` (1-based) is `min(cap, base × 2^(n−1))`, then shortened by up to
/// `jitterSpread` of itself: `delay × (1 − jitterSpread × jitter)`. With the defaults (5 s base, 1 h cap,
/// spread ½) attempt 1 waits 2.5–5 s, attempt 4 waits 20–40 s, and from attempt 11 on 30–60 min.
/// Randomness stays outside: the caller passes `jitter` in `0...1` (`.random(in: 0...1)` in production,
/// a fixed value in tests).
///
/// ```swift
/// let retryAt = RetryBackoff.standard.retryDate(attempt: job.attempts, jitter: .random(in: 0...1), now: now)
/// ```
public struct RetryBackoff: Sendable, Hashable, Codable {
    /// Delay after the first attempt, in seconds.
    public var base: TimeInterval
    /// Longest delay, in seconds.
    public var cap: TimeInterval
    /// Largest fraction of the delay that jitter may remove, in `0...1`.
    public var jitterSpread: Double

    /// 5 s base, 1 h cap, jitter removing up to half of the delay.
    public static let standard = RetryBackoff()

    /// Creates a policy.
    /// - Parameters:
    ///   - base: Delay after the first attempt, in seconds (default 5).
    ///   - cap: Longest delay, in seconds (default 3,600).
    ///   - jitterSpread: Largest fraction of the delay jitter may remove (default 0.5), clamped to `0...1`.
    public init(base: TimeInterval = 5, cap: TimeInterval = 3_600, jitterSpread: Double = 0.5) {
        self.base = max(0, base)
        self.cap = max(0, cap)
        self.jitterSpread = min(1, max(0, jitterSpread))
    }

    /// Seconds to wait after failed attempt number `attempt`.
    /// - Parameters:
    ///   - attempt: The attempt that just failed, counting from 1 (values below 1 count as 1).
    ///   - jitter: A number in `0...1` (clamped); `0` gives the full delay, `1` the shortest.
    /// - Returns: `min(cap, base × 2^(attempt−1)) × (1 − jitterSpread × jitter)`.
    public func delay(attempt: Int, jitter: Double = 0) -> TimeInterval {
        let exponent = Double(max(1, attempt) - 1)
        // 2^exponent overflows to +infinity for huge attempts; min() then returns the cap.
        let raw = min(self.cap, self.base * pow(2, exponent))
        let clampedJitter = jitter.isNaN ? 0 : min(1, max(0, jitter))
        return raw * (1 - self.jitterSpread * clampedJitter)
    }

    /// When to retry after failed attempt number `attempt`.
    /// - Parameters:
    ///   - attempt: The attempt that just failed, counting from 1.
    ///   - jitter: A number in `0...1`.
    ///   - now: The current time.
    /// - Returns: `now + delay(attempt:jitter:)`.
    public func retryDate(attempt: Int, jitter: Double = 0, now: Date) -> Date {
        now.addingTimeInterval(self.delay(attempt: attempt, jitter: jitter))
    }
}
