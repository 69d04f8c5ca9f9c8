import Foundation
import ReclaimCore
import ReclaimPhone
import ReclaimStore

/// What the inbox reads: a page of conversations with their shopper and newest turn, and everything
/// a person needs to answer one (cart, codes, consent, suppression, journey, transcript).
///
/// Text comes out as stored: card data was redacted before it was written and stays redacted.
struct InboxQueries {
    /// Repositories over the database.
    let repositories: ReclaimRepositories
    /// Phone number parsing.
    let phones: PhoneNumberParser

    /// One row of the inbox list.
    struct Entry {
        var conversation: Conversation
        var contact: Contact?
        /// The shopper's phone with all but the calling code and last four digits hidden.
        var maskedPhone: String?
        var lastTurn: Turn?
    }

    /// One conversation and its context.
    struct Details {
        var conversation: Conversation
        var contact: Contact?
        var cart: Cart?
        /// Codes issued for the cart, lowest tier first.
        var discounts: [Discount]
        /// The latest consent record for the shopper's phone: the one in force.
        var consent: ConsentRecord?
        /// The shopper's phone on the do-not-text list, if it is.
        var suppression: Suppression?
        var journey: Journey?
        /// Turns in order, oldest first.
        var turns: [Turn]
    }

    /// The store's conversations, most recently active first (three queries per page).
    func list(store: StoreConfiguration, status: ConversationStatus?, limit: Int, offset: Int) async throws -> [Entry] {
        let repositories = self.repositories
        let conversations = try await repositories.conversations.list(
            storeID: store.id, status: status, limit: limit, offset: offset)
        let contacts = try await repositories.contacts.find(ids: conversations.map(\.contactID))
        let turns = try await repositories.conversations.lastTurns(conversationIDs: conversations.map(\.id))
        return conversations.map { conversation in
            let contact = contacts[conversation.contactID]
            return Entry(
                conversation: conversation, contact: contact, maskedPhone: contact?.phone.map { self.mask($0, store: store) },
                lastTurn: turns[conversation.id])
        }
    }

    /// The conversation `id` of the store with its context.
    /// - Throws: ``InboxError/notFound(_:)``.
    func details(id: String, store: StoreConfiguration) async throws -> Details {
        let repositories = self.repositories
        let conversation = try await self.conversation(id, store: store)
        let contact = try await repositories.contacts.find(id: conversation.contactID)
        let cart = try await conversation.cartID.asyncMap { try await repositories.carts.get(id: $0) } ?? nil
        var details = Details(
            conversation: conversation, contact: contact, cart: cart, discounts: [], consent: nil, suppression: nil,
            journey: nil, turns: try await repositories.conversations.turns(conversationID: conversation.id))
        if let cart {
            details.discounts = try await repositories.discounts.list(cartID: cart.id)
            details.journey = try await repositories.journeys.find(cartID: cart.id)
        }
        if let phone = contact?.phone {
            details.consent = try await repositories.consent.latest(storeID: store.id, channel: .sms, address: phone)
            details.suppression = try await repositories.suppressions.find(
                storeID: store.id, channel: .sms, addressHash: AddressHash.of(phone, channel: .sms))
        }
        return details
    }

    /// The store's conversation `id`; another store's is not found.
    /// - Throws: ``InboxError/notFound(_:)``.
    func conversation(_ id: String, store: StoreConfiguration) async throws -> Conversation {
        guard let conversation = try await self.repositories.conversations.get(id: id),
            conversation.storeID == store.id
        else { throw InboxError.notFound(id) }
        return conversation
    }

    private func mask(_ phone: String, store: StoreConfiguration) -> String {
        let parsed = try? self.phones.parse(phone, defaultRegion: store.defaultRegion)
        return PhoneMask.mask(phone, countryCallingCode: parsed?.countryCallingCode)
    }
}
