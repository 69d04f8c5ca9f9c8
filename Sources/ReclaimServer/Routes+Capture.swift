import Hummingbird
import ReclaimCore

/// Routes of on-site capture: the embeddable script and the public endpoint it posts to.
/// - Parameters:
///   - router: The router to extend.
///   - dependencies: Shared application state.
func addCaptureRoutes(to router: Router<AppRequestContext>, _ dependencies: AppDependencies) {
    let service = CaptureService(database: dependencies.database, ingestion: dependencies.ingestionService)
    router.addRoutes(
        CaptureController(
            configuration: dependencies.configuration, clock: dependencies.clock, phones: dependencies.phones,
            limiter: CaptureRateLimiter(), service: service
        ).endpoints)
}
