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
}

/// Job kinds of commerce ingestion (webhook processing, abandonment checks).
func registerCommerceJobs(in registry: inout JobHandlerRegistry, _ dependencies: AppDependencies) {
}
