import Foundation
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

    /// The assistant's response to `text` about `cart` (which may be a preview's unsaved cart).
    public func respond(
        to text: String, cart: Cart?, contact: Contact?, store: StoreConfiguration, checkoutLink: String? = nil,
        unansweredQuestions: Int = 0
    ) async throws -> AssistantResponse {
        let assistant = try await self.assistants.assistant(for: store, database: self.database.sql)
        let context = try await self.context(
            cart: cart, contact: contact, store: store, checkoutLink: checkoutLink, unansweredQuestions: unansweredQuestions)
        return await assistant.respond(to: text, context: context)  // the engine redacts card data first
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
