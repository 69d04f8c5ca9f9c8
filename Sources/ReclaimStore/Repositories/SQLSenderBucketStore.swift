import Foundation
import SQLKit

/// A sender's stored token bucket: what is left and when it was last changed.
public struct StoredSenderBucket: Sendable, Hashable {
    /// Tokens left (may be negative: reservations ahead of time).
    public var tokens: Double
    /// When `tokens` was computed.
    public var updatedAt: Date

    /// Creates a stored bucket.
    public init(tokens: Double, updatedAt: Date) {
        self.tokens = tokens
        self.updatedAt = updatedAt
    }
}

/// Token buckets per sender, shared by every process using the database, so that two instances
/// together stay under a sender's throughput.
///
/// ``update(sender:_:)`` reads, changes and writes one bucket inside one transaction: SQLite's
/// `BEGIN IMMEDIATE` serializes writers; PostgreSQL locks the row with `FOR UPDATE`.
public struct SQLSenderBucketStore: Sendable {
    static let table = "sender_buckets"

    /// The database the buckets live in.
    public let database: ReclaimDatabase

    /// Creates a store over `database`.
    public init(database: ReclaimDatabase) {
        self.database = database
    }

    /// Reads the sender's bucket (`nil` when it has none yet), lets `change` compute the new one, and
    /// stores it, atomically with respect to every other process.
    /// - Returns: What `change` returns besides the new bucket.
    public func update<T: Sendable>(
        sender: String, _ change: @Sendable (StoredSenderBucket?) -> (StoredSenderBucket, T)
    ) async throws -> T {
        let dialect = self.database.dialect
        return try await self.database.transaction { db in
            var select = db.select().columns("tokens", "updated_at").from(Self.table).where("sender", .equal, sender)
            if dialect == .postgres { select = select.for(.update) }
            let current = try await select.first().map { row in
                StoredSenderBucket(tokens: try row.decode(column: "tokens", as: Double.self), updatedAt: try row.date("updated_at"))
            }
            let (next, result) = change(current)
            try await db.insert(into: Self.table)
                .columns("sender", "tokens", "updated_at")
                .values(SQLBind(sender), SQLBind(next.tokens), SQLBind(SQLTime.millis(next.updatedAt)))
                .onConflict(with: ["sender"]) {
                    $0.set(excludedValueOf: "tokens").set(excludedValueOf: "updated_at")
                }
                .run()
            return result
        }
    }
}
