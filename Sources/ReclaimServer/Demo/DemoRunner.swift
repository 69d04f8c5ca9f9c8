import Foundation
import Logging
import ReclaimCore
import ReclaimStore

/// `reclaim demo`: a temporary SQLite database, the demo store, the simulation with a live progress
/// line, then the report; with `serve`, the server keeps the demo data up until Ctrl-C.
public func runDemo(_ options: DemoOptions, serve: Bool, port: Int) async throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("reclaim-demo-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { if !serve { try? FileManager.default.removeItem(at: directory) } }
    var logger = Logger(label: "reclaim-demo")
    logger.logLevel = .critical
    let yaml = DemoStore.configurationYAML(databasePath: directory.appendingPathComponent("demo.sqlite").path, port: port)
    let configuration = try ConfigurationLoader(environment: [:]).parse(yaml, path: "demo configuration")
    let database = try await ReclaimDatabase.open(url: configuration.database.url, logger: logger)
    let began = ContinuousClock.now
    let report: DemoReport
    do {
        _ = try await Migrator(database: database, logger: logger).migrate()
        let simulation = try DemoSimulation(options: options, configuration: configuration, database: database, logger: logger)
        let progress = DemoProgress()
        try await simulation.run { progress.show($0) }
        progress.finish()
        report = try await DemoReport.read(database: database.sql, store: DemoStore.id)
    } catch {
        try? await database.shutdown()
        throw error
    }
    try await database.shutdown()
    let seconds =
        Double((ContinuousClock.now - began).components.attoseconds) / 1e18 + Double((ContinuousClock.now - began).components.seconds)
    print(report.render(currency: "USD", carts: options.carts, seconds: seconds))
    guard serve else { return }
    print(
        """

        Serving the demo data at http://127.0.0.1:\(port) (Ctrl-C to stop):
          dashboard: http://127.0.0.1:\(port)/dashboard (sign in with the key \(DemoStore.apiKey))
          curl -H 'Authorization: Bearer \(DemoStore.apiKey)' http://127.0.0.1:\(port)/api/v1/stores/\(DemoStore.id)/stats
        Database: \(directory.path)/demo.sqlite
        """)
    fflush(nil)  // every C stream: the report and the address, before the server runs (stdout may be a file or a pipe)
    var serveLogger = Logger(label: "reclaim")
    serveLogger.logLevel = .notice
    try await runApplication(DemoServeArguments(configuration: configuration, logger: serveLogger))
}

/// Serving the finished demo: HTTP only, the journeys stay as the simulation left them.
struct DemoServeArguments: AppArguments {
    let configuration: ReclaimConfiguration
    let logger: Logger
    var runsWorker: Bool { false }
}

/// The live progress line on standard error (a terminal sees it rewrite itself in place).
final class DemoProgress: @unchecked Sendable {
    private var shown = false

    func show(_ line: String) {
        FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
        self.shown = true
    }

    func finish() {
        if self.shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
