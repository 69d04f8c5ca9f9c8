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
    let configuration = dependencies.configuration
    router.group("api/v1/stores/:store")
        .add(middleware: dependencies.storeAPIKeys)
        .addRoutes(PolicyController(configuration: configuration, service: dependencies.policyCheckService()).endpoints)
        .addRoutes(
            ConsentController(
                configuration: configuration, repositories: dependencies.repositories, erasure: dependencies.contactErasureService
            ).endpoints)
    router.addRoutes(
        TwilioInboundController(
            configuration: configuration, inboundTexts: dependencies.inboundMessageService,
            statuses: dependencies.providerStatusService
        ).endpoints)
    ComplianceOpenAPI.describe(&openAPI)
}
