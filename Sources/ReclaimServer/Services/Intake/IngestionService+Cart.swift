import Foundation
import Logging
import ReclaimCommerce
import ReclaimCore
import ReclaimStore

extension IngestionService {
    /// Upserts the shopper and the cart, then restarts the cart's idle clock.
    ///
    /// Status changes are ``CartLifecycle``'s. An empty cart becomes ``CartStatus/emptied`` (its checks are
    /// cancelled and its journey gets ``ShopperSignal/cartEmptied``); a completed checkout
    /// is never scheduled; an emptied or superseded cart with new activity is open again. An abandoned
    /// cart stays abandoned (its journey goes on; the flow re-checks the cart before each step).
    ///
    /// A delivery older than what is stored (out of order: a retry, a replay) changes nothing: not the
    /// cart, not its keys, not the shopper's phone, email or name. Deliveries are ordered by the
    /// platform's own time of the change (Shopify `updated_at`, WooCommerce `date_modified_gmt`,
    /// BigCommerce `updated_time`, the generic event's `occurred_at`), else by arrival.
    func applyCart(_ snapshot: CartSnapshot, _ context: Context) async throws -> Outcome {
        let repositories = context.repositories
        // Platform times order deliveries; never in our future (clock skew, the demo's accelerated clock).
        let activity = min(snapshot.updatedAt ?? snapshot.occurredAt ?? context.now, context.now)
        if let stored = try await repositories.carts.find(
            storeID: context.store.id, source: snapshot.source, externalID: snapshot.externalID),
            stored.lastActivityAt > activity
        {
            return self.stale(stored, context)
        }
        let contact = try await self.upsertContact(snapshot.contact, address: snapshot.shippingAddress, context)
        let stored = try await repositories.carts.upsert(
            Cart(
                id: Self.newID(), storeID: context.store.id, source: snapshot.source, externalID: snapshot.externalID,
                contactID: contact?.id, items: snapshot.items, subtotal: snapshot.subtotal,
                recoveryURL: snapshot.recoveryURL, shippingAddress: snapshot.shippingAddress, ip: snapshot.ip,
                userAgent: snapshot.userAgent, status: .open, lastActivityAt: activity, createdAt: context.now,
                updatedAt: context.now))
        if let token = snapshot.cartToken { try await repositories.carts.addKeys([token], to: stored, at: context.now) }
        // A newer delivery committed between the check above and the upsert: the upsert kept it.
        guard stored.lastActivityAt <= activity else { return self.stale(stored, context) }
        let abandonment = self.abandonment
        if snapshot.isCompleted {
            try await abandonment.cancelChecks(cartID: stored.id, context)
            return Outcome(kind: "cart", cartID: stored.id, note: "checkout completed")
        }
        if snapshot.items.isEmpty {
            _ = try await abandonment.close(stored, by: .empty, context)
            return Outcome(kind: "cart", cartID: stored.id, note: "emptied")
        }
        var cart = stored
        // Items again after emptying, or activity on a cart a newer one had superseded: live again.
        if case .moves = CartLifecycle.decide(.reopen, from: cart.status),
            let reopened = try await repositories.carts.apply(.reopen, cartID: cart.id, at: context.now)
        {
            cart = reopened
        }
        if cart.status == .open { try await abandonment.schedule(cart, context) }
        return Outcome(kind: "cart", cartID: cart.id)
    }

    /// The outcome of a delivery older than the stored cart: logged, nothing changed.
    private func stale(_ stored: Cart, _ context: Context) -> Outcome {
        context.logger.info("stale cart delivery ignored", metadata: ["cart_id": "\(stored.id)"])
        return Outcome(kind: "cart", cartID: stored.id, note: "stale")
    }

    /// Marks the cart named by any of `keys` deleted, cancelling its checks and signalling its journey
    /// (``ShopperSignal/cartEmptied``).
    func applyDeletion(keys: [String], source: CommerceSource, _ context: Context) async throws -> Outcome {
        let carts = context.repositories.carts
        for key in keys {
            var found = try await carts.find(storeID: context.store.id, source: source, externalID: key)
            if found == nil { found = try await carts.find(storeID: context.store.id, source: source, alias: key) }
            guard let cart = found else { continue }
            _ = try await self.abandonment.close(cart, by: .delete, context)
            return Outcome(kind: "cart_deleted", cartID: cart.id)
        }
        return Outcome(kind: "cart_deleted", note: "no such cart")
    }

    /// Inserts or merges the shopper; `nil` when neither a readable phone nor an email is known.
    func upsertContact(_ contact: CommerceContact, address: PostalAddress?, _ context: Context) async throws -> Contact? {
        let phone = self.e164(contact.phone, context)
        guard phone != nil || contact.email != nil else { return nil }
        return try await context.repositories.contacts.upsert(
            Contact(
                id: Self.newID(), storeID: context.store.id, phone: phone, email: contact.email,
                firstName: contact.firstName, lastName: contact.lastName, locale: contact.locale, address: address,
                createdAt: context.now, updatedAt: context.now))
    }

    /// A fresh lower-case UUID for new rows.
    static func newID() -> String {
        UUID().uuidString.lowercased()
    }
}
