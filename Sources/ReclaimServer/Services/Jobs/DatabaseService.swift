import Logging
import ReclaimStore
import ServiceLifecycle

/// Keeps the database open for the life of the service group and closes it last.
///
/// Added first, it is shut down after every service that uses the database has finished.
public struct DatabaseService: Service {
    let database: ReclaimDatabase
    let logger: Logger

    /// Creates the service.
    public init(database: ReclaimDatabase, logger: Logger) {
        self.database = database
        self.logger = logger
    }

    public func run() async throws {
        try? await gracefulShutdown()
        try await self.database.shutdown()
        self.logger.info("database closed")
    }
}
