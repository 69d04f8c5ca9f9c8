import Foundation
import ReclaimCore
import ReclaimStore

/// The workspace of one journey in a batch of due steps: reads the compliance facts from the batch's
/// ``StepBatchFacts`` and keeps every write in memory for ``StepBatchRunner`` to commit with the rest of
/// the batch, in one transaction, after checking the journey did not change meanwhile.
final class StepBatchWorkspace: JourneyWorkspace {
    /// The job that runs this journey's step.
    let job: Job
    private let facts: StepBatchFacts
    private let gate: StepGate

    /// Messages to queue (pending, each with its dispatch job).
    private(set) var queued: [OutgoingMessage] = []
    /// Messages the gate blocked, stored with their decision.
    private(set) var blocked: [Message] = []
    /// Unique keys of step jobs to cancel.
    private(set) var cancelledKeys: [String] = []
    /// Step jobs to (re)schedule.
    private(set) var scheduled: [JourneyJobs.Step: Date] = [:]
    /// The journey to store, and the stored version it replaces.
    private(set) var saved: (journey: Journey, expected: Journey)?

    init(job: Job, facts: StepBatchFacts, gate: StepGate) {
        self.job = job
        self.facts = facts
        self.gate = gate
    }

    func gateFacts(message: Message, cart: Cart, store: StoreConfiguration, now: Date) async throws -> GateFacts {
        if let facts = self.facts.gateFacts(message: message, cartID: cart.id) { return facts }
        return try await self.gate.facts(message: message, cart: cart, store: store, now: now)
    }

    func enqueue(_ outgoing: OutgoingMessage) async throws -> InsertOutcome<Message> {
        let message = outgoing.message
        if let key = message.idempotencyKey, let cartID = message.cartID,
            let existing = self.facts.existing(cartID: cartID, storeID: message.storeID, idempotencyKey: key)
        {
            return .duplicate(existing)
        }
        self.queued.append(outgoing)
        self.facts.record(message)
        return .inserted(message)
    }

    func recordBlocked(_ message: Message) async throws {
        if let key = message.idempotencyKey, let cartID = message.cartID,
            self.facts.existing(cartID: cartID, storeID: message.storeID, idempotencyKey: key) != nil
        {
            return
        }
        self.blocked.append(message)
        self.facts.record(message)
    }

    func cancelStep(journeyID: String, step: Int) async throws {
        self.cancelledKeys.append(JourneyJobs.stepKey(journeyID: journeyID, step: step))
    }

    func save(_ journey: Journey, expected: Journey) async throws -> Bool {
        self.saved = (journey, expected)
        return true
    }

    func scheduleStep(journeyID: String, step: Int, at: Date) async throws {
        self.scheduled[JourneyJobs.Step(journeyID: journeyID, step: step)] = at
    }
}
