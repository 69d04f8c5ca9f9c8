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
}

/// Job kinds of the compliance engine (retention sweep).
func registerComplianceJobs(in registry: inout JobHandlerRegistry, _ dependencies: AppDependencies) {
}
