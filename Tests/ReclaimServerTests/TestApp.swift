import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import ReclaimCore
import ReclaimStore
import ReclaimTestSupport
import SQLKit

@testable import ReclaimServer

/// Arguments for an application under test: port 0, a 64 KiB body limit, no worker, warnings only.
struct TestArguments: AppArguments {
    var configuration: ReclaimConfiguration
    var clock: any WallClock
    var runsWorker: Bool
    var logger: Logger

    init(databaseURL: String, stores: [StoreConfiguration] = [], clock: any WallClock = SystemClock(), runsWorker: Bool = false) {
        var configuration = ReclaimConfiguration.defaults
        configuration.database.url = databaseURL
        configuration.server.port = 0
        configuration.server.maxBodyBytes = 64 * 1024
        configuration.stores = stores
        self.configuration = configuration
        self.clock = clock
        self.runsWorker = runsWorker
        var logger = Logger(label: "reclaim-test")
        logger.logLevel = .warning
        self.logger = logger
    }
}

/// A temporary directory removed when the body returns.
func withTemporaryDirectory<T>(_ body: (URL) async throws -> T) async throws -> T {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("reclaim-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: url) }
    return try await body(url)
}

/// The application under test: an in-process client for its routes, the dependencies its routes and jobs
/// share (the same database pool, queue and channels), and the clock it reads.
struct TestApp: Sendable {
    /// Hummingbird's in-process client for the application's router.
    let client: any TestClientProtocol
    /// The application's own dependencies, as `buildApplication` made them.
    let dependencies: AppDependencies
    /// The clock the application reads; tests move it.
    let clock: TestClock

    /// Repositories over the application's database.
    var repositories: ReclaimRepositories { self.dependencies.repositories }

    /// Runs due jobs through the real handlers until none is due (or for `rounds` claims). With `batched`
    /// false, kinds with a batch handler run one job at a time instead.
    @discardableResult
    func runJobs(batched: Bool = true, rounds: Int = 20) async throws -> Int {
        var logger = Logger(label: "worker")
        logger.logLevel = .critical
        let registry = buildJobRegistry(self.dependencies)
        let worker = JobWorkerService(
            queue: self.dependencies.queue, registry: batched ? registry : registry.singleJobOnly(), clock: self.clock,
            settings: .init(batchSize: 50, concurrency: 1, lease: 60, pollInterval: 0.01), logger: logger)
        var total = 0
        for _ in 0..<rounds {
            let ran = try await worker.runOnce()
            if ran == 0 { break }
            total += ran
        }
        return total
    }

    /// How many jobs of `kind` are in `state` (any state when `nil`).
    func jobs(_ kind: String, state: JobState? = nil) async throws -> Int {
        let query = self.dependencies.database.sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from("jobs").where("kind", .equal, kind)
        if let state { query.where("state", .equal, state.rawValue) }
        return try await query.first()?.decode(column: "n", as: Int.self) ?? 0
    }
}

/// Builds the application as `reclaim serve` does (``buildApplication(_:)``, ``buildRouter(_:)``) on a fresh
/// database and runs `body` against it: requests go through the router in process, and the test reaches the
/// app's own dependencies (never a second pool beside the app's).
///
/// - Parameters:
///   - stores: The configured stores (`Commerce.stores()`, `ComplianceFixture.stores()`, …); none by default.
///   - clock: The clock the application reads.
///   - runsWorker: Whether the application runs its background worker (off: tests run jobs with ``TestApp/runJobs(batched:rounds:)``).
///   - backend: The database engine; a fresh SQLite file by default.
///   - configure: Any other change to the arguments (configuration sections, the logger).
///   - body: The test.
/// - Returns: What `body` returns.
func withTestApp<T: Sendable>(
    stores: [StoreConfiguration] = [], clock: TestClock = TestClock(), runsWorker: Bool = false, backend: TestBackend = .sqlite,
    configure: (inout TestArguments) -> Void = { _ in },
    _ body: @Sendable @escaping (TestApp) async throws -> T
) async throws -> T {
    try await withTestDatabaseURL(backend) { url in
        var arguments = TestArguments(databaseURL: url, stores: stores, clock: clock, runsWorker: runsWorker)
        configure(&arguments)
        let (app, dependencies) = try await buildApplicationAndDependencies(arguments)
        return try await app.test(.router) { client in
            try await body(TestApp(client: client, dependencies: dependencies, clock: clock))
        }
    }
}
