import Foundation
import ReclaimCore
import ReclaimStore

/// Every job kind this process runs, with its payload type and its handler: the one list
/// ``buildJobRegistry(_:)`` registers. A new kind is added here, next to the others, never in a `Routes+*`
/// file; `JobCatalogTests` fails when the code enqueues a kind this list does not have.
struct JobCatalog {
    /// One job kind.
    struct Entry {
        /// The `jobs.kind` value.
        var kind: String
        /// The type its payload decodes to.
        var payload: any Decodable.Type
        /// Runs one job.
        var handler: JobHandlerRegistry.Handler
        /// Runs a batch of due jobs of the kind at once, when the kind has one.
        var batch: JobHandlerRegistry.BatchHandler?
    }

    /// The entries, each kind once.
    let entries: [Entry]

    /// The catalog over the application's services, built once.
    init(_ dependencies: AppDependencies) {
        let ingestion = dependencies.ingestionService
        let abandonment = dependencies.abandonmentService
        let dispatcher = dependencies.messageDispatcher
        let journeys = dependencies.journeyService
        let steps = StepBatchRunner(journeys)
        let replies = dependencies.conversationReplyRunner
        let retention = dependencies.retentionJob
        let doubleOptInExpiry = dependencies.doubleOptInExpiry
        let discounts = dependencies.discountService
        let (configuration, assistants, database) = (dependencies.configuration, dependencies.assistants, dependencies.database)
        self.entries = [
            // Intake and abandonment
            Entry(kind: IngestionService.jobKind, payload: WebhookDelivery.self) { try await ingestion.handle($0, $1) },
            Entry(kind: AbandonmentService.checkKind, payload: AbandonmentService.CheckPayload.self) {
                try await abandonment.check($0, $1)
            },
            Entry(kind: CatalogService.reindexKind, payload: CatalogService.ReindexPayload.self) { job, _ in
                try await CatalogService.reindex(job, configuration: configuration, assistants: assistants, database: database)
            },
            // Journeys
            Entry(kind: JourneyJobs.startKind, payload: AbandonmentService.FlowStartPayload.self) { try await journeys.start($0, $1) },
            Entry(
                kind: JourneyJobs.stepKind, payload: JourneyJobs.Step.self, handler: { try await journeys.step($0, $1) },
                batch: { await steps.run($0, $1) }),
            Entry(kind: JourneyJobs.signalKind, payload: FlowSignalJob.self) { try await journeys.signal($0, $1) },
            // Discounts
            Entry(kind: DiscountService.expireKind, payload: DiscountService.ExpirePayload.self) { try await discounts.expire($0, $1) },
            // Dispatch
            Entry(
                kind: MessageDispatcher.jobKind, payload: DispatchJob.self, handler: { try await dispatcher.handle($0, $1) },
                batch: { await dispatcher.handle(batch: $0, $1) }),
            // Inbound
            Entry(kind: ConversationReplyJob.kind, payload: ConversationReplyJob.self) { try await replies.handle($0, $1) },
            // Consent
            Entry(kind: DoubleOptInExpiry.kind, payload: DoubleOptInExpiry.Payload.self) { try await doubleOptInExpiry.handle($0, $1) },
            // Privacy
            Entry(kind: RetentionJob.kind, payload: RetentionJob.Payload.self) { try await retention.handle($0, $1) },
        ]
    }

    /// Every kind in the catalog.
    var kinds: [String] { self.entries.map(\.kind) }

    /// A registry with every entry's handlers.
    var registry: JobHandlerRegistry {
        var registry = JobHandlerRegistry()
        for entry in self.entries {
            registry.register(entry.kind, entry.handler)
            if let batch = entry.batch { registry.registerBatch(entry.kind, batch) }
        }
        return registry
    }
}

extension JobCatalog.Entry {
    /// An entry whose jobs run one at a time.
    init(kind: String, payload: any Decodable.Type, handler: @escaping JobHandlerRegistry.Handler) {
        self.init(kind: kind, payload: payload, handler: handler, batch: nil)
    }
}

/// Every job kind this process can run, with its handler (``JobCatalog``).
/// - Parameter dependencies: Shared application state the handlers capture.
/// - Returns: The registry the worker consults.
public func buildJobRegistry(_ dependencies: AppDependencies) -> JobHandlerRegistry {
    JobCatalog(dependencies).registry
}

/// Schedules the compliance engine's recurring jobs (the daily retention sweep). Call once at
/// start-up, e.g. from `app.beforeServerStarts`; calling it again is harmless.
/// - Parameter dependencies: Shared application state.
/// - Throws: Database errors.
public func scheduleComplianceJobs(_ dependencies: AppDependencies) async throws {
    try await dependencies.retentionJob.scheduleNext(after: dependencies.clock.now())
}
