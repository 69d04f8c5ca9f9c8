import Hummingbird
import ReclaimCore

/// Routes of the compliance engine: policy check, consent export, erasure, inbound SMS keywords.
/// - Parameters:
///   - router: The router to extend.
///   - dependencies: Shared application state.
///   - openAPI: The document the routes describe themselves in.
func addComplianceRoutes(
    to router: Router<AppRequestContext>, _ dependencies: AppDependencies, openAPI: inout OpenAPIDocument
) {
    router.group("api/v1/stores/:store")
        .add(middleware: StoreAPIKeyMiddleware(dependencies: dependencies))
        .addRoutes(PolicyController(dependencies: dependencies).endpoints)
        .addRoutes(ConsentController(dependencies: dependencies).endpoints)
    router.addRoutes(TwilioInboundController(dependencies: dependencies).endpoints)
    ComplianceOpenAPI.describe(&openAPI)
}

/// Job kinds of the compliance engine (retention sweep).
func registerComplianceJobs(in registry: inout JobHandlerRegistry, _ dependencies: AppDependencies) {
    let retention = RetentionJob(dependencies)
    registry.register(RetentionJob.kind) { job, context in try await retention.handle(job, context) }
}
