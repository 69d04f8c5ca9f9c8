import Hummingbird
import ReclaimCore

/// Routes of the inbox: conversations, a person's replies, takeover and hand-back.
/// - Parameters:
///   - router: The router to extend.
///   - dependencies: Shared application state.
///   - openAPI: The document the routes describe themselves in.
func addConversationRoutes(
    to router: Router<AppRequestContext>, _ dependencies: AppDependencies, openAPI: inout OpenAPIDocument
) {
    router.group("api/v1/stores/:store")
        .add(middleware: dependencies.storeAPIKeys)
        .addRoutes(
            ConversationsController(
                configuration: dependencies.configuration, clock: dependencies.clock, queries: dependencies.inboxQueries,
                inbox: dependencies.inboxService
            ).endpoints)
    ConversationsOpenAPI.describe(&openAPI)
}
