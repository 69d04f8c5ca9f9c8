import Hummingbird
import ReclaimCore

/// Routes of on-site capture: the embeddable script and the public endpoint it posts to.
/// - Parameters:
///   - router: The router to extend.
///   - dependencies: Shared application state.
///   - openAPI: The document the routes describe themselves in.
func addCaptureRoutes(
    to router: Router<AppRequestContext>, _ dependencies: AppDependencies, openAPI: inout OpenAPIDocument
) {
    router.addRoutes(
        CaptureController(
            configuration: dependencies.configuration, clock: dependencies.clock, phones: dependencies.phones,
            limiter: CaptureRateLimiter(), service: dependencies.captureService
        ).endpoints)
    CaptureOpenAPI.describe(&openAPI)
}
