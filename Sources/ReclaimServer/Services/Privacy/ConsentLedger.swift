@preconcurrency import Crypto
import Foundation
import ReclaimCore
import ReclaimStore

/// Writes SMS opt-outs and re-subscriptions to the suppression list and the append-only consent log.
///
/// Built over one set of repositories, usually a transaction's, so the suppression and the consent
/// record commit together.
struct ConsentLedger {
    let repositories: ReclaimRepositories

    /// Consent kinds that grant permission (as opposed to `none` and `revoked`).
    static let grantingKinds: Set<ConsentKind> = [.expressWritten, .doubleOptIn, .singleOptIn]
    /// Suppression reasons a START lifts: the shopper's own STOP, and the provider's block that a
    /// STOP caused (Twilio 21610, Telnyx STOP block). Erasures, bounces and complaints stay.
    static let liftedByOptIn: Set<SuppressionReason> = [.optedOut, .carrierBlocked, .optOutUnconfirmed]

    /// Records an SMS opt-out: suppresses the number and appends a `revoked` record (source keyword).
    /// - Parameters:
    ///   - key: A stable id for the event (the provider's message id), making a retry idempotent.
    ///   - detail: What triggered it (the classifier's rule), never the raw text.
    /// - Returns: The suppression entry that existed before this opt-out, if any.
    func optOut(
        store: StoreID, e164: String, contactID: String?, key: String, detail: String, now: Date
    )
        async throws -> Suppression?
    {
        let entry = Suppression.of(e164, channel: .sms, store: store, reason: .optedOut, detail: detail, at: now)
        // A STOP after an ambiguous text confirms it: the pause becomes an opt-out (and is confirmed once).
        _ = try await self.repositories.suppressions.remove(
            storeID: store, channel: .sms, addressHash: entry.addressHash, reasons: [.optOutUnconfirmed])
        let outcome = try await self.repositories.suppressions.add(entry)
        _ = try await self.repositories.consent.append(
            ConsentRecord(
                id: "consent_kw_\(key)", storeID: store, contactID: contactID, channel: .sms, address: e164,
                kind: .revoked, source: .keyword, occurredAt: now, recordedAt: now))
        return outcome.wasInserted ? nil : outcome.value
    }

    /// Stops marketing to a number whose text might mean "stop" but is ambiguous: an
    /// `opt_out_unconfirmed` suppression, unless the number is already suppressed. Consent is not
    /// revoked (the shopper has not clearly said so); STOP turns it into an opt-out, START lifts it.
    /// - Parameter detail: What triggered it (the classifier's verdict), never the raw text.
    /// - Returns: `true` when the number was paused now, `false` when it was already suppressed.
    func pauseMarketing(store: StoreID, e164: String, detail: String, now: Date) async throws -> Bool {
        let entry = Suppression.of(e164, channel: .sms, store: store, reason: .optOutUnconfirmed, detail: detail, at: now)
        return try await self.repositories.suppressions.add(entry).wasInserted
    }

    /// Re-subscribes a number after START/UNSTOP (or YES while suppressed).
    ///
    /// A text is a new affirmative act made after the STOP it answers, so it always lifts the opt-out
    /// (``ReclaimCore/OptOutLift/Grant/keyword``); consent events from platforms and the API lift one
    /// only under the stricter rule of ``ReclaimCore/OptOutLift``.
    ///
    /// Lifts an opt-out suppression and appends a consent record (source keyword) whose disclosure is
    /// the exact confirmation text sent back. The START reinstates the consent the opt-out revoked: the
    /// record takes the kind (and double opt-in time) of the last granting record, or `single_opt_in`
    /// when the number never granted any. A number already subscribed gets no new record, so a stray
    /// START never weakens an express written consent.
    /// - Returns: The appended record, or `nil` when none was needed.
    func optIn(
        store: StoreID, e164: String, contactID: String?, key: String, disclosure: String, now: Date
    )
        async throws -> ConsentRecord?
    {
        let hash = AddressHash.of(e164, channel: .sms)
        let lifted = try await self.repositories.suppressions.remove(
            storeID: store, channel: .sms, addressHash: hash, reasons: Self.liftedByOptIn)
        let history = try await self.repositories.consent.history(storeID: store, channel: .sms, address: e164)
        if lifted == nil, let latest = history.last, Self.grantingKinds.contains(latest.kind) { return nil }
        let restored = history.last { Self.grantingKinds.contains($0.kind) }
        let record = ConsentRecord(
            id: "consent_kw_\(key)", storeID: store, contactID: contactID, channel: .sms, address: e164,
            kind: restored?.kind ?? .singleOptIn, source: .keyword, disclosureText: disclosure,
            disclosureHash: Self.sha256(disclosure), doubleOptInConfirmedAt: restored?.doubleOptInConfirmedAt,
            occurredAt: now, recordedAt: now)
        return try await self.repositories.consent.append(record).value
    }

    /// Lower-case hex SHA-256 of a disclosure text.
    static func sha256(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
