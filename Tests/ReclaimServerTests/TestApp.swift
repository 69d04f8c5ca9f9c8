import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import ReclaimCore
import ReclaimServer

/// Arguments for an application under test: a fresh SQLite file, port 0, fixed clock.
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

/// Builds the real application on a fresh SQLite file and runs `body` against it through
/// Hummingbird's in-process router test client.
func withTestApp<T: Sendable>(
    configure: (inout TestArguments) -> Void = { _ in },
    _ body: @Sendable @escaping (any TestClientProtocol) async throws -> T
) async throws -> T {
    try await withTemporaryDirectory { directory in
        var arguments = TestArguments(databaseURL: "sqlite://\(directory.path)/test.sqlite")
        configure(&arguments)
        let app = try await buildApplication(arguments)
        return try await app.test(.router, body)
    }
}
