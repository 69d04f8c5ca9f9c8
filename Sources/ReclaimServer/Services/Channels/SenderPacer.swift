import Foundation
import ReclaimChannels
import ReclaimStore

/// Paces sends per sender with a token bucket stored in the database, so every process sharing the
/// database draws from the same bucket. A reservation returns the instant the message may leave;
/// the dispatcher reschedules its job to that instant instead of waiting.
public struct SenderPacer: Sendable {
    let buckets: SQLSenderBucketStore

    /// Creates a pacer over the database.
    public init(database: ReclaimDatabase) {
        self.buckets = SQLSenderBucketStore(database: database)
    }

    /// Reserves `segments` tokens of the sender's bucket.
    /// - Parameters:
    ///   - key: The sender's pacing key (``StoreChannels/pacingKey``).
    ///   - throughput: The sender's rate and burst.
    ///   - segments: Tokens to take (one per segment).
    ///   - now: The current instant.
    /// - Returns: When the message may be sent: `now` when tokens are available, later otherwise.
    public func reserve(key: String, throughput: SenderThroughput, segments: Int, now: Date) async throws -> Date {
        try await self.buckets.update(sender: key) { stored in
            var bucket = Self.bucket(stored, throughput: throughput, now: now)
            let slot = bucket.reserve(now: now, cost: Double(max(1, segments)))
            return (StoredSenderBucket(tokens: bucket.tokens, updatedAt: bucket.updatedAt), slot)
        }
    }

    /// Holds the sender after the provider answered 429, so every process slows down.
    /// - Parameter seconds: How long the provider asked to wait (`Retry-After`), at least one second.
    public func pause(key: String, throughput: SenderThroughput, seconds: TimeInterval, now: Date) async throws {
        try await self.buckets.update(sender: key) { stored in
            var bucket = Self.bucket(stored, throughput: throughput, now: now)
            bucket.pause(until: now.addingTimeInterval(max(1, seconds)), now: now)
            return (StoredSenderBucket(tokens: bucket.tokens, updatedAt: bucket.updatedAt), ())
        }
    }

    /// The sender's bucket as stored (a full one when none is), at the configured throughput.
    static func bucket(_ stored: StoredSenderBucket?, throughput: SenderThroughput, now: Date) -> TokenBucket {
        var bucket = TokenBucket(throughput: throughput, now: now)
        if let stored {
            bucket.tokens = min(bucket.capacity, stored.tokens)
            bucket.updatedAt = stored.updatedAt
        }
        return bucket
    }
}
