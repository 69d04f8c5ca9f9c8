import Hummingbird
import Logging
import ReclaimStore

/// `/healthz` (the process answers) and `/readyz` (the database answers too).
public struct HealthController: Sendable {
    let database: ReclaimDatabase

    /// Creates the controller.
    public init(database: ReclaimDatabase) {
        self.database = database
    }

    /// The routes.
    public var endpoints: RouteCollection<AppRequestContext> {
        RouteCollection(context: AppRequestContext.self)
            .get("healthz", use: self.health)
            .get("readyz", use: self.ready)
    }

    /// Status body of both probes.
    public struct Status: ResponseEncodable, Sendable {
        /// `ok` or `unavailable`.
        public var status: String
        /// Database state for `/readyz`.
        public var database: String?
    }

    @Sendable func health(_ request: Request, context: AppRequestContext) async throws -> Status {
        Status(status: "ok", database: nil)
    }

    @Sendable func ready(_ request: Request, context: AppRequestContext) async throws -> Status {
        do {
            try await self.database.ping()
            return Status(status: "ok", database: "ok")
        } catch {
            context.logger.warning("readiness check failed", metadata: ["error": "\(error)"])
            throw APIError(.serviceUnavailable, code: "database_unavailable", message: "database is not reachable")
        }
    }
}
