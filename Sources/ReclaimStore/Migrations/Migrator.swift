import Foundation
import Logging
import SQLKit

/// Applies pending ``Migration``s in order, each exactly once, recording them in `reclaim_migrations`
/// (`name TEXT PRIMARY KEY, applied_at BIGINT` epoch milliseconds).
///
/// Each migration runs in its own transaction together with its record, so a crash leaves it either
/// fully applied and recorded or not at all (DDL is transactional on both SQLite and PostgreSQL).
/// Several processes may migrate at once: on PostgreSQL every migration transaction first takes
/// `pg_advisory_xact_lock`; on SQLite `BEGIN IMMEDIATE` holds the single write lock. Under the lock
/// the record is checked again, so a migration another process applied meanwhile is skipped.
///
/// ```swift
/// let applied = try await Migrator(database: database, logger: logger).migrate()
/// logger.info("migrated", metadata: ["applied": "\(applied)"])
/// ```
public struct Migrator: Sendable {
    /// The table recording applied migrations.
    public static let table = "reclaim_migrations"
    /// The PostgreSQL advisory lock key serialising migrations (ASCII "RECLAIM").
    static let advisoryLockKey: Int64 = 0x52_45_43_4C_41_49_4D

    private let database: ReclaimDatabase
    private let migrations: [any Migration]
    private let logger: Logger

    /// Creates a migrator.
    /// - Parameters:
    ///   - database: The database to migrate.
    ///   - migrations: The ordered list to apply; defaults to ``AllMigrations/list``.
    ///   - logger: Receives one info line per applied migration.
    public init(database: ReclaimDatabase, migrations: [any Migration] = AllMigrations.list, logger: Logger) {
        self.database = database
        self.migrations = migrations
        self.logger = logger
    }

    /// Applies every migration not yet recorded, in list order, then loads the installation's
    /// ``AddressHashKey`` into ``AddressHashKeyHolder/shared`` (when the list creates its table).
    ///
    /// - Parameter now: The time recorded as `applied_at`.
    /// - Returns: The names applied by this call, in order; empty when the schema was already current.
    /// - Throws: ``MigrationError/duplicateName(_:)`` for a list naming a migration twice, or the error of
    ///   the failing migration (wrapped in ``MigrationError/failed(name:reason:)``); migrations before it stay applied;
    ///   ``AddressHashKeyError`` when the stored key conflicts with the process's or is missing.
    @discardableResult
    public func migrate(now: Date = Date()) async throws -> [String] {
        var seen = Set<String>()
        for migration in self.migrations where !seen.insert(migration.name).inserted {
            throw MigrationError.duplicateName(migration.name)
        }
        // Without taking any lock: a current schema costs one read at startup.
        let alreadyApplied = Set(try await self.applied())
        let unknown = alreadyApplied.subtracting(seen)
        if !unknown.isEmpty {
            self.logger.warning(
                "database has migrations this version does not know (newer release?)",
                metadata: [
                    "migrations": "\(unknown.sorted().joined(separator: ", "))"
                ])
        }
        var newlyApplied: [String] = []
        for migration in self.migrations where !alreadyApplied.contains(migration.name) {
            if try await self.apply(migration, now: now) {
                newlyApplied.append(migration.name)
                self.logger.info("applied migration", metadata: ["migration": "\(migration.name)"])
            }
        }
        // Before anything hashes an address: every path that migrates the database gets the key.
        if self.migrations.contains(where: { $0.name == CreateInstallationSecretsTable.migrationName }) {
            try await AddressHashKey.load(from: self.database.sql, now: now)
        }
        return newlyApplied
    }

    /// Names of the applied migrations, in the order they were applied.
    /// - Returns: Empty for a database that was never migrated.
    public func applied() async throws -> [String] {
        guard try await self.tableExists(on: self.database.sql) else { return [] }
        return try await self.database.sql.select().column("name").from(Self.table)
            .orderBy("seq")
            .all().map { try $0.decode(column: "name", as: String.self) }
    }

    /// Applies `migration` and records it in one transaction, unless it is already recorded.
    /// - Returns: `false` when another process applied it first.
    private func apply(_ migration: any Migration, now: Date) async throws -> Bool {
        do {
            return try await self.database.transaction { db in
                if self.database.dialect == .postgres {
                    try await db.raw("SELECT pg_advisory_xact_lock(\(literal: Self.advisoryLockKey))").run()
                }
                try await self.createTableIfNeeded(on: db)
                let recorded = try await db.select().column("name").from(Self.table)
                    .where("name", .equal, migration.name).first()
                guard recorded == nil else { return false }
                try await migration.prepare(on: db)
                let sequence =
                    try await db.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
                    .from(Self.table).first()?.decode(column: "n", as: Int.self) ?? 0
                try await db.insert(into: Self.table)
                    .columns("name", "applied_at", "seq")
                    .values(migration.name, now.epochMilliseconds, sequence + 1)
                    .run()
                return true
            }
        } catch let error as DatabaseUsageError {
            throw error
        } catch {
            throw MigrationError.failed(name: migration.name, reason: DatabaseErrors.describe(error))
        }
    }

    private func createTableIfNeeded(on db: any SQLDatabase) async throws {
        guard try await !self.tableExists(on: db) else { return }
        try await db.create(table: Self.table)
            .column("name", type: .text, .primaryKey(autoIncrement: false))
            .column("applied_at", type: .bigint, .notNull)
            .column("seq", type: .bigint, .notNull)
            .run()
    }

    private func tableExists(on db: any SQLDatabase) async throws -> Bool {
        switch self.database.dialect {
        case .sqlite:
            return try await db.select().column(SQLLiteral.numeric("1")).from("sqlite_master")
                .where("type", .equal, "table").where("name", .equal, Self.table).first() != nil
        case .postgres:
            // A catalog query, not to_regclass(): that one answers from this session's catalog cache, which can
            // still hold "no such table" from before the advisory lock was granted to us.
            return try await db.raw(
                """
                SELECT 1 AS present FROM pg_catalog.pg_class c \
                JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace \
                WHERE c.relname = \(bind: Self.table) AND n.nspname = current_schema()
                """
            ).first() != nil
        }
    }
}

/// Why ``Migrator/migrate(now:)`` stopped.
public enum MigrationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Two migrations in the list share a name.
    case duplicateName(String)
    /// A migration failed and was rolled back; the ones before it stay applied.
    case failed(name: String, reason: String)

    /// One readable line.
    public var description: String {
        switch self {
        case .duplicateName(let name): "migration \(name) is listed twice"
        case .failed(let name, let reason): "migration \(name) failed and was rolled back: \(reason)"
        }
    }
}
