import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresKit
import SQLKit
import SQLiteKit

/// Reclaim's connection to its database: an embedded SQLite file or a shared PostgreSQL server.
///
/// Open it once at startup, hand ``sql`` to repositories, and call ``shutdown()`` before exit.
///
/// ```swift
/// let database = try await ReclaimDatabase.open(url: "sqlite://data/reclaim.sqlite", logger: logger)
/// try await Migrator(database: database, logger: logger).migrate()
/// try await database.transaction { db in
///     _ = try await JobQueue(db).enqueue(kind: "cart.abandoned", payload: event, runAt: now, now: now)
/// }
/// try await database.shutdown()   // when the process stops, e.g. from a Service's shutdown
/// ```
///
/// **SQLite** uses one pooled connection. SQLite admits one writer at a time; with several connections in
/// one process, a connection waiting for the write lock blocks a thread of the shared NIO thread pool
/// while the lock holder needs one to finish, which on a two-core machine stalls everything until the
/// busy timeout. One connection serialises statements in the pool's queue instead; each statement takes
/// tens of microseconds. Other processes on the same file (`reclaim migrate` beside `reclaim serve`) wait
/// for the lock up to 5 s (`busy_timeout`). Write transactions start with `BEGIN IMMEDIATE`.
///
/// **PostgreSQL** uses a pool of up to `maxConnections` connections (default 8), spread over the
/// event loops.
public final class ReclaimDatabase: Sendable {
    /// Which engine this is.
    public let dialect: DatabaseDialect
    /// Where it is, safe to log: the SQLite path, or `host:port/database` for PostgreSQL (no password).
    public let location: String
    /// The logger given to ``open(url:logger:maxConnections:eventLoopGroup:threadPool:)``.
    public let logger: Logger

    let pools: Pools
    /// SQLKit over the pool; ``sql`` wraps it with the transaction guard.
    let poolSQL: any SQLDatabase
    private let isShutDown = LockedFlag()

    init(dialect: DatabaseDialect, location: String, logger: Logger, pools: Pools) {
        self.dialect = dialect
        self.location = location
        self.logger = logger
        self.pools = pools
        // No SQLKit query log: at debug level it prints every bound value (message bodies, phones, emails).
        switch pools {
        case .sqlite(let pool): self.poolSQL = SQLitePool(pool: pool, logger: logger).sql(queryLogLevel: nil)
        case .postgres(let pool): self.poolSQL = pool.database(logger: logger).sql(queryLogLevel: nil)
        }
    }

    /// The database for queries, through SQLKit. Each statement borrows a pooled connection.
    ///
    /// Inside ``transaction(_:)`` use the database passed to the body instead: using this one there
    /// throws ``DatabaseUsageError/poolUsedInsideTransaction`` (it would run outside the transaction,
    /// and on SQLite wait forever for the connection the transaction holds).
    public var sql: any SQLDatabase {
        PooledSQLDatabase(database: self)
    }

