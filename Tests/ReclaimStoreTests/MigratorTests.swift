import Foundation
import ReclaimStore
import ReclaimTestSupport
import SQLKit
import Testing

@Suite struct MigratorTests {
    let now = Date(epochMilliseconds: 1_700_000_000_000)

    struct CreateWidgets: Migration {
        var name: String { "CreateWidgets" }
        func prepare(on database: any SQLDatabase) async throws {
            try await database.create(table: "widgets").column("id", type: .text, .primaryKey(autoIncrement: false)).run()
        }
    }

    /// Creates a table, then fails: nothing of it may remain.
    struct HalfBroken: Migration {
        var name: String { "HalfBroken" }
        func prepare(on database: any SQLDatabase) async throws {
            try await database.create(table: "gadgets").column("id", type: .text).run()
            try await database.raw("THIS IS NOT SQL").run()
        }
    }

    private func tableExists(_ table: String, in database: ReclaimDatabase) async throws -> Bool {
        do {
            _ = try await database.sql.raw("SELECT COUNT(*) AS n FROM \(ident: table)").first()
            return true
        } catch {
            return false
        }
    }

    @Test(arguments: TestBackend.enabledCases)
    func migratingTwiceAppliesEverythingOnceThenNothing(_ backend: TestBackend) async throws {
        try await withTestDatabase(backend, migrated: false) { database in
            let migrator = Migrator(database: database, logger: testLogger())
            #expect(try await migrator.applied() == [])

            let first = try await migrator.migrate(now: self.now)
            #expect(first == AllMigrations.list.map(\.name))
            #expect(try await migrator.applied() == AllMigrations.list.map(\.name))

            let second = try await migrator.migrate(now: self.now)
            #expect(second == [])
            #expect(try await self.tableExists("jobs", in: database))
            #expect(try await self.tableExists("webhook_deliveries", in: database))
        }
    }

    @Test(arguments: TestBackend.enabledCases)
    func newMigrationsAreAppliedAfterTheOldOnes(_ backend: TestBackend) async throws {
        try await withTestDatabase(backend) { database in
            let migrator = Migrator(database: database, migrations: AllMigrations.list + [CreateWidgets()], logger: testLogger())
            let applied = try await migrator.migrate(now: self.now)
            #expect(applied == ["CreateWidgets"])
            #expect(try await migrator.applied().last == "CreateWidgets")
            #expect(try await self.tableExists("widgets", in: database))
        }
    }

    @Test(arguments: TestBackend.enabledCases)
    func concurrentMigratorsApplyEachMigrationExactlyOnce(_ backend: TestBackend) async throws {
        try await withTestDatabase(backend, migrated: false) { database in
            // A second pool on the same database stands in for a second process.
            try await withSecondConnection(to: database) { other in
                async let a = Migrator(database: database, logger: testLogger()).migrate(now: self.now)
                async let b = Migrator(database: other, logger: testLogger()).migrate(now: self.now)
                let (fromA, fromB) = try await (a, b)

                #expect((fromA + fromB).sorted() == AllMigrations.list.map(\.name).sorted())
                #expect(Set(fromA).isDisjoint(with: fromB))
                #expect(
                    try await Migrator(database: database, logger: testLogger()).applied()
                        == AllMigrations.list.map(\.name))
            }
        }
    }

    @Test(arguments: TestBackend.enabledCases)
    func aFailingMigrationLeavesNothingBehindAndStopsTheRun(_ backend: TestBackend) async throws {
        try await withTestDatabase(backend) { database in
            let migrator = Migrator(
                database: database, migrations: AllMigrations.list + [HalfBroken(), CreateWidgets()], logger: testLogger()
            )
            let error = try await #require(throws: MigrationError.self) { try await migrator.migrate(now: self.now) }
            guard case .failed(let name, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(name == "HalfBroken")
            #expect(try await !self.tableExists("gadgets", in: database))
            #expect(try await !self.tableExists("widgets", in: database))
            #expect(try await migrator.applied() == AllMigrations.list.map(\.name))
        }
    }

    @Test func duplicateNamesAreRejected() async throws {
        try await withTestDatabase(.sqlite, migrated: false) { database in
            let migrator = Migrator(database: database, migrations: [CreateWidgets(), CreateWidgets()], logger: testLogger())
            await #expect(throws: MigrationError.duplicateName("CreateWidgets")) { try await migrator.migrate(now: self.now) }
        }
    }
}
