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
        .add(middleware: StoreAPIKeyMiddleware(dependencies: dependencies))
        .addRoutes(ConversationsController(dependencies: dependencies).endpoints)
    ConversationsOpenAPI.describe(&openAPI)
}

/// Job kinds of conversations: `conversation.reply`, the assistant's answer to a shopper's reply.
func registerConversationJobs(in registry: inout JobHandlerRegistry, _ dependencies: AppDependencies) {
    let replies = ConversationReplyRunner(dependencies)
    registry.register(ConversationReplyJob.kind) { job, run in try await replies.handle(job, run) }
}
