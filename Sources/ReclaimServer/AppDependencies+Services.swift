import Foundation
import ReclaimCommerce
import ReclaimCore
import ReclaimStore

/// The one place services are built from ``AppDependencies``: each service takes only the collaborators
/// it uses, and a service that calls another receives it from here. Part of the composition root, with
/// `Application+build.swift`, the `Routes+*` files, ``JobCatalog``, `CommandContext` and the demo.
extension AppDependencies {
    // MARK: Intake and abandonment

    /// Applies commerce events (carts, orders, consent, catalog, privacy) and queues webhook deliveries.
    var ingestionService: IngestionService {
        IngestionService(
            configuration: self.configuration, queue: self.queue, database: self.database, phones: self.phones,
            abandonment: self.abandonmentService, attribution: AttributionService(abandonment: self.abandonmentService))
    }

    /// Records on-site captures (`POST /c/{store}`) through the consent ingestion.
    var captureService: CaptureService {
        CaptureService(database: self.database, ingestion: self.ingestionService)
    }

    /// Schedules, runs and cancels abandonment checks.
    var abandonmentService: AbandonmentService {
        AbandonmentService(configuration: self.configuration, database: self.database)
    }

    // MARK: Journeys

    /// The flow engine's jobs: starts, steps and signals.
    public var journeyService: JourneyService {
        JourneyService(
            configuration: self.configuration, flows: self.flows, phones: self.phones, repositories: self.repositories,
            queue: self.queue, clock: self.clock, database: self.database, jobWakeup: self.jobWakeup, sender: self.stepSender,
            gate: self.stepGate, outbox: self.outboxService)
    }

    /// Composes, gates and queues a step's message.
    var stepSender: StepSender {
        StepSender(
            templates: self.templates, gate: self.stepGate, links: self.trackedLinkService, unsubscribes: self.unsubscribeService,
            discounts: self.discountService)
    }

    /// Issues codes on the stores' platforms, marks them redeemed and expires them.
    var discountService: DiscountService {
        DiscountService(repositories: self.repositories, platforms: DiscountPlatforms(http: AsyncHTTPFetcher()), queue: self.queue)
    }

    /// Ends unanswered double opt-in requests when they expire (`consent.double_opt_in.expire`).
    var doubleOptInExpiry: DoubleOptInExpiry {
        DoubleOptInExpiry(repositories: self.repositories)
    }

    /// The compliance facts and decision of a step.
    var stepGate: StepGate { StepGate(repositories: self.repositories, phones: self.phones) }

    // MARK: Dispatch

    /// Queues outbound messages with their dispatch jobs.
    public var outboxService: OutboxService {
        OutboxService(clock: self.clock, database: self.database, jobWakeup: self.jobWakeup)
    }

    /// Sends queued messages through the stores' channels.
    public var messageDispatcher: MessageDispatcher {
        MessageDispatcher(
            baseURL: self.configuration.server.baseURL, clock: self.clock, queue: self.queue, repositories: self.repositories,
            phones: self.phones, channels: self.channels, database: self.database)
    }

    /// Picks up outbox rows after a restart.
    public var outboxRecovery: OutboxRecovery {
        OutboxRecovery(repositories: self.repositories, queue: self.queue, clock: self.clock, dispatcher: self.messageDispatcher)
    }

    /// Stores providers' delivery reports.
    public var providerStatusService: ProviderStatusService {
        ProviderStatusService(clock: self.clock, repositories: self.repositories, phones: self.phones)
    }

    /// The send gate as a what-if.
    public func policyCheckService(policy: CompliancePolicy = .reference) -> PolicyCheckService {
        PolicyCheckService(repositories: self.repositories, phones: self.phones, clock: self.clock, policy: policy)
    }

    // MARK: Links

    /// Mints and follows tracked links.
    var trackedLinkService: TrackedLinkService {
        TrackedLinkService(
            configuration: self.configuration, clock: self.clock, repositories: self.repositories, flowEvents: self.flowEvents)
    }

    /// Mints unsubscribe tokens and unsubscribes.
    var unsubscribeService: UnsubscribeService {
        UnsubscribeService(
            configuration: self.configuration, clock: self.clock, database: self.database, repositories: self.repositories,
            flowEvents: self.flowEvents)
    }

    // MARK: Inbound, assistant and inbox

    /// The one path of an inbound text.
    public var inboundMessageService: InboundMessageService {
        InboundMessageService(
            clock: self.clock, phones: self.phones, database: self.database, jobWakeup: self.jobWakeup, logger: self.logger,
            redaction: SplitCardRedaction(repositories: self.repositories, database: self.database, logger: self.logger))
    }

    /// The assistant's answer to a reply, and what follows from it.
    public var conversationService: ConversationService {
        ConversationService(
            repositories: self.repositories, clock: self.clock, flowEvents: self.flowEvents, database: self.database,
            jobWakeup: self.jobWakeup, phones: self.phones, logger: self.logger, assistant: self.assistantService,
            replier: self.conversationReplier,
            escalation: EscalationNotifier(baseURL: self.configuration.server.baseURL, channels: self.channels),
            gate: self.replyGate, links: self.trackedLinkService)
    }

    /// Runs `conversation.reply` jobs.
    var conversationReplyRunner: ConversationReplyRunner {
        ConversationReplyRunner(
            configuration: self.configuration, repositories: self.repositories, conversations: self.conversationService)
    }

    /// The store's assistant over its catalog.
    public var assistantService: AssistantService {
        AssistantService(
            assistants: self.assistants, database: self.database, repositories: self.repositories, clock: self.clock, flows: self.flows,
            discounts: self.discountService)
    }

    /// Queues a conversation's replies.
    var conversationReplier: ConversationReplier {
        ConversationReplier(clock: self.clock, repositories: self.repositories, outbox: self.outboxService)
    }

    /// The send gate for replies.
    var replyGate: ReplyGate { ReplyGate(repositories: self.repositories, phones: self.phones) }

    /// What the inbox reads.
    var inboxQueries: InboxQueries { InboxQueries(repositories: self.repositories, phones: self.phones) }

    /// What a person does in the inbox.
    var inboxService: InboxService {
        InboxService(
            clock: self.clock, repositories: self.repositories, flowEvents: self.flowEvents, queries: self.inboxQueries,
            gate: self.replyGate, replier: self.conversationReplier)
    }

    // MARK: Store API

    /// A store's stats (`GET …/stats` and the dashboard's overview).
    var statsService: StatsService { StatsService(analytics: SQLAnalyticsStore(database: self.database.sql)) }

    /// The store API's key check, counting wrong keys in ``keyGuesses`` (shared with the dashboard).
    var storeAPIKeys: StoreAPIKeyMiddleware {
        StoreAPIKeyMiddleware(stores: self.configuration.stores, throttle: self.keyGuesses, clock: self.clock)
    }

    // MARK: Privacy

    /// Erases a shopper.
    public var contactErasureService: ContactErasureService {
        ContactErasureService(clock: self.clock, database: self.database, logger: self.logger, phones: self.phones)
    }

    /// The daily retention sweep.
    public var retentionJob: RetentionJob {
        RetentionJob(
            retention: self.configuration.retention, queue: self.queue, database: self.database, repositories: self.repositories,
            clock: self.clock)
    }
}
