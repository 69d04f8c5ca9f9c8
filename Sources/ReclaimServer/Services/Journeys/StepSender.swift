import Foundation
import Logging
import ReclaimCore
import ReclaimPhone
import ReclaimStore

/// Sends one due flow step: composes the message (template, personalization, tracked link, discount,
/// unsubscribe link), asks the compliance gate, and queues it in the outbox, all or nothing, through the
/// ``JourneyWorkspace`` (the database now, or a batch's buffer). Returns
/// the engine's event for what happened: sent, deferred until the first allowed instant, or blocked
/// with the gate's reasons (a blocked step is stored with its decision, so the cart API shows why).
struct StepSender {
    /// Message templates.
    let templates: TemplateLibrary
    /// Judges each step.
    let gate: StepGate
    /// Mints tracked links.
    let links: TrackedLinkService
    /// Mints unsubscribe links.
    let unsubscribes: UnsubscribeService
    /// Issues the step's code on the cart's platform before the message is composed.
    let discounts: DiscountService

    // swiftlint:disable:next function_parameter_count
    func send(
        step: Int, channel: Channel, template: String?, discount offer: DiscountOffer?, variant: String?, journey: Journey,
        flow: FlowDefinition, cart: Cart, contact: Contact?, store: StoreConfiguration, progress: JourneyProgress, now: Date,
        workspace: any JourneyWorkspace, run: JobRunContext
    ) async throws -> FlowEvent {
        let logger = run.logger
        guard let address = channel == .sms ? contact?.phone : contact?.email?.lowercased() else {
            return .stepBlocked(step, reason: "no_\(channel.rawValue)_address")
        }
        let messageID = "msg_\(TimeOrderedID.make(at: now))"
        let links = self.links
        let link = links.mint(
            storeID: store.id, messageID: messageID, cartID: cart.id, target: cart.recoveryURL ?? store.website ?? "/", now: now)
        let unsubscribe =
            channel == .email
            ? self.unsubscribes.mint(
                storeID: store.id, address: address, contactID: contact?.id, messageID: messageID, now: now)
            : nil
        let draft = Draft(
            id: messageID, step: step, channel: channel, template: template, address: address, link: link, unsubscribe: unsubscribe,
            variant: variant ?? journey.variant, journey: journey, flow: flow, cart: cart, contact: contact, store: store, now: now)
        // The gate is asked before a code is created, so a step it blocks or defers leaves no live code on the
        // platform; it is asked again below on the message as sent (with its code, which may change its length).
        // (A template that cannot be written without its code skips this first look; the second one still holds.)
        if offer != nil, case .composed(let plain) = self.compose(draft, discount: nil, logger: run.logger) {
            let facts = try await workspace.gateFacts(message: plain, cart: cart, store: store, now: now)
            let decision = self.gate.decide(message: plain, cart: cart, contact: contact, store: store, facts: facts, now: now)
            if decision.kind != .send { return try await self.settle(decision, plain, draft, discount: nil, progress, workspace, run) }
        }
        // The code exists on the platform before the message that carries it is composed (DiscountService).
        let discount =
            try await offer.asyncMap {
                try await self.discounts.code(
                    tier: $0.tier, flow: flow, isFirstMessage: progress.lastSMSAt == nil && progress.lastEmailAt == nil, cart: cart,
                    contact: contact, store: store, run: run)
            } ?? nil
        switch self.compose(draft, discount: discount, logger: run.logger) {
        case .templateMissing(let id): return .stepBlocked(step, reason: "template_missing:\(id)")
        case .failed: return .stepBlocked(step, reason: "compose_failed")
        case .composed(var message):
            let facts = try await workspace.gateFacts(message: message, cart: cart, store: store, now: now)
            let decision = self.gate.decide(message: message, cart: cart, contact: contact, store: store, facts: facts, now: now)
            message.decision = decision.record
            return try await self.settle(decision, message, draft, discount: discount, progress, workspace, run)
        }
    }

    /// Records the gate's decision on `message`: a deferral, a stored block, or the message queued in the outbox.
    // swiftlint:disable:next function_parameter_count
    func settle(
        _ decision: SendDecision, _ message: Message, _ draft: Draft, discount: Discount?, _ progress: JourneyProgress,
        _ workspace: any JourneyWorkspace, _ run: JobRunContext
    ) async throws -> FlowEvent {
        var message = message
        message.decision = decision.record
        let (step, journeyID, now) = (draft.step, draft.journey.id, draft.now)
        switch decision.kind {
        case .defer:
            guard let until = decision.until else { return .stepBlocked(step, reason: "deferred_without_time") }
            run.logger.info("step deferred", metadata: ["journey_id": "\(journeyID)", "step": "\(step)", "until": "\(until)"])
            return .stepDeferred(step, until: until)
        case .block:
            message.status = .blocked
            try await workspace.recordBlocked(message)
            let reason = decision.reasons.first?.code ?? "blocked"
            run.logger.info("step blocked", metadata: ["journey_id": "\(journeyID)", "step": "\(step)", "reason": "\(reason)"])
            return .stepBlocked(step, reason: reason)
        case .send:
            // The dispatch is due when the step was: behind a backlog of late steps, the job that hands
            // this message to the provider queues among them, not after all of them.
            let dueAt = progress.pending.first { $0.step == step }?.dueAt ?? now
            message.status = .pending
            let outcome = try await workspace.enqueue(
                OutgoingMessage(
                    message: message, links: [draft.link], unsubscribe: draft.unsubscribe, discount: discount, sendAt: min(dueAt, now)))
            if case .duplicate(let existing) = outcome { return .stepSent(step, channel: draft.channel, at: existing.createdAt) }
            return .stepSent(step, channel: draft.channel, at: now)
        }
    }

    /// `policies.shipping.free_over` (minor units) in the store's currency.
    static func freeShippingThreshold(_ store: StoreConfiguration) -> Money? {
        guard case .number(let amount)? = store.policies?["shipping"]?["free_over"],
            let minor = Int(exactly: amount.rounded()), AmountLimits.minorUnits.contains(minor)
        else { return nil }
        return Money(minor: minor, currency: store.currency)
    }
}
