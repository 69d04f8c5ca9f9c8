import Foundation
import Logging
import ReclaimCore
import ReclaimPhone
import ReclaimStore

/// The flow scheduler around ``FlowEngine``: starts a journey when a cart is abandoned, runs each
/// step as a job when it is due, and applies shopper signals. Every transition is persisted with the
/// journey (its `progress`), and every timer is a `flow.step` job keyed by journey and step, so a
/// restart resumes exactly where the journey was.
///
/// A due step is re-checked before anything is composed: a bought, emptied or superseded cart ends
/// the journey instead of sending; then ``StepSender`` composes, gates and queues the message, and its
/// outcome (sent, deferred until, blocked) goes back into the engine.
public struct JourneyService: Sendable {
    /// Loaded configuration (stores, base URL).
    let configuration: ReclaimConfiguration
    /// Every store's flows.
    let flows: FlowDirectory
    /// Phone number parsing.
    let phones: PhoneNumberParser
    /// Repositories over the database.
    let repositories: ReclaimRepositories
    /// The durable job queue.
    let queue: JobQueue
    /// Source of "now".
    let clock: any WallClock
    /// The open database, for transactions.
    let database: ReclaimDatabase
    /// Wakes the idle job worker after a commit that queued work due now.
    let jobWakeup: JobWakeup
    /// Composes, gates and queues each step's message.
    let sender: StepSender
    /// Reads the compliance facts of a step.
    let gate: StepGate
    /// Queues messages.
    let outbox: OutboxService

    /// The one-job-at-a-time workspace, reading and writing the database as it goes.
    func workspace(now: Date) -> LiveJourneyWorkspace {
        LiveJourneyWorkspace(
            gate: self.gate, outbox: self.outbox, repositories: self.repositories, queue: self.queue, clock: self.clock, now: now)
    }

    // MARK: Jobs

    /// `flow.start`: a new journey for the abandoned cart, or a `cartUpdated` for its live one.
    func start(_ job: Job, _ run: JobRunContext) async throws {
        let payload = try job.decode(AbandonmentService.FlowStartPayload.self)
        let repositories = self.repositories
        guard let store = self.store(payload.storeID),
            let cart = try await repositories.carts.get(id: payload.cartID), cart.status == .abandoned
        else { return }
        let contact = try await repositories.contacts.find(id: payload.contactID)
        let context = try await self.flowContext(cart: cart, contact: contact, store: store)
        if let existing = try await repositories.journeys.find(cartID: cart.id) {
            guard existing.state != .ended else { return }
            try await self.handle(.cartUpdated, journey: existing, cart: cart, contact: contact, store: store, context: context, run)
            return
        }
        let flow = FlowSelector(configuration: self.flows[store.id]).select(for: context)
        let transition = FlowEngine.start(flow: flow, context: context, abandonedAt: payload.abandonedAt, now: run.now)
        let journey = Journey(
            id: "jrn_\(TimeOrderedID.make(at: run.now))", storeID: store.id, cartID: cart.id, contactID: contact?.id,
            flowName: flow.name, variant: transition.progress.variant, holdout: transition.progress.holdout,
            state: transition.progress.state, nextStep: transition.progress.nextStep, reason: transition.progress.endReason?.rawValue,
            startedAt: payload.abandonedAt, updatedAt: run.now, endedAt: transition.progress.endedAt, progress: transition.progress)
        guard case .inserted(let stored) = try await repositories.journeys.create(journey) else { return }
        run.logger.info(
            "journey started",
            metadata: [
                "cart_id": "\(cart.id)", "flow": "\(flow.name)", "holdout": "\(stored.holdout)", "variant": "\(stored.variant ?? "-")",
            ])
        try await self.carry(transition, journey: stored, flow: flow, cart: cart, contact: contact, store: store, context: context, run)
    }

