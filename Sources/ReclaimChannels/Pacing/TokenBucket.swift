import Foundation

/// A token bucket that paces sends to a sender's throughput; pure and `Codable` so that its state can
/// live in a database row shared by every process.
///
/// The bucket holds up to ``capacity`` tokens and refills at ``refillPerSecond``. Each send reserves
/// its cost (one token per SMS segment); when the bucket is short, the reservation goes into debt and
/// ``reserve(now:cost:)`` returns the instant the send may go. Reservations are therefore FIFO and never
/// oversubscribe the rate, even when many senders reserve at once.
///
/// ```swift
/// var bucket = TokenBucket(throughput: .longCode, now: now)
/// let sendAt = bucket.reserve(now: now, cost: Double(segments))   // sleep until sendAt, then send
/// ```
public struct TokenBucket: Sendable, Hashable, Codable {
    /// Largest burst, in tokens.
    public var capacity: Double
    /// Tokens added per second.
    public var refillPerSecond: Double
    /// Tokens available at ``updatedAt``; negative while reservations are queued.
    public var tokens: Double
    /// When ``tokens`` was last computed.
    public var updatedAt: Date

    /// Creates a full bucket.
    /// - Parameters:
    ///   - capacity: Largest burst (at least 1).
    ///   - refillPerSecond: Rate in tokens per second (must be positive).
    ///   - now: The current time.
    public init(capacity: Double, refillPerSecond: Double, now: Date) {
        self.capacity = max(1, capacity)
        self.refillPerSecond = max(refillPerSecond, .leastNonzeroMagnitude)
        self.tokens = self.capacity
        self.updatedAt = now
    }

    /// Creates a full bucket for a sender's throughput.
    /// - Parameters:
    ///   - throughput: Segments per second and burst.
    ///   - now: The current time.
    public init(throughput: SenderThroughput, now: Date) {
        self.init(capacity: throughput.burst, refillPerSecond: throughput.segmentsPerSecond, now: now)
    }

    /// Tokens that would be available at `now` (negative while earlier reservations are still waiting).
    /// - Parameter now: The current time.
    /// - Returns: The refilled balance, at most ``capacity``.
    public func available(at now: Date) -> Double {
        let elapsed = max(0, now.timeIntervalSince(self.updatedAt))
        return min(self.capacity, self.tokens + elapsed * self.refillPerSecond)
    }

    /// Reserves `cost` tokens and returns when the send may go.
    /// - Parameters:
    ///   - now: The current time.
    ///   - cost: Tokens to take (SMS segments; at least 0).
    /// - Returns: `now` when the tokens were there, else the instant the debt is repaid.
    public mutating func reserve(now: Date, cost: Double = 1) -> Date {
        let balance = self.available(at: now) - max(0, cost)
        self.tokens = balance
        self.updatedAt = max(now, self.updatedAt)
        if balance >= 0 { return now }
        return now.addingTimeInterval(-balance / self.refillPerSecond)
    }

    /// Whether `cost` tokens are available now, taking them if so (for callers that would rather skip than wait).
    /// - Parameters:
    ///   - now: The current time.
    ///   - cost: Tokens to take.
    /// - Returns: `true` when the tokens were taken.
    public mutating func tryTake(now: Date, cost: Double = 1) -> Bool {
        let balance = self.available(at: now)
        guard balance >= cost else { return false }
        self.tokens = balance - cost
        self.updatedAt = max(now, self.updatedAt)
        return true
    }

    /// Holds every send until `until`, after a provider 429 or `Retry-After`.
    /// - Parameters:
    ///   - until: The first instant a send may go again.
    ///   - now: The current time.
    public mutating func pause(until: Date, now: Date) {
        let wait = until.timeIntervalSince(now)
        guard wait > 0 else { return }
        // A debt of `wait × rate` tokens delays the next reservation until `until`.
        self.tokens = min(self.available(at: now), -wait * self.refillPerSecond)
        self.updatedAt = max(now, self.updatedAt)
    }
}
