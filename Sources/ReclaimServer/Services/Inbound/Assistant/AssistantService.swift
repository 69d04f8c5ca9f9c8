import Foundation
import Logging
import ReclaimAssistant
import ReclaimCore
import ReclaimStore

/// Runs the store's assistant on a shopper's text about a cart: builds the context (cart lines,
/// tracked checkout link, discount ladder, earlier unanswered questions, support contact) and
/// returns the engine's response. Card data never reaches the engine unredacted.
public struct AssistantService: Sendable {
    /// Each store's assistant.
    let assistants: AssistantDirectory
    /// The open database, for transactions.
    let database: ReclaimDatabase
    /// Repositories over the database.
    let repositories: ReclaimRepositories
    /// Source of "now".
    let clock: any WallClock
    /// Every store's flows (the cart's ladder).
    let flows: FlowDirectory
    /// Creates the next tier's code on the cart's platform when the assistant offers it.
    let discounts: DiscountService

    /// Stands in for the next tier's code while the assistant composes; replaced by the created code, never sent.
    static let pendingCode = "RECLAIM-PENDING-CODE"

    /// The assistant's response to `text` about `cart` (which may be a preview's unsaved cart).
    ///
    /// With `issuesDiscounts` (a shopper's real conversation), a shopper asking for a discount is offered the next
    /// tier only when the ladder and the eligibility rules allow it, and only once its code exists on the cart's
    /// platform (``DiscountService``); when it cannot be created the answer is an honest no. A preview never issues.
    public func respond(
        to text: String, cart: Cart?, contact: Contact?, store: StoreConfiguration, checkoutLink: String? = nil,
        unansweredQuestions: Int = 0, issuesDiscounts: Bool = false
    ) async throws -> AssistantResponse {
        let assistant = try await self.assistants.assistant(for: store, database: self.database.sql)
        var context = try await self.context(
            cart: cart, contact: contact, store: store, checkoutLink: checkoutLink, unansweredQuestions: unansweredQuestions)
        let now = self.clock.now()
        guard issuesDiscounts, let cart, let next = try await self.nextOffer(cart: cart, contact: contact, store: store, now: now) else {
            return await assistant.respond(to: text, context: context)  // the engine redacts card data first
        }
        context.discount.nextTierAllowed = true
        context.discount.next = AssistantDiscountOffer(code: Self.pendingCode, percent: next.offer.value)
        var response = await assistant.respond(to: text, context: context)
        guard response.action == .offerDiscount else { return response }
        let run = JobRunContext(now: now, logger: Logger(label: "reclaim.assistant"), attempt: 1, maxAttempts: 1)
        let created = try? await self.discounts.issue(
            next.offer, superseding: next.lower, cart: cart, contact: contact, store: store, run: run)
        if let created {
            response.reply = response.reply.replacingOccurrences(of: Self.pendingCode, with: created.code)
            response.facts = response.facts.map { fact in
                var fact = fact
                fact.text = fact.text.replacingOccurrences(of: Self.pendingCode, with: created.code)
                return fact
            }
            return response
        }
        // The code could not be created: no promise of one.
        context.discount.nextTierAllowed = false
        context.discount.next = nil
        return await assistant.respond(to: text, context: context)
    }

    /// The tier above the cart's codes, when the cart's journey has a ladder, the rules allow it now and it is a
    /// percentage (what the assistant quotes).
    func nextOffer(
        cart: Cart, contact: Contact?, store: StoreConfiguration, now: Date
    ) async throws -> (offer: DiscountOffer, lower: [Discount])? {
        guard let journey = try await self.repositories.journeys.find(cartID: cart.id),
            let flow = self.flows[store.id].flow(named: journey.flowName)
        else { return nil }
        let issued = try await self.discounts.issued(cartID: cart.id)
        guard let tier = DiscountEligibility.nextTier(ladder: DiscountLadder(flow: flow), issuedToCart: issued) else { return nil }
        let decision = try await self.discounts.decide(
            tier: tier, flow: flow, isFirstMessage: false, cart: cart, contact: contact, store: store, now: now)
        guard case .issue(let offer, _, let lower) = decision, offer.type == .percent else { return nil }
        return (offer, lower)
    }

    func context(
        cart: Cart?, contact: Contact?, store: StoreConfiguration, checkoutLink: String?, unansweredQuestions: Int
    ) async throws -> AssistantContext {
        // The assistant sees no image: the context carries what it quotes, nothing more.
        let lines = (cart?.items ?? []).map { item in
            var line = item
            line.imageURL = nil
            return line
        }
        var ladder = DiscountLadderState()
        if let cart,
            let active = try await self.repositories.discounts.active(cartID: cart.id, at: self.clock.now()),
            active.type == .percent
        {
            ladder = DiscountLadderState(current: AssistantDiscountOffer(code: active.code, percent: active.value))
        }
        return AssistantContext(
            brand: store.name, currency: cart?.subtotal.currency ?? store.currency, localeHint: contact?.locale,
            cartLines: lines, checkoutLink: checkoutLink ?? cart?.recoveryURL, discount: ladder,
            unansweredQuestions: unansweredQuestions,
            support: SupportContact(phone: store.support?.phone, email: store.support?.email, hours: store.support?.hours))
    }
}
