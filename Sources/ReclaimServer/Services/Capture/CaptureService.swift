import Foundation
import Logging
import ReclaimCommerce
import ReclaimCore
import ReclaimStore
import SQLKit

/// Records one on-site capture (`POST /c/{store}`): the shopper as a contact, tied to the page's cart when
/// there is one, and the consent through the same ingestion as every other consent (source `form`, the
/// wording shown, IP, user agent, page URL and time), all in one transaction. What follows a grant (a double
/// opt-in confirmation text when the store's `consent` section asks for one) follows from there.
struct CaptureService: Sendable {
    /// The open database, for the transaction.
    let database: ReclaimDatabase
    /// Applies the consent change.
    let ingestion: IngestionService

    /// A validated capture.
    struct Submission: Sendable, Hashable {
        /// `sms` for the phone step, `email` for the email step.
        var channel: Channel
        /// The E.164 phone or lower-cased email.
        var address: String
        /// The wording shown, equal to the store's configured wording.
        var disclosure: String
        /// The client's IP address, when known.
        var ip: String?
        /// The browser's `User-Agent`.
        var userAgent: String?
        /// The page the form was on.
        var pageURL: String?
        /// The page's cart (a platform cart token or cart id), when it has one.
        var cartToken: String?
    }

    /// What the capture did.
    struct Receipt: Sendable, Hashable {
        /// The consent kind recorded (`express_written`).
        var consent: String?
        /// The Reclaim id of the cart the contact was tied to.
        var cartID: String?
    }

    /// Records `submission` for `store`.
    /// - Throws: ``IngestionError`` for an address the ingestion refuses, or a database error.
    func record(_ submission: Submission, store: StoreConfiguration, now: Date, logger: Logger) async throws -> Receipt {
        try await self.database.transaction { db in
            let repositories = ReclaimRepositories(database: db)
            let cartID = try await self.tie(submission, store: store, repositories: repositories, now: now, logger: logger)
            let change = ConsentChange(
                channel: submission.channel, action: .granted, phone: submission.channel == .sms ? submission.address : nil,
                email: submission.channel == .email ? submission.address : nil, source: "form",
                disclosureText: submission.disclosure, ip: submission.ip, userAgent: submission.userAgent,
                pageURL: submission.pageURL, occurredAt: now)
            let outcome = try await self.ingestion.apply(
                .consentChanged(change), source: .events, store: store, in: db, now: now, logger: logger)
            return Receipt(consent: outcome.note, cartID: cartID)
        }
    }

    /// Upserts the shopper and ties them to the page's cart: a cart without a shopper gets this one; a cart
    /// whose shopper has no address on this channel gets it added. A cart whose shopper has another address on
    /// this channel is left alone (someone else's cart token). Returns the cart tied, if any.
    private func tie(
        _ submission: Submission, store: StoreConfiguration, repositories: ReclaimRepositories, now: Date, logger: Logger
    ) async throws -> String? {
        let isSMS = submission.channel == .sms
        var cart: Cart?
        if let token = submission.cartToken { cart = try await repositories.carts.find(storeID: store.id, key: token) }
        var holder: Contact?
        if let id = cart?.contactID { holder = try await repositories.contacts.find(id: id) }
        if let held = holder.flatMap({ isSMS ? $0.phone : $0.email }), held != submission.address {
            logger.info("capture not tied: the cart belongs to another shopper", metadata: ["cart_id": "\(cart?.id ?? "-")"])
            cart = nil
            holder = nil
        }
        let contact = try await repositories.contacts.upsert(
            Contact(
                id: IngestionService.newID(), storeID: store.id, phone: isSMS ? submission.address : holder?.phone,
                email: isSMS ? holder?.email : submission.address, createdAt: now, updatedAt: now))
        guard var cart else { return nil }
        if cart.contactID != contact.id {
            cart.contactID = contact.id
            cart = try await repositories.carts.upsert(cart)
        }
        return cart.id
    }
}
