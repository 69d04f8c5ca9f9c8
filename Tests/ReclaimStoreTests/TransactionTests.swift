import Foundation
import ReclaimStore
import ReclaimTestSupport
import SQLKit
import Testing

@Suite struct TransactionTests {
    struct Boom: Error {}

    private func count(_ database: ReclaimDatabase) async throws -> Int {
        try await database.sql.raw("SELECT COUNT(*) AS n FROM t").first()?.decode(column: "n", as: Int.self) ?? -1
    }

    @Test(arguments: TestBackend.enabledCases)
    func committedWorkIsVisibleAndThrownWorkIsRolledBack(_ backend: TestBackend) async throws {
        try await withTestDatabase(backend, migrated: false) { database in
            try await database.sql.raw("CREATE TABLE t (x BIGINT PRIMARY KEY)").run()

            let returned = try await database.transaction { db in
                try await db.raw("INSERT INTO t (x) VALUES (1)").run()
                try await db.raw("INSERT INTO t (x) VALUES (2)").run()
                return "ok"
            }
            #expect(returned == "ok")
            #expect(try await self.count(database) == 2)

            await #expect(throws: Boom.self) {
                try await database.transaction { db in
                    try await db.raw("INSERT INTO t (x) VALUES (3)").run()
                    throw Boom()
                }
            }
            #expect(try await self.count(database) == 2)

            // A failing statement rolls back the statements before it.
            await #expect(throws: (any Error).self) {
                try await database.transaction { db in
                    try await db.raw("INSERT INTO t (x) VALUES (4)").run()
                    try await db.raw("INSERT INTO t (x) VALUES (1)").run()  // duplicate key
                }
            }
            #expect(try await self.count(database) == 2)
        }
    }

    @Test(arguments: TestBackend.enabledCases)
    func usingThePoolInsideATransactionFailsFastInsteadOfDeadlocking(_ backend: TestBackend) async throws {
        try await withTestDatabase(backend, migrated: false) { database in
            await #expect(throws: DatabaseUsageError.poolUsedInsideTransaction) {
                try await database.transaction { _ in
                    try await database.ping()
                }
            }
            await #expect(throws: DatabaseUsageError.nestedTransaction) {
                try await database.transaction { _ in
                    try await database.transaction { _ in }
                }
            }
            // The connection went back to the pool in a clean state.
            try await database.ping()
        }
    }

    @Test(arguments: TestBackend.enabledCases)
    func concurrentTransactionsSerialiseWithoutLosingUpdates(_ backend: TestBackend) async throws {
        try await withTestDatabase(backend, migrated: false) { database in
            try await database.sql.raw("CREATE TABLE counter (id BIGINT PRIMARY KEY, n BIGINT NOT NULL)").run()
            try await database.sql.raw("INSERT INTO counter (id, n) VALUES (1, 0)").run()

            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<20 {
                    group.addTask {
                        try await database.transaction { db in
                            // Read-modify-write: lost updates would show if transactions interleaved.
                            let lock = database.dialect == .postgres ? " FOR UPDATE" : ""
                            let n =
                                try await db.raw("SELECT n FROM counter WHERE id = 1\(unsafeRaw: lock)").first()?
                                .decode(column: "n", as: Int.self) ?? 0
                            try await db.raw("UPDATE counter SET n = \(bind: n + 1) WHERE id = 1").run()
                        }
                    }
                }
                try await group.waitForAll()
            }
            let n = try await database.sql.raw("SELECT n FROM counter WHERE id = 1").first()?.decode(column: "n", as: Int.self)
            #expect(n == 20)
        }
    }

    @Test(arguments: TestBackend.enabledCases)
    func withSessionPinsOneConnection(_ backend: TestBackend) async throws {
        try await withTestDatabase(backend, migrated: false) { database in
            let (first, second) = try await database.sql.withSession { db in
                let query = database.dialect == .postgres ? "SELECT pg_backend_pid() AS id" : "SELECT 1 AS id"
                let first = try await db.raw("\(unsafeRaw: query)").first()?.decode(column: "id", as: Int.self)
                let second = try await db.raw("\(unsafeRaw: query)").first()?.decode(column: "id", as: Int.self)
                return (first, second)
            }
            #expect(first != nil)
            #expect(first == second)
        }
    }
}
