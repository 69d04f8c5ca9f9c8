import Foundation
import ReclaimCore
import ReclaimStore

/// Email unsubscribes from `/u/{token}` and `List-Unsubscribe`: suppresses the address at once,
/// appends a `revoked` consent record, and tells the journeys; with `scope: all` the shopper's
/// phone is opted out of texts as well.
public struct UnsubscribeService: Sendable {
    /// What to stop.
    public enum Scope: String, Sendable {
        /// Emails only (the one-click default).
        case email
        /// Emails and texts.
        case all
    }

    /// Loaded configuration (stores, base URL).
    let configuration: ReclaimConfiguration
    /// Source of "now".
    let clock: any WallClock
    /// The open database, for transactions.
    let database: ReclaimDatabase
    /// Repositories over the database.
    let repositories: ReclaimRepositories
    /// Signals for the flow engine.
    let flowEvents: FlowEventPublisher

    /// Mints a token for an email to `address` (stored by the outbox with its message).
    public func mint(storeID: StoreID, address: String, contactID: String?, messageID: String?, now: Date) -> UnsubscribeToken {
        UnsubscribeToken(
            token: LinkToken.make(length: 16), storeID: storeID, channel: .email,
            addressHash: AddressHash.of(address, channel: .email), contactID: contactID, messageID: messageID, createdAt: now)
    }

    /// The public URL of a token.
    public func url(token: String) -> String {
        "\(self.configuration.server.baseURL)/u/\(token)"
    }

    /// Unsubscribes the token's shopper.
    /// - Returns: The token record, or `nil` for an unknown token.
    @discardableResult
    public func unsubscribe(token: String, scope: Scope) async throws -> UnsubscribeToken? {
        let now = self.clock.now()
        guard let record = try await self.repositories.unsubscribes.resolve(token: token) else { return nil }
        let contact = try await record.contactID.asyncMap { try await self.repositories.contacts.find(id: $0) } ?? nil
        try await self.database.transaction { db in
            let repositories = ReclaimRepositories(database: db)
            _ = try await repositories.suppressions.add(
                Suppression(
                    storeID: record.storeID, channel: .email, address: contact?.email, addressHash: record.addressHash,
                    reason: .optedOut, detail: "unsubscribe link", createdAt: now))
            if let email = contact?.email {
                _ = try await repositories.consent.append(
                    ConsentRecord(
                        id: "consent_unsub_email_\(record.token)", storeID: record.storeID, contactID: record.contactID,
                        channel: .email, address: email, kind: .revoked, source: .form, occurredAt: now, recordedAt: now))
            }
            if scope == .all, let phone = contact?.phone {
                _ = try await ConsentLedger(repositories: repositories).optOut(
                    store: record.storeID, e164: phone, contactID: record.contactID, key: "unsub_\(record.token)",
                    detail: "unsubscribe page: all messages", now: now)
            }
            try await repositories.unsubscribes.markUsed(token: token, at: now)
        }
        if let contactID = record.contactID {
            for journey in try await self.repositories.journeys.list(contactID: contactID) where journey.state != .ended {
                try await self.flowEvents.publish(.optedOutEmail, cartID: journey.cartID, storeID: record.storeID, at: now)
                if scope == .all {
                    try await self.flowEvents.publish(.optedOutSMS, cartID: journey.cartID, storeID: record.storeID, at: now)
                }
            }
        }
        return record
    }
}

extension Optional {
    /// `map` with an async transform.
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        switch self {
        case .some(let value): try await transform(value)
        case .none: nil
        }
    }
}
