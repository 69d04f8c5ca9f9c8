import Foundation
@testable import ReclaimStore
import ReclaimTestSupport
import SQLKit
import Testing

/// The queue's speed rests on its partial indexes; these tests fail if a query stops using them.
@Suite struct JobQueuePlanTests {
    let now = Date(epochMilliseconds: 1_700_000_000_000)

    private func plan(_ query: SQLQueryString, on database: ReclaimDatabase) async throws -> String {
        let explain: SQLQueryString = database.dialect == .sqlite ? "EXPLAIN QUERY PLAN \(query)" : "EXPLAIN \(query)"
        let column = database.dialect == .sqlite ? "detail" : "QUERY PLAN"
        return try await database.sql.raw(explain).all()
            .map { try $0.decode(column: column, as: String.self) }
            .joined(separator: "\n")
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
    func completeFindsJobsByPrimaryKey(_ backend: TestBackend) async throws {
        try await withTestDatabase(backend) { database in
            let queue = JobQueue(database: database)
            try await queue.enqueueBatch(
                (0..<2_000).map { NewJob(kind: "k", payloadJSON: "{}", runAt: self.now.addingTimeInterval(Double($0))) },
                now: self.now
            )
            let claimed = try await queue.claim(limit: 100, lease: 60, worker: "w", now: self.now.addingTimeInterval(5_000))
            if database.dialect == .postgres { try await database.sql.raw("ANALYZE jobs").run() }

            let plan = try await self.plan(queue.completeQuery(claimed, owner: "w", now: self.now), on: database)
            #expect(plan.contains(database.dialect == .sqlite ? "USING INDEX sqlite_autoindex_jobs_1" : "jobs_pkey"),
                    "complete plan:\n\(plan)")
            #expect(!plan.contains("SCAN jobs") && !plan.contains("Seq Scan on jobs"), "complete plan scans:\n\(plan)")
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