    /// Connects to the database named by `url` and checks it answers, before returning.
    ///
    /// - Parameters:
    ///   - url: `sqlite://relative/path.sqlite`, `sqlite:///absolute/path.sqlite`, `sqlite::memory:`, or
    ///     `postgres://user:password@host:port/database?sslmode=disable|prefer|require|verify-ca|verify-full` (`postgresql://`
    ///     too; ``PostgresTLSMode``).
    ///     A relative SQLite path is resolved against the current directory; missing parent folders are created.
    ///   - logger: Receives driver logs (queries at debug level).
    ///   - maxConnections: PostgreSQL pool size across all event loops (default 8). SQLite always uses one.
    ///   - eventLoopGroup: Event loops for the connections.
    ///   - threadPool: Thread pool running SQLite calls.
    /// - Returns: An open database; call ``shutdown()`` when done.
    /// - Throws: ``DatabaseOpenError`` with a one-line description: a bad URL, an SQLite file that cannot be
    ///   opened or written, an unreachable PostgreSQL server (within 5 s), or a refused login.
    public static func open(
        url: String,
        logger: Logger,
        maxConnections: Int? = nil,
        eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        threadPool: NIOThreadPool = .singleton
    ) async throws -> ReclaimDatabase {
        let location = try DatabaseLocation.parse(url)
        switch location {
        case .sqliteFile(let path):
            let factory = SQLiteConnectionFactory(storage: .file(path: path), threadPool: threadPool)
            let folder = (path as NSString).deletingLastPathComponent
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            do {
                let probe = try await factory.makeConnection(logger: logger, on: eventLoopGroup.any()).get()
                do {
                    // Reads the header: fails here on a file that is not a database.
                    _ = try await probe.query("SELECT count(*) FROM sqlite_master", [])
                    try? await probe.close()
                } catch {
                    try? await probe.close()
                    throw error
                }
            } catch {
                throw DatabaseOpenError.sqlite(path: path, reason: DatabaseErrors.describe(error))
            }
            return Self.sqlite(factory: factory, location: path, logger: logger, eventLoopGroup: eventLoopGroup)

        case .sqliteMemory:
            let factory = SQLiteConnectionFactory(storage: .memory, threadPool: threadPool)
            // A private in-memory database lives and dies with its connection: probe the pool's own.
            let database = Self.sqlite(factory: factory, location: ":memory:", logger: logger, eventLoopGroup: eventLoopGroup)
            do {
                try await database.ping()
            } catch {
                try? await database.shutdown()
                throw DatabaseOpenError.sqlite(path: ":memory:", reason: DatabaseErrors.describe(error))
            }
            return database

        case .postgres(let configuration, let display):
            let source = PostgresConnectionSource(sqlConfiguration: configuration)
            do {
                let probe = try await source.makeConnection(logger: logger, on: eventLoopGroup.any()).get()
                do {
                    _ = try await probe.sql(queryLogLevel: nil).raw("SELECT 1").all()
                    try? await probe.close()
                } catch {
                    try? await probe.close()
                    throw error
                }
            } catch {
                throw DatabaseOpenError.postgres(location: display, reason: DatabaseErrors.describe(error))
            }
            let loops = max(1, Array(eventLoopGroup.makeIterator()).count)
            let total = max(1, maxConnections ?? 8)
            let pool = EventLoopGroupConnectionPool(
                source: source, maxConnectionsPerEventLoop: max(1, (total + loops - 1) / loops),
                requestTimeout: .seconds(10), logger: logger, on: eventLoopGroup
            )
            let name = configuration.coreConfiguration.database.map { "/\($0)" } ?? ""
            return ReclaimDatabase(dialect: .postgres, location: display + name, logger: logger, pools: .postgres(pool))
        }
    }

    private static func sqlite(
        factory: SQLiteConnectionFactory, location: String, logger: Logger, eventLoopGroup: any EventLoopGroup
    ) -> ReclaimDatabase {
        // Long transactions queue other statements behind them; 30 s before a waiter gives up.
        let pool = EventLoopConnectionPool(
            source: factory, maxConnections: 1, requestTimeout: .seconds(30), logger: logger, on: eventLoopGroup.next()
        )
        return ReclaimDatabase(dialect: .sqlite, location: location, logger: logger, pools: .sqlite(pool))
    }

    /// Runs a trivial query (`SELECT 1`): the readiness check behind `/readyz`.
    /// - Throws: The driver's error when the database does not answer.
    public func ping() async throws {
        _ = try await self.sql.raw("SELECT 1").all()
    }

    /// Whether ``shutdown()`` has been called.
    var isShutDownNow: Bool { self.isShutDown.isSet }

    /// Closes every connection. Safe to call more than once; later calls do nothing.
    ///
    /// Statements still running finish first; a connection in use is closed when it is released.
    public func shutdown() async throws {
        guard self.isShutDown.setOnce() else { return }
        switch self.pools {
        case .sqlite(let pool): try await pool.close().get()
        case .postgres(let pool): try await pool.shutdownAsync()
        }
    }
}

/// The connection pools behind a ``ReclaimDatabase``.
enum Pools: @unchecked Sendable {
    // @unchecked: both pool types are thread-safe (a lock, or confinement to their event loop with hops)
    // but predate Sendable annotations.
    case sqlite(EventLoopConnectionPool<SQLiteConnectionFactory>)
    case postgres(EventLoopGroupConnectionPool<PostgresConnectionSource>)
}

/// A flag that can be set once, from any thread.
final class LockedFlag: @unchecked Sendable {
    // @unchecked: `value` is only touched under `lock`.
    private let lock = NSLock()
    private var value = false

    /// Sets the flag; returns `true` if this call set it, `false` if it was already set.
    func setOnce() -> Bool {
        self.lock.withLock {
            defer { self.value = true }
            return !self.value
        }
    }

    /// Whether the flag is set.
    var isSet: Bool {
        self.lock.withLock { self.value }
    }
}
