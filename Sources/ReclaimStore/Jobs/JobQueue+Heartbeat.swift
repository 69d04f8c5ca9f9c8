import Foundation
import ReclaimCore
import SQLKit

extension JobQueue {
    /// Extends the lease of every job `worker` holds to `now + lease`, in one statement: the heartbeat of
    /// a running worker, so a long batch keeps its jobs while a dead worker's jobs expire after one short
    /// lease and are claimed again at once.
    ///
    /// Only running jobs whose lease has not expired yet are extended: a job whose lease ran out may
    /// already belong to another worker (a claim takes expired jobs), and a late heartbeat must not
    /// take it back.
    /// - Parameters:
    ///   - worker: The lease owner, as passed to ``claim(limit:lease:worker:now:)``.
    ///   - lease: Seconds from `now`.
    ///   - now: The current time.
    /// - Returns: How many jobs were extended.
    @discardableResult
    public func extendLeases(worker: String, by lease: TimeInterval, now: Date) async throws -> Int {
        guard lease > 0 else { throw JobQueueError.invalidArgument("lease must be positive") }
        let rows = try await self.sql.update("jobs")
            .set("lease_expires_at", to: now.addingTimeInterval(lease).epochMilliseconds)
            .where("state", .equal, JobState.running.rawValue)
            .where("lease_owner", .equal, worker)
            .where("lease_expires_at", .greaterThan, now.epochMilliseconds)
            .returning("id")
            .all()
        return rows.count
    }

    /// The unique keys of the live (pending or running) jobs of `kind` that start with `prefix`: what a
    /// recovery pass checks before queueing a job whose earlier one may still be waiting.
    /// - Parameters:
    ///   - kind: The job kind.
    ///   - prefix: The start every returned key has (`LIKE prefix%`, with `%` and `_` escaped).
    /// - Returns: The keys.
    public func liveUniqueKeys(kind: String, prefix: String = "") async throws -> Set<String> {
        let pattern =
            prefix.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
        let rows = try await self.sql.raw(
            """
            SELECT unique_key FROM jobs WHERE \(unsafeRaw: Self.liveStates) AND kind = \(bind: kind) \
            AND unique_key LIKE \(bind: pattern) ESCAPE '\\'
            """
        ).all()
        return Set(try rows.map { try $0.decode(column: "unique_key", as: String.self) })
    }
}