    /// `flow.step`: a step is due.
    func step(_ job: Job, _ run: JobRunContext) async throws {
        let payload = try job.decode(JourneyJobs.Step.self)
        let repositories = self.repositories
        guard let journey = try await repositories.journeys.get(id: payload.journeyID), journey.state == .active,
            let store = self.store(journey.storeID),
            let cart = try await repositories.carts.get(id: journey.cartID)
        else { return }
        let contact = try await journey.contactID.asyncMap { try await repositories.contacts.find(id: $0) } ?? nil
        let context = try await self.flowContext(cart: cart, contact: contact, store: store)
        try await self.handle(
            Self.dueEvent(step: payload.step, cart: cart), journey: journey, cart: cart, contact: contact, store: store,
            context: context, run)
    }

    /// The pre-send re-check: the cart as it is now decides before any step runs.
    static func dueEvent(step: Int, cart: Cart) -> FlowEvent {
        switch cart.status {
        case .recovered: .purchased
        case .emptied, .deleted: .cartEmptied
        case .superseded: .superseded
        default: .stepDue(step)
        }
    }

    /// `flow.signal`: a click, reply, opt-out, escalation, purchase… for the cart's journey.
    func signal(_ job: Job, _ run: JobRunContext) async throws {
        let payload = try job.decode(FlowSignalJob.self)
        let repositories = self.repositories
        guard let journey = try await repositories.journeys.find(cartID: payload.cartID), journey.state != .ended,
            let store = self.store(journey.storeID),
            let cart = try await repositories.carts.get(id: journey.cartID)
        else { return }
        let contact = try await journey.contactID.asyncMap { try await repositories.contacts.find(id: $0) } ?? nil
        let context = try await self.flowContext(cart: cart, contact: contact, store: store)
        try await self.handle(payload.signal.flowEvent, journey: journey, cart: cart, contact: contact, store: store, context: context, run)
    }

    // MARK: Transitions

    /// Applies `event` to the journey and carries out what the engine decides, through `workspace` (the
    /// database itself when not given).
    func handle(
        _ event: FlowEvent, journey: Journey, cart: Cart, contact: Contact?, store: StoreConfiguration, context: FlowContext,
        workspace: (any JourneyWorkspace)? = nil, _ run: JobRunContext
    ) async throws {
        guard let progress = journey.progress else { return }
        let configuration = self.flows[store.id]
        let flow = configuration.flow(named: journey.flowName) ?? FlowSelector(configuration: configuration).select(for: context)
        let transition = FlowEngine.handle(event, progress: progress, flow: flow, context: context, now: run.now)
        try await self.carry(
            transition, journey: journey, flow: flow, cart: cart, contact: contact, store: store, context: context,
            workspace: workspace ?? self.workspace(now: run.now), run)
    }

    /// Carries out a transition's actions, feeding send outcomes back into the engine, then stores
    /// the journey. A concurrent change to the journey makes the job retry from the stored state.
    func carry(
        _ transition: FlowTransition, journey: Journey, flow: FlowDefinition, cart: Cart, contact: Contact?,
        store: StoreConfiguration, context: FlowContext, _ run: JobRunContext
    ) async throws {
        try await self.carry(
            transition, journey: journey, flow: flow, cart: cart, contact: contact, store: store, context: context,
            workspace: self.workspace(now: run.now), run)
    }

