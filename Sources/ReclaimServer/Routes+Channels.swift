import Hummingbird
import ReclaimCore

/// Routes of the channels: tracked links, unsubscribe pages, Telnyx events and email relay events
/// (Twilio's callbacks live with the compliance routes, which own inbound keywords).
func addChannelRoutes(to router: Router<AppRequestContext>, _ dependencies: AppDependencies) {
    router.addRoutes(LinksController(dependencies: dependencies).endpoints)
    router.addRoutes(UnsubscribeController(dependencies: dependencies).endpoints)
    router.addRoutes(TelnyxWebhookController(dependencies: dependencies).endpoints)
    router.addRoutes(EmailEventsController(dependencies: dependencies).endpoints)
}

/// Job kinds of the channels: `message.dispatch`.
func registerChannelJobs(in registry: inout JobHandlerRegistry, _ dependencies: AppDependencies) {
    let dispatcher = MessageDispatcher(dependencies)
    registry.register(MessageDispatcher.jobKind) { job, run in try await dispatcher.handle(job, run) }
    registry.registerBatch(MessageDispatcher.jobKind) { jobs, run in await dispatcher.handle(batch: jobs, run) }
}
