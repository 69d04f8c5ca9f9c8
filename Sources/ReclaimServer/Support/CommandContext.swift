import Foundation
import Logging
import ReclaimCore
import ReclaimStore

/// What one-shot commands (`reclaim policy check`, `reclaim consent export`) share: the database
/// opened and migrated from the configuration, and the store they act for.
public enum CommandContext {
    /// Opens the configured database, applies pending migrations, runs `body` with the application's
    /// dependencies on the system clock, and closes the database, also when `body` throws.
    /// - Parameters:
    ///   - configuration: The loaded configuration.
    ///   - logger: Logger for the database; keep it off standard output when that carries results.
    ///   - body: The command's work.
    /// - Returns: What `body` returns.
    public static func run<T>(
        configuration: ReclaimConfiguration, logger: Logger, _ body: (AppDependencies) async throws -> T
    ) async throws -> T {
        let database = try await ReclaimDatabase.open(url: configuration.database.url, logger: logger)
        do {
            try await Migrator(database: database, logger: logger).migrate()
            let dependencies = AppDependencies(
                configuration: configuration, database: database, clock: SystemClock(), logger: logger)
            let result = try await body(dependencies)
            try await database.shutdown()
            return result
        } catch {
            try? await database.shutdown()
            throw error
        }
    }

    /// The store a command acts for: the one named, else the only one configured, else (with none
    /// configured) a default store `default` with region US.
    /// - Throws: ``CommandError`` when the named store is unknown or several are configured.
    public static func store(_ id: String?, in configuration: ReclaimConfiguration) throws -> StoreConfiguration {
        if let id {
            guard let store = configuration.store(id) else { throw CommandError("no store \"\(id)\" in the configuration") }
            return store
        }
        switch configuration.stores.count {
        case 0:
            let json = #"{"id": "default", "name": "Reclaim", "defaultRegion": "US"}"#
            return try JSONDecoder().decode(StoreConfiguration.self, from: Data(json.utf8))
        case 1:
            return configuration.stores[0]
        default:
            let ids = configuration.stores.map(\.id).joined(separator: ", ")
            throw CommandError("several stores are configured (\(ids)); pass --store")
        }
    }

    /// A logger writing plain lines to standard error. Commands that print results stay quiet at the
    /// default `info` (only warnings and errors); `debug` or `trace` show everything.
    public static func stderrLogger(level: String) -> Logger {
        var logger = Logger(label: "reclaim") { StreamLogHandler.standardError(label: $0) }
        let requested = Logger.Level(rawValue: level.lowercased()) ?? .warning
        logger.logLevel = requested < .info ? requested : max(requested, .warning)
        return logger
    }
}

/// A command failed for a reason worth one line on standard error.
public struct CommandError: Error, CustomStringConvertible, Sendable {
    /// The line.
    public var description: String

    /// Creates the error.
    public init(_ description: String) {
        self.description = description
    }
}