    /// ``carry(_:journey:flow:cart:contact:store:context:_:)`` reading and writing through `workspace`.
    func carry(
        _ transition: FlowTransition, journey: Journey, flow: FlowDefinition, cart: Cart, contact: Contact?,
        store: StoreConfiguration, context: FlowContext, workspace: any JourneyWorkspace, _ run: JobRunContext
    ) async throws {
        var progress = transition.progress
        var actions = transition.actions[...]
        var scheduled: [(step: Int, at: Date)] = []
        var cancelAll = false
        var rounds = 0
        while let action = actions.popFirst() {
            rounds += 1
            guard rounds < 200 else { break }  // a misbehaving flow must not spin
            switch action {
            case .schedule(let step, let at):
                scheduled.removeAll { $0.step == step }
                scheduled.append((step, at))
            case .skip(let step, let reason):
                scheduled.removeAll { $0.step == step }
                try await workspace.cancelStep(journeyID: journey.id, step: step)
                run.logger.info(
                    "step skipped", metadata: ["journey_id": "\(journey.id)", "step": "\(step)", "reason": "\(reason.rawValue)"])
            case .cancelScheduled, .end, .pause:
                cancelAll = true
                scheduled.removeAll()
            case .send(let step, let channel, let template, let discount, let variant):
                let outcome = try await self.sender.send(
                    step: step, channel: channel, template: template, discount: discount, variant: variant,
                    journey: journey, flow: flow, cart: cart, contact: contact, store: store, progress: progress, now: run.now,
                    workspace: workspace, run: run)
                let next = FlowEngine.handle(outcome, progress: progress, flow: flow, context: context, now: run.now)
                progress = next.progress
                actions.append(contentsOf: next.actions)
            }
        }
        var updated = journey
        updated.progress = progress
        updated.state = progress.state
        updated.nextStep = progress.nextStep
        updated.reason = progress.endReason?.rawValue ?? progress.pauseReason?.rawValue
        updated.endedAt = progress.endedAt
        updated.updatedAt = max(run.now, journey.updatedAt.addingTimeInterval(0.001))
        guard try await workspace.save(updated, expected: journey) else {
            throw JourneyConflict(journeyID: journey.id)
        }
        if cancelAll {
            for step in flow.steps.indices { try await workspace.cancelStep(journeyID: journey.id, step: step) }
        }
        for (step, at) in scheduled { try await workspace.scheduleStep(journeyID: journey.id, step: step, at: at) }
    }

    // MARK: Context

    func store(_ id: StoreID) -> StoreConfiguration? {
        self.configuration.stores.first { $0.id == id }
    }

    /// What the engine's conditions and the selector's segments read about the cart and its shopper.
    func flowContext(cart: Cart, contact: Contact?, store: StoreConfiguration) async throws -> FlowContext {
        let repositories = self.repositories
        var firstTime = true
        var clicked = false
        var replied = false
        // Earlier orders, clicks and replies are read only when a flow's segment or condition uses them.
        if let contact, self.flows.readsShopperHistory(store.id) {
            firstTime = try await repositories.orders.list(contactID: contact.id).isEmpty
            for other in try await repositories.carts.list(contactID: contact.id) where other.id != cart.id {
                if !clicked { clicked = try await !repositories.links.clicks(cartID: other.id).isEmpty }
                if !replied {
                    replied = try await repositories.messages.list(cartID: other.id).contains { $0.direction == .inbound }
                }
            }
        }
        return self.flowContext(cart: cart, contact: contact, store: store, firstTime: firstTime, clicked: clicked, replied: replied)
    }

    /// The context from what is known of the shopper's history (by default: nothing, which is what a
    /// store whose flows never read it gets).
    func flowContext(
        cart: Cart, contact: Contact?, store: StoreConfiguration, firstTime: Bool = true, clicked: Bool = false, replied: Bool = false
    ) -> FlowContext {
        let country =
            contact?.phone.flatMap { try? self.phones.parse($0, defaultRegion: store.defaultRegion).regionCode }
            ?? cart.shippingAddress?.country
        // Experiments hash the platform's key of the cart, which a restart or a re-import never changes.
        var context = FlowContext(
            cart: cart, isFirstTimeShopper: firstTime, hasClickedBefore: clicked, hasRepliedBefore: replied,
            recipientCountry: country)
        context.cartID = "\(cart.source.rawValue):\(cart.externalID)"
        return context
    }
}

/// The journey changed while a job was working on it; the job retries from the stored state.
struct JourneyConflict: Error, CustomStringConvertible {
    var journeyID: String
    var description: String { "journey \(self.journeyID) changed concurrently; retrying" }
}
