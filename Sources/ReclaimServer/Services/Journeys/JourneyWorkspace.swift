import Foundation
import ReclaimCore
import ReclaimStore

/// A composed flow message and what it carries: the tracked link in its body, the unsubscribe token of
/// an email, and the discount code it offers.
struct OutgoingMessage: Sendable {
    var message: Message
    var links: [TrackedLink]
    var unsubscribe: UnsubscribeToken?
    var discount: Discount?
    /// When its dispatch job is due.
    var sendAt: Date
}

/// Where a journey's transition reads the compliance facts of its sends and writes what it did.
///
/// ``LiveJourneyWorkspace`` goes to the database on every call: one `flow.start`, `flow.signal` or
/// `flow.step` job at a time. ``StepBatchWorkspace`` answers from rows read once for a whole batch of
/// due steps and buffers the writes, which ``StepBatchRunner`` commits in one transaction. The
/// transition logic (``JourneyService/carry(_:journey:flow:cart:contact:store:context:workspace:_:)``)
/// is the same for both.
protocol JourneyWorkspace {
    /// The gate's facts about `message` to the cart's shopper.
    func gateFacts(message: Message, cart: Cart, store: StoreConfiguration, now: Date) async throws -> GateFacts
    /// Queues a message to send (pending, with its dispatch job), unless its idempotency key was used.
    func enqueue(_ outgoing: OutgoingMessage) async throws -> InsertOutcome<Message>
    /// Stores a message the gate blocked, with its decision.
    func recordBlocked(_ message: Message) async throws
    /// Cancels the pending job of the journey's step.
    func cancelStep(journeyID: String, step: Int) async throws
    /// Stores the journey if it is still as `expected`; `false` when it changed meanwhile.
    func save(_ journey: Journey, expected: Journey) async throws -> Bool
    /// (Re)schedules the journey's step at `at`, replacing its pending job.
    func scheduleStep(journeyID: String, step: Int, at: Date) async throws
}

/// The one-job-at-a-time workspace: every read and write goes to the database as it is asked for.
struct LiveJourneyWorkspace: JourneyWorkspace {
    let gate: StepGate
    let outbox: OutboxService
    let repositories: ReclaimRepositories
    let queue: JobQueue
    let clock: any WallClock
    let now: Date

    func gateFacts(message: Message, cart: Cart, store: StoreConfiguration, now: Date) async throws -> GateFacts {
        try await self.gate.facts(message: message, cart: cart, store: store, now: now)
    }

    func enqueue(_ outgoing: OutgoingMessage) async throws -> InsertOutcome<Message> {
        try await self.outbox.enqueue(
            outgoing.message, links: outgoing.links, unsubscribe: outgoing.unsubscribe, discount: outgoing.discount,
            sendAt: outgoing.sendAt)
    }

    func recordBlocked(_ message: Message) async throws {
        _ = try await self.repositories.messages.insertOutbound(message)
    }

    func cancelStep(journeyID: String, step: Int) async throws {
        _ = try await self.queue.cancel(
            uniqueKey: JourneyJobs.stepKey(journeyID: journeyID, step: step), now: self.clock.now())
    }

    func save(_ journey: Journey, expected: Journey) async throws -> Bool {
        try await self.repositories.journeys.updateIfUnchanged(journey, expected: expected)
    }

    func scheduleStep(journeyID: String, step: Int, at: Date) async throws {
        let key = JourneyJobs.stepKey(journeyID: journeyID, step: step)
        let payload = JourneyJobs.Step(journeyID: journeyID, step: step)
        let queue = self.queue
        _ = try await queue.cancel(uniqueKey: key, now: self.now)
        let result = try await queue.enqueue(kind: JourneyJobs.stepKind, payload: payload, runAt: at, uniqueKey: key, now: self.now)
        if case .duplicate = result {
            // The running job of this very step holds the key (a deferral reschedules its own step):
            // queue the new run under a key of its own; the engine ignores an out-of-date run.
            _ = try await queue.enqueue(
                kind: JourneyJobs.stepKind, payload: payload, runAt: at,
                uniqueKey: JourneyJobs.rescheduleKey(key, at: at), now: self.now)
        }
    }
}
