import Foundation
import Logging
import NIOPosix
import ReclaimStore

/// Errors from the test database helpers.
public enum TestDatabaseError: Error, CustomStringConvertible {
    /// PostgreSQL was requested but `POSTGRES_HOSTNAME` is unset.
    case postgresNotConfigured
    /// `POSTGRES_HOSTNAME` names another machine; tests only create and drop databases locally.
    case postgresNotLocal(String)

    /// One readable line.
    public var description: String {
        switch self {
        case .postgresNotConfigured:
            "PostgreSQL tests need POSTGRES_HOSTNAME, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD, POSTGRES_DB"
                + " (run under scripts/with-postgres)"
        case .postgresNotLocal(let host):
            "refusing to create test databases on non-local PostgreSQL host \(host) (use 127.0.0.1, localhost or ::1)"
        }
    }
}

/// A logger for tests: warnings and errors only, unless `RECLAIM_TEST_LOG_LEVEL` (`debug`, `info`, …) says otherwise.
public func testLogger(_ label: String = "reclaim.test") -> Logger {
    var logger = Logger(label: label)
    logger.logLevel =
        ProcessInfo.processInfo.environment["RECLAIM_TEST_LOG_LEVEL"]
        .flatMap { Logger.Level(rawValue: $0.lowercased()) } ?? .warning
    return logger
}

/// Runs `body` with a fresh database of `backend`, migrated with ``AllMigrations/list`` unless `migrated`
/// is `false`, and removes it afterwards, whether `body` returns or throws.
///
/// - SQLite: a new temporary file (not `:memory:`, so every connection sees the same data), deleted with
///   its `-wal` and `-shm` files.
/// - PostgreSQL: `CREATE DATABASE reclaim_t_… TEMPLATE reclaim_tpl_…`, where the template is migrated once
///   per test process; dropped afterwards with `WITH (FORCE)`. Requires the `POSTGRES_*` variables and a
///   local host.
///
/// The database is shut down before this returns; a test never leaks connections.
///
/// ```swift
/// try await withTestDatabase(.sqlite) { database in
///     let queue = JobQueue(database: database)
///     …
/// }
/// ```
///
/// - Parameters:
///   - backend: Which engine.
///   - migrated: Whether to apply ``AllMigrations/list`` first (default `true`).
///   - body: The test; receives the open database.
/// - Returns: What `body` returns.
public func withTestDatabase<T>(
    _ backend: TestBackend, migrated: Bool = true, _ body: (ReclaimDatabase) async throws -> T
) async throws -> T {
    switch backend {
    case .sqlite:
        let scratch = try TestScratch(prefix: "reclaim-test")
        defer { scratch.remove() }
        let database = try await ReclaimDatabase.open(url: "sqlite://\(scratch.path("test.sqlite"))", logger: testLogger())
        return try await withShutdown(database) {
            if migrated { try await Migrator(database: database, logger: testLogger()).migrate() }
            return try await body(database)
        }
    case .postgres:
        return try await PostgresTestDatabases.shared.withDatabase(migrated: migrated, body)
    }
}

/// Runs `body` with the URL of a fresh, empty database of `backend` that nothing has opened, for code that
/// opens its own pool (the application under test), and removes the database afterwards.
///
/// - SQLite: a file in a new temporary folder named with a whole UUID (tests that read log lines mask UUIDs),
///   deleted with the folder.
/// - PostgreSQL: a database created from the migrated template (see ``withTestDatabase(_:migrated:_:)``), so
///   opening it finds every migration applied; dropped with `WITH (FORCE)`.
///
/// - Parameters:
///   - backend: Which engine.
///   - body: The test; receives the database URL. Whatever it opened on the URL must be closed when it returns.
/// - Returns: What `body` returns.
public func withTestDatabaseURL<T>(_ backend: TestBackend, _ body: (String) async throws -> T) async throws -> T {
    switch backend {
    case .sqlite:
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reclaim-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try await body("sqlite://\(folder.path)/test.sqlite")
    case .postgres:
        return try await PostgresTestDatabases.shared.withDatabaseURL(migrated: true, body)
    }
}

/// Opens a second connection pool on the same test database, as another process would (for concurrency tests).
/// - Parameters:
///   - database: A database from ``withTestDatabase(_:migrated:_:)``.
///   - body: Receives the second database; it is shut down afterwards.
/// - Returns: What `body` returns.
public func withSecondConnection<T>(
    to database: ReclaimDatabase, _ body: (ReclaimDatabase) async throws -> T
)
    async throws -> T
{
    let url: String
    switch database.dialect {
    case .sqlite:
        url = "sqlite://\(database.location)"
    case .postgres:
        guard let configuration = PostgresTestConfiguration.fromEnvironment() else {
            throw TestDatabaseError.postgresNotConfigured
        }
        let name = String(database.location.split(separator: "/").last ?? "")
        url = configuration.url(database: name)
    }
    // Its own threads, as another process would have: a connection waiting for SQLite's write lock blocks
    // its thread, which must not starve the shared pool the lock holder needs.
    let threads = NIOThreadPool(numberOfThreads: 2)
    threads.start()
    do {
        let second = try await ReclaimDatabase.open(url: url, logger: testLogger(), threadPool: threads)
        let result = try await withShutdown(second) { try await body(second) }
        try await threads.shutdownGracefully()
        return result
    } catch {
        try? await threads.shutdownGracefully()
        throw error
    }
}

/// Runs `body`, then shuts `database` down, whether `body` returned or threw.
@discardableResult
func withShutdown<T>(_ database: ReclaimDatabase, _ body: () async throws -> T) async throws -> T {
    let result: T
    do {
        result = try await body()
    } catch {
        try? await database.shutdown()
        throw error
    }
    try await database.shutdown()
    return result
}

/// A temporary folder removed by ``remove()``.
public struct TestScratch: Sendable {
    /// The folder's absolute path.
    public let root: String

    /// Creates a new empty folder under the system's temporary directory.
    /// - Parameter prefix: Start of the folder's name.
    public init(prefix: String = "reclaim") throws {
        self.root =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)-\(UUID().uuidString.prefix(8).lowercased())", isDirectory: true).path
        try FileManager.default.createDirectory(atPath: self.root, withIntermediateDirectories: true)
    }

    /// The absolute path of `name` inside the folder.
    public func path(_ name: String) -> String {
        self.root + "/" + name
    }

    /// Deletes the folder and everything in it.
    public func remove() {
        try? FileManager.default.removeItem(atPath: self.root)
    }
}
