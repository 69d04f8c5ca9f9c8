import Foundation
import SQLKit

/// Jobs per state, for `/metrics` and the dashboard.
public struct JobCounts: Sendable, Hashable {
    /// Waiting, due or not.
    public var pending: Int
    /// Leased to a worker (including expired leases not yet reclaimed).
    public var running: Int
    /// Finished successfully (until retention deletes them).
    public var done: Int
    /// Gave up.
    public var dead: Int
    /// Cancelled before running.
    public var cancelled: Int
    /// Claimable at the `now` given to ``JobQueue/counts(now:)``: due pending jobs plus expired leases.
    /// The backlog a healthy worker pool keeps near zero.
    public var claimable: Int

    /// Creates counts.
    public init(pending: Int = 0, running: Int = 0, done: Int = 0, dead: Int = 0, cancelled: Int = 0, claimable: Int = 0) {
        self.pending = pending
        self.running = running
        self.done = done
        self.dead = dead
        self.cancelled = cancelled
        self.claimable = claimable
    }

    /// The count for `state`.
    public subscript(state: JobState) -> Int {
        switch state {
        case .pending: self.pending
        case .running: self.running
        case .done: self.done
        case .dead: self.dead
        case .cancelled: self.cancelled
        }
    }
}

extension JobQueue {
    /// Cancels the pending jobs holding any of `uniqueKeys`, in one statement.
    /// - Returns: How many jobs were cancelled.
    @discardableResult
    public func cancel(uniqueKeys: [String], now: Date) async throws -> Int {
        guard !uniqueKeys.isEmpty else { return 0 }
        return try await self.sql.raw(
            """
            UPDATE jobs SET state = 'cancelled', updated_at = \(bind: now.epochMilliseconds) \
            WHERE unique_key IN (\(binds: Array(Set(uniqueKeys)))) AND \(unsafeRaw: Self.liveStates) AND state = 'pending' \
            RETURNING id
            """
        ).all().count
    }

    /// Cancels the pending jobs holding `uniqueKey` (a running job finishes its attempt).
    /// - Parameters:
    ///   - uniqueKey: The key given at enqueue.
    ///   - now: The current time.
    /// - Returns: How many jobs were cancelled (0 or 1, as a key has at most one live job).
    @discardableResult
    public func cancel(uniqueKey: String, now: Date) async throws -> Int {
        // The live-state list is spelled out (not bound) so that the planner can prove the partial
        // unique index `jobs_live_unique_key` covers the statement; a bound state scans the table.
        try await self.sql.raw(
            """
            UPDATE jobs SET state = 'cancelled', updated_at = \(bind: now.epochMilliseconds) \
            WHERE unique_key = \(bind: uniqueKey) AND \(unsafeRaw: Self.liveStates) AND state = 'pending' \
            RETURNING id
            """
        ).all().count
    }

    /// Cancels one pending job.
    /// - Parameters:
    ///   - id: The job's id.
    ///   - now: The current time.
    /// - Returns: Whether it was pending and is now cancelled.
    @discardableResult
    public func cancel(id: String, now: Date) async throws -> Bool {
        try await !self.sql.update("jobs")
            .set("state", to: JobState.cancelled.rawValue)
            .set("updated_at", to: now.epochMilliseconds)
            .where("id", .equal, id)
            .where("state", .equal, JobState.pending.rawValue)
            .returning("id")
            .all().isEmpty
    }

    /// When the earliest pending job becomes due, or `nil` when none is pending.
    ///
    /// The live states are spelled out so that SQLite reads the live partial index (a few rows) rather
    /// than the whole table: `state = 'pending'` alone does not imply the index's predicate to its planner.
    public func nextPendingRunAt() async throws -> Date? {
        let row = try await self.sql.raw(self.nextPendingQuery()).first()
        guard let millis = try row?.decode(column: "due", as: Int?.self) else { return nil }
        return Date(timeIntervalSince1970: Double(millis) / 1000)
    }

    /// The statement of ``nextPendingRunAt()``.
    func nextPendingQuery() -> SQLQueryString {
        "SELECT MIN(run_at) AS due FROM jobs WHERE \(unsafeRaw: Self.liveStates) AND state = 'pending'"
    }

    /// Reads one job.
    /// - Parameter id: The job's id.
    /// - Returns: The job, or `nil` if there is none (or retention deleted it).
    public func get(id: String) async throws -> Job? {
        try await self.sql.select().columns(Self.columns.map { SQLColumn($0) }).from("jobs")
            .where("id", .equal, id)
            .first().map(Self.row)
    }

    /// Counts jobs per state in one statement; both halves read only the partial indexes.
    /// - Parameter now: The time at which ``JobCounts/claimable`` is evaluated.
    /// - Returns: The counts.
    public func counts(now: Date) async throws -> JobCounts {
        let nowMillis = now.epochMilliseconds
        let rows = try await self.sql.raw(
            """
            SELECT state, COUNT(*) AS n, \
            COUNT(CASE WHEN run_at <= \(bind: nowMillis) AND (state = 'pending' OR lease_expires_at <= \(bind: nowMillis)) \
            THEN 1 END) AS claimable \
            FROM jobs WHERE \(unsafeRaw: Self.liveStates) GROUP BY state \
            UNION ALL \
            SELECT state, COUNT(*) AS n, 0 AS claimable FROM jobs WHERE \(unsafeRaw: Self.finishedStates) GROUP BY state
            """
        ).all()
        var counts = JobCounts()
        for row in rows {
            let n = try row.decode(column: "n", as: Int.self)
            counts.claimable += try row.decode(column: "claimable", as: Int.self)
            switch JobState(rawValue: try row.decode(column: "state", as: String.self)) {
            case .pending: counts.pending = n
            case .running: counts.running = n
            case .done: counts.done = n
            case .dead: counts.dead = n
            case .cancelled: counts.cancelled = n
            case nil: break
            }
        }
        return counts
    }

    /// Deletes finished jobs last changed before `before`: the retention sweep.
    /// - Parameters:
    ///   - states: Which finished states to delete; default done and cancelled (dead jobs stay for inspection).
    ///     Live states are ignored.
    ///   - before: Jobs whose `updated_at` is earlier are deleted.
    ///   - limit: Most rows per call, to keep each transaction short; call again while it returns `limit`.
    /// - Returns: How many jobs were deleted.
    @discardableResult
    public func purgeFinished(
        states: Set<JobState> = [.done, .cancelled], before: Date, limit: Int = 10_000
    ) async throws -> Int {
        let finished = states.filter { !$0.isLive }.map { "'\($0.rawValue)'" }.sorted()
        guard !finished.isEmpty, limit >= 1 else { return 0 }
        return try await self.sql.raw(
            """
            DELETE FROM jobs WHERE id IN (SELECT id FROM jobs WHERE \(unsafeRaw: Self.finishedStates) \
            AND state IN (\(unsafeRaw: finished.joined(separator: ", "))) \
            AND updated_at < \(bind: before.epochMilliseconds) LIMIT \(literal: limit)) RETURNING id
            """
        ).all().count
    }
}
