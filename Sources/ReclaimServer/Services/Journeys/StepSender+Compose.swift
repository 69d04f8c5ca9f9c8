import Foundation
import Logging
import ReclaimCore
import ReclaimStore

extension StepSender {
    /// What one step's message is made of before its code and its text: ids, address, links, the journey.
    struct Draft: Sendable {
        var id: String
        var step: Int
        var channel: Channel
        var template: String?
        var address: String
        var link: TrackedLink
        var unsubscribe: UnsubscribeToken?
        var variant: String?
        var journey: Journey
        var flow: FlowDefinition
        var cart: Cart
        var contact: Contact?
        var store: StoreConfiguration
        var now: Date
    }

    /// The message a draft composes to, or why it does not.
    enum Composition {
        case composed(Message)
        case templateMissing(String)
        case failed
    }

    /// Composes `draft` with `discount` (the template with a code when there is one): the text, its segments,
    /// and for an email the subject and HTML. The message is `pending`, without a decision.
    func compose(_ draft: Draft, discount: Discount?, logger: Logger) -> Composition {
        let (store, cart, contact) = (draft.store, draft.cart, draft.contact)
        let library = self.templates
        let templateID = StepTemplates.id(
            named: draft.template, channel: draft.channel, step: draft.step, flow: draft.flow, hasDiscount: discount != nil,
            library: library)
        guard let template = library.template(templateID, locale: contact?.locale) else {
            return .templateMissing(templateID.rawValue)
        }
        let context = TemplateContext(
            store: store.store, cart: cart, shopper: contact, link: self.links.url(token: draft.link.token), discount: discount,
            freeShippingThreshold: Self.freeShippingThreshold(store), lowStock: nil,
            unsubscribeLink: draft.unsubscribe.map { self.unsubscribes.url(token: $0.token) },
            timeZone: TimeZone(identifier: store.timezone))
        var message = Message(
            id: draft.id, storeID: store.id, journeyID: draft.journey.id, cartID: cart.id, contactID: contact?.id,
            channel: draft.channel, direction: .outbound, step: draft.step, address: draft.address, body: "", status: .pending,
            idempotencyKey: "\(cart.id):\(draft.step):\(draft.channel.rawValue)", variant: draft.variant, createdAt: draft.now,
            updatedAt: draft.now)
        do {
            switch draft.channel {
            case .sms:
                let composed = try MessageComposer.composeSMS(
                    template: template, context: context,
                    requirements: MessageRules.Requirements(brand: store.name, optOutLine: true, singleSegment: true))
                message.body = composed.text
                message.segments = composed.segments
            case .email:
                let composed = try MessageComposer.composeEmail(template: template, context: context)
                message.subject = composed.subject
                message.body = composed.text
                message.html = composed.html
            }
        } catch {
            logger.error(
                "step could not be composed",
                metadata: ["journey_id": "\(draft.journey.id)", "step": "\(draft.step)", "error": "\(error)"])
            return .failed
        }
        return .composed(message)
    }
}
