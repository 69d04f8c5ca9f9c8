import Logging
import NIOCore
import SQLiteKit

/// Opens SQLite connections configured the way Reclaim needs them, for the connection pool.
///
/// Every connection gets, in this order:
/// - `busy_timeout = 5000`: wait up to 5 s for another process's write lock instead of failing
///   (it also replaces SQLiteNIO's default busy handler, which retries without sleeping);
/// - `journal_mode = WAL`: readers never block the writer (persistent, but cheap to repeat);
/// - `synchronous = NORMAL`: durable across process crashes; in WAL mode a power loss can lose
///   only the last commits, never corrupt the file;
/// - `foreign_keys = ON`;
/// - `temp_store = MEMORY`;
/// - `cache_size = -65536`: a 64 MiB page cache (SQLite's default is 2 MiB). With a million journeys
///   the tables and indexes are hundreds of MiB, and a small cache turns every index probe into
///   read system calls; 64 MiB holds the upper levels of every index and the recently touched rows.
///   It is a fixed ceiling, so memory stays flat as the tables grow.
struct SQLiteConnectionFactory: ConnectionPoolSource, Sendable {
    /// Where the database lives.
    let storage: SQLiteConnection.Storage
    /// The thread pool running libsqlite3 calls.
    let threadPool: NIOThreadPool

    static let pragmas = [
        "PRAGMA busy_timeout = 5000",
        "PRAGMA journal_mode = WAL",
        "PRAGMA synchronous = NORMAL",
        "PRAGMA foreign_keys = ON",
        "PRAGMA temp_store = MEMORY",
        "PRAGMA cache_size = -65536",
    ]

    func makeConnection(logger: Logger, on eventLoop: any EventLoop) -> EventLoopFuture<SQLiteConnection> {
        SQLiteConnection.open(storage: self.storage, threadPool: self.threadPool, logger: logger, on: eventLoop)
            .flatMap { connection in
                var configured = eventLoop.makeSucceededVoidFuture()
                for pragma in Self.pragmas {
                    configured = configured.flatMap { connection.query(pragma, []) { _ in } }
                }
                return configured.map { connection }.flatMapError { error in
                    connection.close().recover { _ in }.flatMapThrowing { () -> SQLiteConnection in throw error }
                }
            }
    }
}
