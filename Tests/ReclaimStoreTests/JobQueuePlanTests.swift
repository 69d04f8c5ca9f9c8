import Foundation
import ReclaimTestSupport
import SQLKit
import Testing

@testable import ReclaimStore

/// The queue's speed rests on its partial indexes; these tests fail if a query stops using them.
@Suite struct JobQueuePlanTests {
    let now = Date(epochMilliseconds: 1_700_000_000_000)

    private func plan(_ query: SQLQueryString, on database: ReclaimDatabase) async throws -> String {
        let explain: SQLQueryString = database.dialect == .sqlite ? "EXPLAIN QUERY PLAN \(query)" : "EXPLAIN \(query)"
        let column = database.dialect == .sqlite ? "detail" : "QUERY PLAN"
        return try await database.sql.withSession { db in
            // On PostgreSQL, a test-sized table is cheaper to scan than to probe: ask whether the index is usable.
            let postgres = database.dialect == .postgres
            if postgres { try await db.raw("SET enable_seqscan = off").run() }
            let lines = try await db.raw(explain).all().map { try $0.decode(column: column, as: String.self) }
            if postgres { try await db.raw("RESET enable_seqscan").run() }
            return lines.joined(separator: "\n")
        }
    }

    @Test(arguments: TestBackend.enabledCases)
    func claimScansTheLiveIndexInRunAtOrder(_ backend: TestBackend) async throws {
        try await withTestDatabase(backend) { database in
            let queue = JobQueue(database: database)
            try await queue.enqueueBatch(
                (0..<2_000).map { NewJob(kind: "k", payloadJSON: "{}", runAt: self.now.addingTimeInterval(Double($0))) },
                now: self.now
            )
            if database.dialect == .postgres { try await database.sql.raw("ANALYZE jobs").run() }

            let plan = try await self.plan(queue.claimQuery(limit: 100, lease: 60, worker: "w", now: self.now), on: database)
            #expect(plan.contains("jobs_live_run_at"), "claim plan:\n\(plan)")
            #expect(!plan.contains("TEMP B-TREE FOR ORDER BY"), "claim plan sorts:\n\(plan)")
        }
    }

    @Test(arguments: TestBackend.enabledCases)
    func theNextDueTimeReadsTheLiveIndex(_ backend: TestBackend) async throws {
        try await withTestDatabase(backend) { database in
            let queue = JobQueue(database: database)
            try await queue.enqueueBatch(
                (0..<2_000).map { NewJob(kind: "k", payloadJSON: "{}", runAt: self.now.addingTimeInterval(Double($0))) },
                now: self.now
            )
            if database.dialect == .postgres { try await database.sql.raw("ANALYZE jobs").run() }
            let plan = try await self.plan(queue.nextPendingQuery(), on: database)
            #expect(plan.contains("jobs_live_run_at"), "next-due plan:\n\(plan)")
            if database.dialect == .sqlite { #expect(!plan.contains("SCAN jobs\n") && plan != "SEARCH jobs", "plan:\n\(plan)") }
        }
    }

    /// SQLite only: PostgreSQL rightly hash-joins a test-sized table; on 200,000 rows its plan is a nested loop
    /// over `unnest(…)` probing `jobs_pkey`, as `bench/queue` exercises.
    @Test func completeFindsJobsByPrimaryKeyOnSQLite() async throws {
        try await withTestDatabase(.sqlite) { database in
            let queue = JobQueue(database: database)
            try await queue.enqueueBatch(
                (0..<2_000).map { NewJob(kind: "k", payloadJSON: "{}", runAt: self.now.addingTimeInterval(Double($0))) },
                now: self.now
            )
            let claimed = try await queue.claim(limit: 100, lease: 60, worker: "w", now: self.now.addingTimeInterval(5_000))
            let plan = try await self.plan(queue.completeQuery(claimed, owner: "w", now: self.now), on: database)
            #expect(plan.contains("SEARCH jobs USING INDEX sqlite_autoindex_jobs_1 (id=?)"), "complete plan:\n\(plan)")
            #expect(!plan.contains("SCAN jobs"), "complete plan scans jobs:\n\(plan)")
        }
    }

    @Test func countsReadOnlyThePartialIndexesOnSQLite() async throws {
        try await withTestDatabase(.sqlite) { database in
            let plan = try await self.plan(
                "SELECT state, COUNT(*) FROM jobs WHERE \(unsafeRaw: JobQueue.liveStates) GROUP BY state", on: database
            )
            #expect(plan.contains("COVERING INDEX jobs_live_run_at"), "counts plan:\n\(plan)")
        }
    }
}
