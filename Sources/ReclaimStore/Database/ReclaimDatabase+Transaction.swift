import Foundation
import Logging
import PostgresKit
import SQLKit
import SQLiteKit

extension ReclaimDatabase {
    /// Runs `body` in one transaction on one pinned connection: committed if `body` returns, rolled back
    /// if it throws.
    ///
    /// SQLite starts with `BEGIN IMMEDIATE`, taking the write lock at once, so concurrent write
    /// transactions queue instead of failing to upgrade a read lock; PostgreSQL starts with `BEGIN`
    /// (READ COMMITTED).
    ///
    /// ```swift
    /// let isNew = try await database.transaction { db in
    ///     guard try await WebhookDeliveryStore(db).record(source: "shopify", deliveryID: id, storeID: store, receivedAt: now)
    ///     else { return false }
    ///     _ = try await JobQueue(db).enqueue(kind: "shopify.checkout", payloadJSON: body, runAt: now, now: now)
    ///     return true
    /// }
    /// ```
    ///
    /// - Parameter body: Work to do; use only the database it receives (``sql`` throws inside the body).
    /// - Returns: What `body` returns.
    /// - Throws: What `body` throws (after rolling back), a driver error from `BEGIN`/`COMMIT`, or
    ///   ``DatabaseUsageError/nestedTransaction`` when called inside another transaction of this database.
    public func transaction<T>(_ body: (any SQLDatabase) async throws -> T) async throws -> T {
        if let active = TransactionContext.active, active.owner === self, active.isOpen {
            throw DatabaseUsageError.nestedTransaction
        }
        return try await self.withPinnedConnection { db, discard in
            let marker = ActiveTransaction(owner: self)
            try await db.raw(self.dialect == .sqlite ? "BEGIN IMMEDIATE" : "BEGIN").run()
            do {
                let result = try await TransactionContext.$active.withValue(marker) { try await body(db) }
                marker.close()
                try await db.raw("COMMIT").run()
                return result
            } catch {
                marker.close()
                do {
                    try await db.raw("ROLLBACK").run()
                } catch {
                    // The connection's state is unknown: keep it out of the pool.
                    self.logger.warning(
                        "ROLLBACK failed; closing the connection",
                        metadata: [
                            "error": "\(DatabaseErrors.describe(error))"
                        ])
                    await discard()
                }
                throw error
            }
        }
    }

    /// Lends one pooled connection to `body` for its whole duration (no transaction).
    ///
    /// - Parameter body: Receives the connection's database and a function that closes the connection
    ///   instead of returning it to the pool.
    func withPinnedConnection<T>(
        _ body: (any SQLDatabase, _ discard: @Sendable () async -> Void) async throws -> T
    ) async throws -> T {
        if self.isShutDownNow { throw DatabaseUsageError.shutDown }
        switch self.pools {
        case .sqlite(let pool):
            let connection = try await pool.requestConnection(logger: self.logger).get()
            defer { pool.releaseConnection(connection, logger: self.logger) }
            return try await body(connection.sql(queryLogLevel: nil)) { try? await connection.close() }
        case .postgres(let pool):
            let connection = try await pool.requestConnection(logger: self.logger).get()
            defer { pool.releaseConnection(connection, logger: self.logger) }
            return try await body(connection.sql(queryLogLevel: nil)) { try? await connection.close() }
        }
    }
}

/// The transaction the current task is inside, if any.
enum TransactionContext {
    @TaskLocal static var active: ActiveTransaction?
}

/// Marks a running transaction so that misuse of the pool inside it fails fast instead of deadlocking.
final class ActiveTransaction: Sendable {
    /// The database whose transaction this is.
    let owner: ReclaimDatabase
    private let closed = LockedFlag()

    init(owner: ReclaimDatabase) {
        self.owner = owner
    }

    /// `false` once the transaction committed or rolled back (tasks spawned inside may outlive it).
    var isOpen: Bool { !self.closed.isSet }

    func close() {
        _ = self.closed.setOnce()
    }
}

/// ``ReclaimDatabase/sql``: the pool's SQLKit database, refusing use inside a transaction of the same
/// database, with `withSession` pinning a real connection on both engines.
struct PooledSQLDatabase: SQLDatabase {
    let database: ReclaimDatabase

    var logger: Logger { self.database.poolSQL.logger }
    var eventLoop: any EventLoop { self.database.poolSQL.eventLoop }
    var version: (any SQLDatabaseReportedVersion)? { self.database.poolSQL.version }
    var dialect: any SQLDialect { self.database.poolSQL.dialect }
    var queryLogLevel: Logger.Level? { self.database.poolSQL.queryLogLevel }

    private func check() throws {
        if let active = TransactionContext.active, active.owner === self.database, active.isOpen {
            throw DatabaseUsageError.poolUsedInsideTransaction
        }
        if self.database.isShutDownNow { throw DatabaseUsageError.shutDown }
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<Void> {
        do {
            try self.check()
        } catch {
            return self.eventLoop.makeFailedFuture(error)
        }
        return self.database.poolSQL.execute(sql: query, onRow)
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        try self.check()
        try await self.database.poolSQL.execute(sql: query, onRow)
    }

    func withSession<R>(_ closure: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        try self.check()
        return try await self.database.withPinnedConnection { db, _ in try await closure(db) }
    }
}
