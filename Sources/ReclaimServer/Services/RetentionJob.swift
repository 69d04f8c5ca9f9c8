import Foundation
import Logging
import ReclaimCore
import ReclaimStore

/// The daily `retention.sweep` job: deletes finished jobs older than `retention.jobs_days` and
/// replaces the text of inbound messages older than `retention.days` (top-level `retention:` in
/// `reclaim.yml`, for every store).
///
/// Each run schedules the next for 03:00 UTC the following day. Runs are keyed by that date
/// (`retention.sweep:2026-11-24`), so ``scheduleComplianceJobs(_:)`` at every start-up joins the
/// existing chain instead of starting a second one.
public struct RetentionJob: Sendable {
    /// The job kind.
    public static let kind = "retention.sweep"

    let dependencies: AppDependencies

    /// Creates the job over the application's dependencies.
    public init(_ dependencies: AppDependencies) {
        self.dependencies = dependencies
    }

    /// Empty payload: everything comes from configuration.
    struct Payload: Codable, Sendable {}

    /// What one sweep removed.
    public struct Summary: Sendable, Hashable {
        /// Finished jobs deleted.
        public var jobs: Int
        /// Inbound message bodies replaced.
        public var messages: Int
    }

    /// Sweeps once.
    /// - Parameter now: The instant of the run.
    /// - Returns: What was removed.
    @discardableResult
    public func sweep(now: Date) async throws -> Summary {
        let retention = self.dependencies.configuration.retention
        var jobs = 0
        let jobCutoff = now.addingTimeInterval(-Double(max(retention.jobsDays, 1)) * 86_400)
        while true {
            let deleted = try await self.dependencies.queue.purgeFinished(before: jobCutoff, limit: 10_000)
            jobs += deleted
            if deleted < 10_000 { break }
        }
        let messageCutoff = now.addingTimeInterval(-Double(max(retention.days, 1)) * 86_400)
        let messages = try await self.dependencies.repositories.messages.expireInboundBodies(
            before: messageCutoff, at: now)
        return Summary(jobs: jobs, messages: messages)
    }

    /// Enqueues the next run (03:00 UTC after `now`) unless it is already pending.
    /// - Returns: What the queue did.
    @discardableResult
    public func scheduleNext(after now: Date) async throws -> EnqueueResult {
        let runAt = Self.nextRun(after: now)
        return try await self.dependencies.queue.enqueue(
            kind: Self.kind, payload: Payload(), runAt: runAt, uniqueKey: Self.uniqueKey(runAt), maxAttempts: 5,
            now: now)
    }

    /// The job handler: sweep, then schedule tomorrow's run.
    public func handle(_ job: Job, _ context: JobRunContext) async throws {
        let summary = try await self.sweep(now: context.now)
        context.logger.info("retention sweep", metadata: ["jobs": "\(summary.jobs)", "messages": "\(summary.messages)"])
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

/// Schedules the compliance engine's recurring jobs (the daily retention sweep). Call once at
/// start-up, e.g. from `app.beforeServerStarts`; calling it again is harmless.
/// - Parameter dependencies: Shared application state.
/// - Throws: Database errors.
public func scheduleComplianceJobs(_ dependencies: AppDependencies) async throws {
    try await RetentionJob(dependencies).scheduleNext(after: dependencies.clock.now())
}
