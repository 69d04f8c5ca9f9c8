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
    router.addRoutes(ShopifyWebhookController(dependencies: dependencies).endpoints)
    router.addRoutes(WooCommerceWebhookController(dependencies: dependencies).endpoints)
    router.addRoutes(BigCommerceWebhookController(dependencies: dependencies).endpoints)
    router.group("api/v1/stores/:store")
        .add(middleware: StoreAPIKeyMiddleware(dependencies: dependencies))
        .addRoutes(EventsController(dependencies: dependencies).endpoints)
        .addRoutes(CartsController(dependencies: dependencies).endpoints)
        .addRoutes(StatsController(dependencies: dependencies).endpoints)
        .addRoutes(AssistantController(dependencies: dependencies).endpoints)
    CommerceOpenAPI.describe(&openAPI)
    AssistantOpenAPI.describe(&openAPI)
}

/// Job kinds of commerce ingestion: `commerce.ingest` (a stored webhook delivery),
/// `cart.abandonment_check` and `assistant.reindex` (after a catalog change). `flow.start`, enqueued when a cart is abandoned, belongs to the flow engine.
func registerCommerceJobs(in registry: inout JobHandlerRegistry, _ dependencies: AppDependencies) {
    registry.register(IngestionService.jobKind) { job, run in
        try await IngestionService(dependencies).handle(job, run)
    }
    registry.register(AbandonmentService.checkKind) { job, run in
        try await AbandonmentService(dependencies).check(job, run)
    }
    registry.register(CatalogService.reindexKind) { job, _ in
        try await CatalogService.reindex(job, dependencies)
    }
}
