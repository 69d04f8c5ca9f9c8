import Foundation
import ReclaimCore
import SQLKit

extension JobQueue {
    /// Leases up to `limit` due jobs to `worker`, oldest `runAt` first.
    ///
    /// Due means pending with `runAt <= now`, or running with an expired lease (its worker is presumed
    /// dead; the job is reclaimed). Each claimed job becomes `running`, leased to `worker` until
    /// `now + lease`, with `attempts` increased by one. A reclaimed job that had already used its last
    /// attempt is not returned but marked dead (`last_error` says the lease expired).
    ///
    /// - Parameters:
    ///   - limit: Most jobs to claim (at least 1).
    ///   - lease: Seconds the worker may hold each job before others may reclaim it; extend it with
    ///     ``extendLease(_:by:now:)`` for long work.
    ///   - worker: Names the claiming worker; unique per worker loop (`host-pid-uuid`).
    ///   - now: The current time.
    /// - Returns: The claimed jobs, by `runAt`; empty when nothing is due.
    public func claim(limit: Int, lease: TimeInterval, worker: String, now: Date) async throws -> [Job] {
        guard limit >= 1 else { throw JobQueueError.invalidArgument("claim limit must be at least 1") }
        guard lease > 0 else { throw JobQueueError.invalidArgument("lease must be positive") }
        return try await self.sql.raw(self.claimQuery(limit: limit, lease: lease, worker: worker, now: now)).all()
            .map(Self.row)
            .filter { $0.state == .running }
            .sorted { ($0.runAt, $0.id) < ($1.runAt, $1.id) }
    }

    /// The single claim statement for this dialect (internal for query-plan tests).
    func claimQuery(limit: Int, lease: TimeInterval, worker: String, now: Date) -> SQLQueryString {
        let nowMillis = now.epochMilliseconds
        let expires = now.addingTimeInterval(lease).epochMilliseconds
        // SET expressions all read the row's old values, so `attempts >= max_attempts` is the pre-claim count:
        // only a reclaimed job whose last attempt's worker vanished can match it.
        let exhausted = "attempts >= max_attempts"
        let set: SQLQueryString = """
            state = CASE WHEN \(unsafeRaw: exhausted) THEN 'dead' ELSE 'running' END, \
            attempts = CASE WHEN \(unsafeRaw: exhausted) THEN attempts ELSE attempts + 1 END, \
            lease_owner = CASE WHEN \(unsafeRaw: exhausted) THEN NULL ELSE \(bind: worker) END, \
            lease_expires_at = CASE WHEN \(unsafeRaw: exhausted) THEN NULL ELSE \(bind: expires) END, \
            last_error = CASE WHEN \(unsafeRaw: exhausted) \
            THEN 'lease expired during the last attempt (worker lost)' ELSE last_error END, \
            updated_at = \(bind: nowMillis)
            """
        let due: SQLQueryString = """
            SELECT id FROM jobs WHERE \(unsafeRaw: Self.liveStates) AND run_at <= \(bind: nowMillis) \
            AND (state = 'pending' OR lease_expires_at <= \(bind: nowMillis)) ORDER BY run_at LIMIT \(literal: limit)
            """
        switch self.dialect {
        case .postgres:
            return """
                WITH due AS MATERIALIZED (\(due) FOR UPDATE SKIP LOCKED) \
                UPDATE jobs SET \(set) FROM due WHERE jobs.id = due.id \
                RETURNING \(unsafeRaw: Self.columns.map { "jobs.\($0)" }.joined(separator: ", "))
                """
        case .sqlite:
            return "UPDATE jobs SET \(set) WHERE id IN (\(due)) RETURNING \(unsafeRaw: Self.columnList)"
        }
    }

    /// Marks a claimed job done.
    /// - Parameters:
    ///   - job: The job as returned by ``claim(limit:lease:worker:now:)`` (its owner and attempt identify the lease).
    ///   - now: The current time.
    /// - Throws: ``JobQueueError/leaseLost(jobID:)`` when the lease was lost (the job was reclaimed by
    ///   another worker, finished or cancelled): nothing changes.
    public func complete(_ job: Job, now: Date) async throws {
        let lost = try await self.complete([job], now: now)
        if !lost.isEmpty { throw JobQueueError.leaseLost(jobID: job.id) }
    }

    /// Marks several claimed jobs done, in one statement per lease owner.
    /// - Parameters:
    ///   - jobs: Jobs as returned by ``claim(limit:lease:worker:now:)``.
    ///   - now: The current time.
    /// - Returns: The ids of jobs whose lease was lost (left unchanged); empty when all were completed.
    @discardableResult
    public func complete(_ jobs: [Job], now: Date) async throws -> [String] {
        guard !jobs.isEmpty else { return [] }
        var completed = Set<String>()
        for (owner, owned) in Dictionary(grouping: jobs, by: { $0.leaseOwner ?? "" }) {
            let rows = try await self.sql.raw(self.completeQuery(owned, owner: owner, now: now)).all()
            for row in rows { completed.insert(try row.decode(column: "id", as: String.self)) }
        }
        return jobs.map(\.id).filter { !completed.contains($0) }
    }

