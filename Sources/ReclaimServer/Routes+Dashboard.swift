import Hummingbird
import ReclaimCore

/// Routes of the merchant's dashboard under `/dashboard` (``DashboardController``): sign-in is open,
/// everything else needs a session.
/// - Parameters:
///   - router: The router to extend.
///   - dependencies: Shared application state.
func addDashboardRoutes(to router: Router<AppRequestContext>, _ dependencies: AppDependencies) {
    let controller = DashboardController(
        configuration: dependencies.configuration, clock: dependencies.clock, logger: dependencies.logger,
        throttle: dependencies.keyGuesses, repositories: dependencies.repositories, queries: dependencies.inboxQueries,
        inboxService: dependencies.inboxService, assistant: dependencies.assistantService,
        stats: dependencies.statsService)
    router.group("dashboard").addRoutes(controller.publicEndpoints)
    router.group("dashboard")
        .add(middleware: DashboardAuthMiddleware(keys: controller.keys, clock: dependencies.clock))
        .addRoutes(controller.signedInEndpoints)
}
