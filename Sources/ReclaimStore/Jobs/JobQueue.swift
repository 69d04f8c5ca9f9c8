import Foundation
import SQLKit

/// The durable job queue: every timer and every piece of background work is a row in `jobs`.
///
/// Producers ``enqueue(_:now:)`` jobs due at some time; workers ``claim(limit:lease:worker:now:)`` due
/// jobs, which leases them for a while, then ``complete(_:now:)`` or ``fail(_:error:retryAt:now:)`` them.
/// A worker that dies keeps nothing: when its lease expires the job is claimed again by another worker
/// (with `attempts` counting every claim), and the dead worker's late result is refused with
/// ``JobQueueError/leaseLost(jobID:)``. Jobs are delivered at least once; make handlers idempotent.
///
/// The queue never reads the clock: every call takes `now`, so the demo can run an accelerated clock.
///
/// ```swift
/// let queue = JobQueue(database: database)
/// _ = try await queue.enqueue(try NewJob(kind: "journey.step", payload: step, runAt: dueAt), now: now)
/// for job in try await queue.claim(limit: 100, lease: 60, worker: workerID, now: now) {
///     do {
///         try await handle(job)
///         try await queue.complete(job, now: clock.now)
///     } catch {
///         try await queue.fail(job, error: "\(error)", backoff: .standard, jitter: .random(in: 0...1), now: clock.now)
///     }
/// }
/// ```
///
/// Claims are one statement: on PostgreSQL `WITH due AS MATERIALIZED (SELECT … FOR UPDATE SKIP LOCKED)
/// UPDATE … RETURNING`, so concurrent workers never block on or receive the same job; on SQLite
/// `UPDATE … WHERE id IN (SELECT … LIMIT n) RETURNING`, atomic under SQLite's single write lock.
public struct JobQueue: Sendable {
    /// Where statements run.
    let sql: any SQLDatabase
    /// Which SQL to speak.
    let dialect: DatabaseDialect
    /// Set when the queue owns a pool, so multi-statement operations may open their own transaction.
    let database: ReclaimDatabase?

    /// A queue on `database`'s pool; each call is its own transaction.
    /// - Parameter database: The open database.
    public init(database: ReclaimDatabase) {
        self.sql = database.sql
        self.dialect = database.dialect
        self.database = database
    }

    /// A queue on one SQLKit database, typically the one passed to ``ReclaimDatabase/transaction(_:)``,
    /// so that enqueueing commits or rolls back with the caller's other writes.
    /// - Parameter sql: The database (connection) to use.
    public init(_ sql: any SQLDatabase) {
        self.sql = sql
        self.dialect = DatabaseDialect(sql)
        self.database = nil
    }

    /// Rows per multi-row INSERT: 10 binds a row stays far below PostgreSQL's 65,535 bind limit.
    static let insertChunk = 1_000
    /// Columns every `SELECT`/`RETURNING` of a job reads, in ``row(_:)``'s order.
    static let columns = [
        "id", "kind", "payload", "state", "run_at", "attempts", "max_attempts", "unique_key", "lease_owner",
        "lease_expires_at", "last_error", "created_at", "updated_at",
    ]
    static let columnList = columns.joined(separator: ", ")
    /// The partial indexes' predicate, spelled exactly as in ``CreateJobsTable``.
    static let liveStates = "state IN ('pending', 'running')"
    static let finishedStates = "state IN ('done', 'dead', 'cancelled')"

