import Hummingbird
import ReclaimCore

/// Routes of the channels: tracked links, unsubscribe pages, Telnyx events and email relay events
/// (Twilio's callbacks live with the compliance routes, which own inbound keywords).
func addChannelRoutes(to router: Router<AppRequestContext>, _ dependencies: AppDependencies) {
    let configuration = dependencies.configuration
    router.addRoutes(LinksController(links: dependencies.trackedLinkService).endpoints)
    router.addRoutes(
        UnsubscribeController(
            configuration: configuration, repositories: dependencies.repositories, unsubscribes: dependencies.unsubscribeService
        ).endpoints)
    router.addRoutes(
        TelnyxWebhookController(
            configuration: configuration, clock: dependencies.clock, database: dependencies.database,
            inboundTexts: dependencies.inboundMessageService, statuses: dependencies.providerStatusService
        ).endpoints)
    router.addRoutes(
        EmailEventsController(configuration: configuration, clock: dependencies.clock, database: dependencies.database).endpoints)
}
