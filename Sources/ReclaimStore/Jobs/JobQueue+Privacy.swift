import Foundation
import SQLKit

extension JobQueue {
    /// The payload an erased job keeps: no input is left to run or to read.
    public static let erasedPayload = #"{"erased":true}"#

    /// Replaces a job's payload, e.g. to drop a raw webhook body once its event is applied. Call it in the
    /// transaction of the work the payload fed, so that both commit together.
    /// - Parameters:
    ///   - id: The job.
    ///   - payloadJSON: The new JSON text.
    ///   - now: The time of the change.
    /// - Returns: Whether the job exists.
    @discardableResult
    public func replacePayload(id: String, with payloadJSON: String, now: Date) async throws -> Bool {
        try await !self.sql.update("jobs").set("payload", to: payloadJSON).set("updated_at", to: now.epochMilliseconds)
            .where("id", .equal, id).returning("id").all().isEmpty
    }

    /// Jobs that may hold a shopper's personal data, for an erasure to inspect: every job not running
    /// whose kind is one of `kinds` (payloads the database cannot search, such as base64 bodies), or whose
    /// payload or last error contains one of `needles` (compared in lower case). Already erased payloads,
    /// and payloads containing `skipping` (a marker of inputs already stripped), are left out.
    /// - Parameters:
    ///   - kinds: Kinds to return whatever their payload.
    ///   - needles: Texts to look for (an E.164 phone, an email).
    ///   - skipping: A payload text that marks a job with nothing left to erase.
    /// - Returns: The jobs, oldest first.
    public func erasureCandidates(kinds: [String], needles: [String], skipping: String? = nil) async throws -> [Job] {
        let terms = needles.map { $0.lowercased() }.filter { !$0.isEmpty }
        guard !kinds.isEmpty || !terms.isEmpty else { return [] }
        let query = self.sql.select().columns(Self.columns.map { SQLColumn($0) }).from("jobs")
            .where("state", .notEqual, JobState.running.rawValue)
            .where("payload", .notEqual, Self.erasedPayload)
        if let skipping { query.where("payload", .notLike, "%\(skipping)%") }
        return
            try await query
            .where { group in
                if !kinds.isEmpty { group.orWhere("kind", .in, kinds) }
                for term in terms {
                    group.orWhere(SQLFunction("LOWER", args: SQLColumn("payload")), .like, SQLBind("%\(term)%"))
                    group.orWhere(SQLFunction("LOWER", args: SQLColumn("last_error")), .like, SQLBind("%\(term)%"))
                }
                return group
            }
            .orderBy("created_at").orderBy("id")
            .all().map(Self.row)
    }

    /// Erases jobs' inputs: the payload becomes ``erasedPayload`` and the last error is cleared; a pending
    /// job is cancelled (it would act on erased data). Running jobs are left to their worker.
    /// - Parameters:
    ///   - ids: The jobs.
    ///   - now: The time of the change.
    /// - Returns: How many jobs were erased.
    @discardableResult
    public func erase(ids: [String], now: Date) async throws -> Int {
        guard !ids.isEmpty else { return 0 }
        return try await self.sql.raw(
            """
            UPDATE jobs SET payload = \(bind: Self.erasedPayload), last_error = NULL, \
            state = CASE WHEN state = 'pending' THEN 'cancelled' ELSE state END, \
            updated_at = \(bind: now.epochMilliseconds) \
            WHERE id IN (\(binds: Array(Set(ids)))) AND state <> 'running' RETURNING id
            """
        ).all().count
    }
}