    /// Stores `job` unless a live job holds its unique key.
    ///
    /// - Parameters:
    ///   - job: The job.
    ///   - now: The current time, recorded as `created_at`.
    /// - Returns: ``EnqueueResult/enqueued(id:)``, or ``EnqueueResult/duplicate(existingID:)`` naming the
    ///   pending or running job that holds `job.uniqueKey`.
    /// - Throws: ``JobQueueError/invalidArgument(_:)`` for `maxAttempts < 1`, ``JobQueueError/duplicateID(_:)``
    ///   when `job.id` is taken, or a driver error.
    public func enqueue(_ job: NewJob, now: Date) async throws -> EnqueueResult {
        try Self.validate(job)
        let id = job.id ?? TimeOrderedID.make(at: now)
        // A key holder may finish between our insert and our lookup; then insert again.
        for _ in 0..<3 {
            let inserted = try await self.sql.insert(into: "jobs")
                .columns(Self.insertColumns)
                .values(Self.insertValues(job, id: id, now: now))
                .ignoringConflicts()
                .returning("id")
                .all()
            if !inserted.isEmpty { return .enqueued(id: id) }
            guard let key = job.uniqueKey else { throw JobQueueError.duplicateID(id) }
            if let existing = try await self.liveJobIDs(uniqueKeys: [key])[key] {
                return .duplicate(existingID: existing)
            }
        }
        throw JobQueueError.duplicateID(id)
    }

    /// Stores a job made of `kind` and `payload` encoded as JSON; see ``enqueue(_:now:)``.
    /// - Parameters:
    ///   - kind: What the job does.
    ///   - payload: Its input, encoded as JSON (sorted keys, dates as epoch milliseconds).
    ///   - runAt: When it becomes due.
    ///   - uniqueKey: At most one live job per key.
    ///   - maxAttempts: Claims allowed before the job is dead; default 8.
    ///   - now: The current time.
    /// - Returns: What was stored.
    public func enqueue(
        kind: String, payload: some Encodable & Sendable, runAt: Date, uniqueKey: String? = nil, maxAttempts: Int = 8,
        now: Date
    ) async throws -> EnqueueResult {
        try await self.enqueue(
            try NewJob(kind: kind, payload: payload, runAt: runAt, uniqueKey: uniqueKey, maxAttempts: maxAttempts),
            now: now
        )
    }

    /// Stores a job whose payload is JSON text you already have; see ``enqueue(_:now:)``.
    /// - Parameters:
    ///   - kind: What the job does.
    ///   - payloadJSON: JSON text, stored as is.
    ///   - runAt: When it becomes due.
    ///   - uniqueKey: At most one live job per key.
    ///   - maxAttempts: Claims allowed before the job is dead; default 8.
    ///   - now: The current time.
    /// - Returns: What was stored.
    public func enqueue(
        kind: String, payloadJSON: String, runAt: Date, uniqueKey: String? = nil, maxAttempts: Int = 8, now: Date
    ) async throws -> EnqueueResult {
        try await self.enqueue(
            NewJob(kind: kind, payloadJSON: payloadJSON, runAt: runAt, uniqueKey: uniqueKey, maxAttempts: maxAttempts),
            now: now
        )
    }

    /// Stores many jobs with multi-row INSERTs of up to 1,000 rows.
    ///
    /// On a queue made with ``init(database:)`` the whole batch is one transaction; on one made from a
    /// connection it joins whatever transaction that connection is in.
    ///
    /// - Parameters:
    ///   - jobs: The jobs; several may share a unique key (the first wins).
    ///   - now: The current time.
    /// - Returns: One result per job, in order.
    /// - Throws: As ``enqueue(_:now:)``; nothing is stored when it throws inside a transaction.
    @discardableResult
    public func enqueueBatch(_ jobs: [NewJob], now: Date) async throws -> [EnqueueResult] {
        for job in jobs { try Self.validate(job) }
        guard !jobs.isEmpty else { return [] }
        let identified = jobs.map { job in
            (job: job, id: job.id ?? TimeOrderedID.make(at: now))
        }
        if let database = self.database, jobs.count > Self.insertChunk {
            return try await database.transaction { db in
                try await JobQueue(db).insertChunks(identified, now: now)
            }
        }
        return try await self.insertChunks(identified, now: now)
    }

    private func insertChunks(_ jobs: [(job: NewJob, id: String)], now: Date) async throws -> [EnqueueResult] {
        var results: [EnqueueResult] = []
        results.reserveCapacity(jobs.count)
        var start = 0
        while start < jobs.count {
            results += try await self.insertChunk(jobs[start..<min(start + Self.insertChunk, jobs.count)], now: now)
            start += Self.insertChunk
        }
        return results
    }

