import Foundation
import Logging
import ReclaimCore
import ReclaimPhone
import ReclaimStore
import SQLKit

/// Reclaim's own double opt-in (`consent.double_opt_in: sms_reply`), run inside the caller's transaction.
///
/// The request lives in the consent ledger, no table of its own: the number's latest SMS record being an
/// unconfirmed grant (not `double_opt_in`, no confirmation time) *is* the pending request, sent when that
/// grant was recorded and expiring ``StoreConfiguration/ConsentSection/confirmationExpiry`` later (then
/// ``DoubleOptInExpiry`` appends a `none` record that marks it expired). STOP
/// appends a revocation (revoked); a Y in time appends a `double_opt_in` record with the reply's time and
/// the confirmation wording (confirmed); a Y after that confirms nothing (expired). ``ReclaimCore/DoubleOptIn``
/// holds the state machine and the words.
struct DoubleOptInRequests {
    /// Repositories over the caller's transaction.
    let repositories: ReclaimRepositories
    /// The store.
    let store: StoreConfiguration

    /// Queues the one confirmation text for `grant` through the outbox when the store runs the double
    /// opt-in and the grant is not confirmed already. Quiet hours defer it to the morning; a suppression
    /// or a revoked consent blocks it (logged).
    /// - Returns: The queued message, or `nil` when none is due.
    @discardableResult
    func request(for grant: ConsentRecord, phone: PhoneNumberInfo?, now: Date, logger: Logger) async throws -> Message? {
        guard let consent = self.store.consent, consent.runsDoubleOptIn, grant.channel == .sms, Self.isUnconfirmed(grant) else {
            return nil
        }
        let text = DoubleOptIn.confirmationText(brand: self.store.name, termsURL: consent.termsURL)
        let hash = AddressHash.of(grant.address, channel: .sms)
        let suppression = try await self.repositories.suppressions.find(storeID: self.store.id, channel: .sms, addressHash: hash)
        let request = SendRequest(
            channel: .sms, purpose: .doubleOptInRequest, location: RecipientLocator.location(phone: phone, address: nil),
            consent: ConsentEvidence(record: grant), suppression: suppression?.reason,
            content: .init(text: text, brand: self.store.name, isFirstMessage: true), now: now)
        let decision = SendGate.decide(request)
        let sendAt: Date
        switch decision.verdict {
        case .send: sendAt = now
        case .defer(let until): sendAt = until
        case .block:
            logger.warning(
                "double opt-in confirmation not sent", metadata: ["reasons": "\(decision.reasons.map(\.code).joined(separator: ","))"])
            return nil
        }
        let expiry = DoubleOptInExpiry.Payload(
            storeID: self.store.id, grantID: grant.id, address: grant.address, expiresAt: now.addingTimeInterval(consent.confirmationExpiry)
        )
        _ = try await JobQueue(self.repositories.database).enqueue(
            kind: DoubleOptInExpiry.kind, payload: expiry, runAt: expiry.expiresAt, uniqueKey: "\(DoubleOptInExpiry.kind):\(grant.id)",
            now: now)
        var message = Message(
            id: "msg_\(TimeOrderedID.make(at: now))", storeID: self.store.id, contactID: grant.contactID, channel: .sms,
            direction: .outbound, address: grant.address, body: text, status: .pending,
            idempotencyKey: "double-opt-in:\(grant.id)", createdAt: now, updatedAt: now)
        message.decision = decision.record
        return try await OutboxService.store(message, sendAt: sendAt, in: self.repositories.database, now: now).value
    }

    /// Records `reply` from `e164` as the confirmation when it is a confirmation word and a request is
    /// pending; `nil` when the text is no confirmation word, no request awaits a reply, or the store does
    /// not run the double opt-in.
    /// - Returns: ``DoubleOptIn/State/confirmed`` (a `double_opt_in` record was appended) or
    ///   ``DoubleOptIn/State/expired`` (the Y came after the request expired: nothing recorded).
    func confirm(reply: String, from e164: String, contactID: String?, key: String, now: Date) async throws -> DoubleOptIn.State? {
        guard let consent = self.store.consent, consent.runsDoubleOptIn, DoubleOptIn.isConfirmation(reply) else { return nil }
        let latest = try await self.repositories.consent.latest(storeID: self.store.id, channel: .sms, address: e164)
        if let latest, DoubleOptInExpiry.marksExpiry(latest) { return .expired }
        // Nothing awaiting a Y (already confirmed, revoked, never asked): an ordinary reply, the assistant's.
        guard let pending = latest, Self.isUnconfirmed(pending) else { return nil }
        let expiresAt = pending.recordedAt.addingTimeInterval(consent.confirmationExpiry)
        guard DoubleOptIn.next(.pending, expiresAt: expiresAt, after: .reply(at: now)) == .confirmed else { return .expired }
        let wording = DoubleOptIn.confirmationText(brand: self.store.name, termsURL: consent.termsURL)
        _ = try await self.repositories.consent.append(
            ConsentRecord(
                id: "consent_doi_\(key)", storeID: self.store.id, contactID: contactID ?? pending.contactID, channel: .sms,
                address: e164, kind: .doubleOptIn, source: .keyword, disclosureText: wording,
                disclosureHash: ConsentLedger.sha256(wording), doubleOptInConfirmedAt: now, occurredAt: now, recordedAt: now))
        return .confirmed
    }

    /// A grant the shopper has not confirmed by reply (nor the platform as a confirmed opt-in).
    static func isUnconfirmed(_ record: ConsentRecord) -> Bool {
        record.kind.isGrant && record.kind != .doubleOptIn && record.doubleOptInConfirmedAt == nil
    }
}
