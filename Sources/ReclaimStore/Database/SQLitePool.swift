import Logging
import NIOCore
import SQLiteKit

/// The SQLite connection pool seen as one `SQLiteDatabase`, so that SQLiteKit's `sql()` can wrap it.
///
/// Each query borrows the pool's connection for the duration of the statement.
struct SQLitePool: SQLiteDatabase, @unchecked Sendable {
    // @unchecked: `EventLoopConnectionPool` is confined to its event loop and hops there on every call.
    let pool: EventLoopConnectionPool<SQLiteConnectionFactory>
    let logger: Logger

    var eventLoop: any EventLoop { self.pool.eventLoop }

    @preconcurrency
    func query(
        _ query: String, _ binds: [SQLiteData], logger: Logger, _ onRow: @escaping @Sendable (SQLiteRow) -> Void
    ) -> EventLoopFuture<Void> {
        self.pool.withConnection(logger: logger) { $0.query(query, binds, logger: logger, onRow) }
    }

    func query(_ query: String, _ binds: [SQLiteData], _ onRow: @escaping @Sendable (SQLiteRow) -> Void) async throws {
        try await self.query(query, binds, logger: self.logger, onRow).get()
    }

    @preconcurrency
    func withConnection<T>(_ closure: @escaping @Sendable (SQLiteConnection) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        self.pool.withConnection(logger: self.logger, closure)
    }

    func withConnection<T>(_ closure: @escaping @Sendable (SQLiteConnection) async throws -> T) async throws -> T {
        let connection = try await self.pool.requestConnection(logger: self.logger).get()
        defer { self.pool.releaseConnection(connection, logger: self.logger) }
        return try await closure(connection)
    }
}
