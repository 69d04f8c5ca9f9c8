import Hummingbird
import ReclaimCore

/// Routes of commerce ingestion: platform webhooks and the generic events API.
/// - Parameters:
///   - router: The router to extend.
///   - dependencies: Shared application state.
///   - openAPI: The document the routes describe themselves in.
func addCommerceRoutes(
    to router: Router<AppRequestContext>, _ dependencies: AppDependencies, openAPI: inout OpenAPIDocument
) {
    let (configuration, clock, ingestion) = (dependencies.configuration, dependencies.clock, dependencies.ingestionService)
    router.addRoutes(ShopifyWebhookController(configuration: configuration, clock: clock, ingestion: ingestion).endpoints)
    router.addRoutes(WooCommerceWebhookController(configuration: configuration, clock: clock, ingestion: ingestion).endpoints)
    router.addRoutes(BigCommerceWebhookController(configuration: configuration, clock: clock, ingestion: ingestion).endpoints)
    router.group("api/v1/stores/:store")
        .add(middleware: dependencies.storeAPIKeys)
        .addRoutes(
            EventsController(configuration: configuration, clock: clock, database: dependencies.database, ingestion: ingestion)
                .endpoints
        )
        .addRoutes(CartsController(repositories: dependencies.repositories).endpoints)
        .addRoutes(
            StatsController(configuration: configuration, database: dependencies.database, service: dependencies.statsService).endpoints
        )
        .addRoutes(
            AssistantController(
                configuration: configuration, repositories: dependencies.repositories, clock: clock,
                assistant: dependencies.assistantService
            ).endpoints)
    CommerceOpenAPI.describe(&openAPI)
    AssistantOpenAPI.describe(&openAPI)
}
