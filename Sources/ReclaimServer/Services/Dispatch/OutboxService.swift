import Foundation
import ReclaimCore
import ReclaimStore
import SQLKit

/// Puts outbound messages into the outbox: the row (status `pending`, unique by its idempotency key)
/// and the `message.dispatch` job that sends it, in one transaction, so a message is never stored
/// without the job that sends it, nor sent without its row.
public struct OutboxService: Sendable {
    /// Source of "now".
    let clock: any WallClock
    /// The open database, for transactions.
    let database: ReclaimDatabase
    /// Wakes the idle job worker after a commit that queued work due now.
    let jobWakeup: JobWakeup

    /// Stores `message` as pending, with the tracked links, unsubscribe token and discount code its body
    /// carries (a new code supersedes the cart's earlier ones),
    /// and schedules its dispatch at `sendAt`.
    /// - Returns: The stored message, or the existing one when its idempotency key was used before
    ///   (the same step of the same cart is never queued twice; the new links are then not stored).
    public func enqueue(
        _ message: Message, links: [TrackedLink] = [], unsubscribe: UnsubscribeToken? = nil, discount: Discount? = nil,
        sendAt: Date? = nil
    ) async throws -> InsertOutcome<Message> {
        let now = self.clock.now()
        let outcome = try await self.database.transaction { db in
            try await Self.store(
                message, links: links, unsubscribe: unsubscribe, discount: discount, sendAt: sendAt, in: db, now: now)
        }
        // Committed: a message due now is claimed at once rather than at the worker's next poll.
        if case .inserted = outcome, (sendAt ?? now) <= now { self.jobWakeup.signal() }
        return outcome
    }

    /// ``enqueue(_:links:unsubscribe:discount:sendAt:)`` inside the caller's transaction `db`, so the
    /// message commits or rolls back with the caller's other writes. The caller signals the worker's
    /// ``JobWakeup`` once it has committed.
    /// - Returns: The stored message, or the existing one holding its idempotency key.
    static func store(
        _ message: Message, links: [TrackedLink] = [], unsubscribe: UnsubscribeToken? = nil, discount: Discount? = nil,
        sendAt: Date? = nil, in db: any SQLDatabase, now: Date
    ) async throws -> InsertOutcome<Message> {
        var message = message
        message.status = .pending
        let repositories = ReclaimRepositories(database: db)
        let outcome = try await repositories.messages.insertOutbound(message)
        if case .inserted(let stored) = outcome {
            for link in links { _ = try await repositories.links.create(link) }
            if let unsubscribe { try await repositories.unsubscribes.create(unsubscribe) }
            if let discount, case .inserted(let issued) = try await repositories.discounts.insert(discount) {
                _ = try await repositories.discounts.supersede(cartID: issued.cartID, keepingID: issued.id)
            }
            let job = DispatchJob(messageID: stored.id)
            _ = try await JobQueue(db).enqueue(
                kind: MessageDispatcher.jobKind, payload: job, runAt: sendAt ?? now, uniqueKey: job.uniqueKey, now: now)
        }
        return outcome
    }
}
