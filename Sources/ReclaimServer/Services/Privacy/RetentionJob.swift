import Foundation
import Logging
import ReclaimCore
import ReclaimStore

/// The daily `retention.sweep` job (top-level `retention:` in `reclaim.yml`, for every store): deletes
/// finished jobs (done, dead, cancelled) older than `retention.jobs_days`, replaces the text of inbound
/// messages and deletes conversation turns older than `retention.days`, and forgets webhook delivery ids
/// older than `retention.webhook_deliveries_days` (after every platform's retry window).
///
/// Each run schedules the next for 03:00 UTC the following day. Runs are keyed by that date
/// (`retention.sweep:2026-11-24`), so ``scheduleComplianceJobs(_:)`` at every start-up joins the
/// existing chain instead of starting a second one.
public struct RetentionJob: Sendable {
    /// The job kind.
    public static let kind = "retention.sweep"

    /// The `retention:` section.
    let retention: ReclaimConfiguration.RetentionSection
    /// The durable job queue.
    let queue: JobQueue
    /// The open database, for transactions.
    let database: ReclaimDatabase
    /// Repositories over the database.
    let repositories: ReclaimRepositories
    /// Source of "now".
    let clock: any WallClock

    /// Empty payload: everything comes from configuration.
    struct Payload: Codable, Sendable {}

    /// What one sweep removed.
    public struct Summary: Sendable, Hashable {
        /// Finished jobs deleted (done, dead and cancelled).
        public var jobs: Int
        /// Inbound message bodies replaced.
        public var messages: Int
        /// Conversation turns deleted.
        public var turns = 0
        /// Webhook and event delivery records deleted.
        public var deliveries = 0
    }

    /// Sweeps once.
    /// - Parameter now: The instant of the run.
    /// - Returns: What was removed.
    @discardableResult
    public func sweep(now: Date) async throws -> Summary {
        let retention = self.retention
        func cutoff(_ days: Int) -> Date { now.addingTimeInterval(-Double(max(days, 1)) * 86_400) }
        let jobCutoff = cutoff(retention.jobsDays)
        let jobs = try await Self.drain {
            try await self.queue.purgeFinished(states: [.done, .dead, .cancelled], before: jobCutoff, limit: $0)
        }
        let messageCutoff = cutoff(retention.days)
        let messages = try await self.repositories.messages.expireInboundBodies(
            before: messageCutoff, at: now)
        let turns = try await Self.drain {
            try await self.repositories.conversations.purgeTurns(before: messageCutoff, limit: $0)
        }
        let deliveryCutoff = cutoff(
            max(retention.webhookDeliveriesDays, ReclaimConfiguration.RetentionSection.minimumWebhookDeliveriesDays))
        let deliveries = try await Self.drain {
            try await WebhookDeliveryStore(database: self.database).purge(receivedBefore: deliveryCutoff, limit: $0)
        }
        return Summary(jobs: jobs, messages: messages, turns: turns, deliveries: deliveries)
    }

    /// Calls `purge` with a batch limit until it deletes fewer rows than the limit, so each statement
    /// stays short.
    static func drain(_ purge: (Int) async throws -> Int) async throws -> Int {
        let limit = 10_000
        var total = 0
        while true {
            let deleted = try await purge(limit)
            total += deleted
            if deleted < limit { return total }
        }
    }

    /// Enqueues the next run (03:00 UTC after `now`) unless it is already pending.
    /// - Returns: What the queue did.
    @discardableResult
    public func scheduleNext(after now: Date) async throws -> EnqueueResult {
        let runAt = Self.nextRun(after: now)
        return try await self.queue.enqueue(
            kind: Self.kind, payload: Payload(), runAt: runAt, uniqueKey: Self.uniqueKey(runAt), maxAttempts: 5,
            now: now)
    }

    /// The job handler: sweep, then schedule tomorrow's run.
    public func handle(_ job: Job, _ context: JobRunContext) async throws {
        let summary = try await self.sweep(now: context.now)
        context.logger.info(
            "retention sweep",
            metadata: [
                "jobs": "\(summary.jobs)", "messages": "\(summary.messages)", "turns": "\(summary.turns)",
                "deliveries": "\(summary.deliveries)",
            ])
        try await self.scheduleNext(after: context.now)
    }

    /// 03:00 UTC on the day after `now` (or later today when `now` is before 03:00).
    static func nextRun(after now: Date) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let today = calendar.startOfDay(for: now).addingTimeInterval(3 * 3600)
        return today > now ? today : today.addingTimeInterval(86_400)
    }

    static func uniqueKey(_ runAt: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return "\(Self.kind):\(formatter.string(from: runAt))"
    }
}