    /// Records a failed attempt: the job goes back to pending at `retryAt`, or becomes dead when it has
    /// used all its attempts or `retryAt` is `nil`.
    /// - Parameters:
    ///   - job: The job as returned by ``claim(limit:lease:worker:now:)``.
    ///   - error: What went wrong, kept in `last_error` (cut to 4,000 characters).
    ///   - retryAt: When to try again; `nil` to give up now.
    ///   - now: The current time.
    /// - Returns: The job's new state, ``JobState/pending`` or ``JobState/dead``.
    /// - Throws: ``JobQueueError/leaseLost(jobID:)`` when the lease was lost: nothing changes.
    @discardableResult
    public func fail(_ job: Job, error: String, retryAt: Date?, now: Date) async throws -> JobState {
        let state: JobState = (retryAt == nil || job.attempts >= job.maxAttempts) ? .dead : .pending
        let runAt = state == .pending ? (retryAt ?? job.runAt) : job.runAt
        let rows = try await self.sql.update("jobs")
            .set("state", to: state.rawValue)
            .set("run_at", to: runAt.epochMilliseconds)
            .set("last_error", to: String(error.prefix(4_000)))
            .set(SQLColumn("lease_owner"), to: SQLLiteral.null)
            .set(SQLColumn("lease_expires_at"), to: SQLLiteral.null)
            .set("updated_at", to: now.epochMilliseconds)
            .where(Self.holdsLease(job))
            .returning("id")
            .all()
        guard !rows.isEmpty else { throw JobQueueError.leaseLost(jobID: job.id) }
        return state
    }

    /// Records a failed attempt and schedules the retry with `backoff`; see ``fail(_:error:retryAt:now:)``.
    /// - Parameters:
    ///   - job: The job as returned by ``claim(limit:lease:worker:now:)``.
    ///   - error: What went wrong.
    ///   - backoff: Delay policy; the delay grows with `job.attempts`.
    ///   - jitter: A random number in `0...1` spreading retries (pass `0` in tests).
    ///   - now: The current time.
    /// - Returns: The job's new state.
    @discardableResult
    public func fail(
        _ job: Job, error: String, backoff: RetryBackoff, jitter: Double, now: Date
    ) async throws
        -> JobState
    {
        try await self.fail(
            job, error: error, retryAt: backoff.retryDate(attempt: job.attempts, jitter: jitter, now: now), now: now
        )
    }

    /// Extends a claimed job's lease to `now + lease`, for work that outlasts the first lease.
    /// - Parameters:
    ///   - job: The job as returned by ``claim(limit:lease:worker:now:)``.
    ///   - lease: Seconds from `now`.
    ///   - now: The current time.
    /// - Returns: The job with its new `leaseExpiresAt`.
    /// - Throws: ``JobQueueError/leaseLost(jobID:)`` when the lease was already lost.
    public func extendLease(_ job: Job, by lease: TimeInterval, now: Date) async throws -> Job {
        guard lease > 0 else { throw JobQueueError.invalidArgument("lease must be positive") }
        let expires = now.addingTimeInterval(lease).epochMilliseconds
        let rows = try await self.sql.update("jobs")
            .set("lease_expires_at", to: expires)
            .set("updated_at", to: now.epochMilliseconds)
            .where(Self.holdsLease(job))
            .returning("id")
            .all()
        guard !rows.isEmpty else { throw JobQueueError.leaseLost(jobID: job.id) }
        var extended = job
        extended.leaseExpiresAt = Date(epochMilliseconds: expires)
        extended.updatedAt = Date(epochMilliseconds: now.epochMilliseconds)
        return extended
    }

    /// Marks `jobs`, all leased by `owner`, done if they still hold their lease (internal for plan tests).
    func completeQuery(_ jobs: [Job], owner: String, now: Date) -> SQLQueryString {
        """
        UPDATE jobs SET state = 'done', lease_owner = NULL, lease_expires_at = NULL, \
        updated_at = \(bind: now.epochMilliseconds) \
        FROM \(self.leaseList(jobs)) \
        WHERE jobs.id = lease.id AND jobs.attempts = lease.attempts \
        AND jobs.state = 'running' AND jobs.lease_owner = \(bind: owner) \
        RETURNING jobs.id
        """
    }

    /// `(id, attempts)` pairs as a table named `lease`, joined by primary key (an `IN` list of row values
    /// plans as a hundred index probes OR-ed together on PostgreSQL).
    func leaseList(_ jobs: [Job]) -> SQLQueryString {
        switch self.dialect {
        case .postgres:
            // Two array binds, whatever the batch size.
            return """
                unnest(\(bind: jobs.map(\.id))::text[], \(bind: jobs.map(\.attempts))::bigint[]) AS lease(id, attempts)
                """
        case .sqlite:
            let rows = SQLList(jobs.map { SQLGroupExpression([SQLBind($0.id), SQLBind($0.attempts)]) })
            return "(SELECT column1 AS id, column2 AS attempts FROM (VALUES \(rows))) AS lease"
        }
    }

    /// `WHERE` the row still carries `job`'s lease: same owner, same attempt, still running.
    static func holdsLease(_ job: Job) -> any SQLExpression {
        SQLBinaryExpression(
            SQLBinaryExpression(
                SQLBinaryExpression(SQLColumn("id"), .equal, SQLBind(job.id)), .and,
                SQLBinaryExpression(SQLColumn("state"), .equal, SQLBind(JobState.running.rawValue))
            ),
            .and,
            SQLBinaryExpression(
                SQLBinaryExpression(SQLColumn("lease_owner"), .equal, SQLBind(job.leaseOwner ?? "")), .and,
                SQLBinaryExpression(SQLColumn("attempts"), .equal, SQLBind(job.attempts))
            )
        )
    }
}