    private func insertChunk(_ chunk: ArraySlice<(job: NewJob, id: String)>, now: Date) async throws -> [EnqueueResult] {
        let insert = self.sql.insert(into: "jobs").columns(Self.insertColumns)
        for (job, id) in chunk { insert.values(Self.insertValues(job, id: id, now: now)) }
        guard chunk.contains(where: { $0.job.uniqueKey != nil }) else {
            // No unique key: a conflict can only be a reused id, which should fail loudly.
            try await insert.run()
            return chunk.map { .enqueued(id: $0.id) }
        }
        let insertedIDs = Set(
            try await insert.ignoringConflicts().returning("id").all().map { try $0.decode(column: "id", as: String.self) }
        )
        let missingKeys = chunk.filter { !insertedIDs.contains($0.id) }.compactMap(\.job.uniqueKey)
        let holders = missingKeys.isEmpty ? [:] : try await self.liveJobIDs(uniqueKeys: Array(Set(missingKeys)))
        return try chunk.map { job, id in
            if insertedIDs.contains(id) { return .enqueued(id: id) }
            guard let key = job.uniqueKey, let holder = holders[key] else { throw JobQueueError.duplicateID(id) }
            return .duplicate(existingID: holder)
        }
    }

    /// The live job holding each of `uniqueKeys`.
    private func liveJobIDs(uniqueKeys: [String]) async throws -> [String: String] {
        let rows = try await self.sql.raw(
            """
            SELECT id, unique_key FROM jobs WHERE \(unsafeRaw: Self.liveStates) \
            AND unique_key IN (\(binds: uniqueKeys))
            """
        ).all()
        var holders: [String: String] = [:]
        for row in rows {
            holders[try row.decode(column: "unique_key", as: String.self)] = try row.decode(column: "id", as: String.self)
        }
        return holders
    }

    static let insertColumns = [
        "id", "kind", "payload", "state", "run_at", "attempts", "max_attempts", "unique_key", "created_at", "updated_at",
    ]

    static func insertValues(_ job: NewJob, id: String, now: Date) -> [any Encodable & Sendable] {
        let created = now.epochMilliseconds
        return [
            id, job.kind, job.payload, JobState.pending.rawValue, job.runAt.epochMilliseconds, 0, job.maxAttempts,
            job.uniqueKey, created, created,
        ]
    }

    static func validate(_ job: NewJob) throws {
        guard job.maxAttempts >= 1 else {
            throw JobQueueError.invalidArgument("maxAttempts must be at least 1 (job kind \(job.kind))")
        }
    }

    /// Reads a job from a row holding ``columns``.
    static func row(_ row: any SQLRow) throws -> Job {
        let stateText = try row.decode(column: "state", as: String.self)
        guard let state = JobState(rawValue: stateText) else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "unknown job state \(stateText)"))
        }
        return Job(
            id: try row.decode(column: "id", as: String.self),
            kind: try row.decode(column: "kind", as: String.self),
            payload: try row.decode(column: "payload", as: String.self),
            state: state,
            runAt: Date(epochMilliseconds: try row.decode(column: "run_at", as: Int.self)),
            attempts: try row.decode(column: "attempts", as: Int.self),
            maxAttempts: try row.decode(column: "max_attempts", as: Int.self),
            uniqueKey: try row.decode(column: "unique_key", as: String?.self),
            leaseOwner: try row.decode(column: "lease_owner", as: String?.self),
            leaseExpiresAt: try row.decode(column: "lease_expires_at", as: Int?.self).map(Date.init(epochMilliseconds:)),
            lastError: try row.decode(column: "last_error", as: String?.self),
            createdAt: Date(epochMilliseconds: try row.decode(column: "created_at", as: Int.self)),
            updatedAt: Date(epochMilliseconds: try row.decode(column: "updated_at", as: Int.self))
        )
    }
}
