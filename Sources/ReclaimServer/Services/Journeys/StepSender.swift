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
        // The code exists on the platform before the message that carries it is composed (DiscountService).
        let discount =
            try await offer.asyncMap {
                try await self.discounts.code(
                    tier: $0.tier, flow: flow, isFirstMessage: progress.lastSMSAt == nil && progress.lastEmailAt == nil, cart: cart,
                    contact: contact, store: store, run: run)
            } ?? nil
        let links = self.links
        let link = links.mint(
            storeID: store.id, messageID: messageID, cartID: cart.id, target: cart.recoveryURL ?? store.website ?? "/", now: now)
        let unsubscribe =
            channel == .email
            ? self.unsubscribes.mint(
                storeID: store.id, address: address, contactID: contact?.id, messageID: messageID, now: now)
            : nil
        let library = self.templates
        let templateID = StepTemplates.id(
            named: template, channel: channel, step: step, flow: flow, hasDiscount: discount != nil, library: library)
        guard let messageTemplate = library.template(templateID, locale: contact?.locale) else {
            return .stepBlocked(step, reason: "template_missing:\(templateID.rawValue)")
        }
        let context = TemplateContext(
            store: store.store, cart: cart, shopper: contact, link: links.url(token: link.token), discount: discount,
            freeShippingThreshold: Self.freeShippingThreshold(store), lowStock: nil,
            unsubscribeLink: unsubscribe.map { self.unsubscribes.url(token: $0.token) },
            timeZone: TimeZone(identifier: store.timezone))
        var message = Message(
            id: messageID, storeID: store.id, journeyID: journey.id, cartID: cart.id, contactID: contact?.id, channel: channel,
            direction: .outbound, step: step, address: address, body: "", status: .pending,
            idempotencyKey: "\(cart.id):\(step):\(channel.rawValue)", variant: variant ?? journey.variant, createdAt: now, updatedAt: now)
        do {
            switch channel {
            case .sms:
                let composed = try MessageComposer.composeSMS(
                    template: messageTemplate, context: context,
                    requirements: MessageRules.Requirements(brand: store.name, optOutLine: true, singleSegment: true))
                message.body = composed.text
                message.segments = composed.segments
            case .email:
                let composed = try MessageComposer.composeEmail(template: messageTemplate, context: context)
                message.subject = composed.subject
                message.body = composed.text
                message.html = composed.html
            }
        } catch {
            logger.error("step could not be composed", metadata: ["journey_id": "\(journey.id)", "step": "\(step)", "error": "\(error)"])
            return .stepBlocked(step, reason: "compose_failed")
        }
        let facts = try await workspace.gateFacts(message: message, cart: cart, store: store, now: now)
        let decision = self.gate.decide(
            message: message, cart: cart, contact: contact, store: store, facts: facts, now: now)
        message.decision = decision.record
        switch decision.kind {
        case .defer:
            guard let until = decision.until else { return .stepBlocked(step, reason: "deferred_without_time") }
            logger.info("step deferred", metadata: ["journey_id": "\(journey.id)", "step": "\(step)", "until": "\(until)"])
            return .stepDeferred(step, until: until)
        case .block:
            message.status = .blocked
            try await workspace.recordBlocked(message)
            let reason = decision.reasons.first?.code ?? "blocked"
            logger.info("step blocked", metadata: ["journey_id": "\(journey.id)", "step": "\(step)", "reason": "\(reason)"])
            return .stepBlocked(step, reason: reason)
        case .send:
            // The dispatch is due when the step was: behind a backlog of late steps, the job that hands
            // this message to the provider queues among them, not after all of them.
            let dueAt = progress.pending.first { $0.step == step }?.dueAt ?? now
            message.status = .pending
            let outcome = try await workspace.enqueue(
                OutgoingMessage(message: message, links: [link], unsubscribe: unsubscribe, discount: discount, sendAt: min(dueAt, now)))
            if case .duplicate(let existing) = outcome { return .stepSent(step, channel: channel, at: existing.createdAt) }
            return .stepSent(step, channel: channel, at: now)
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
