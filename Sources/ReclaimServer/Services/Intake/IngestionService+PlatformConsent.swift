import Foundation
import Logging
import ReclaimCommerce
import ReclaimCore
import ReclaimStore

/// Consent that arrives from a commerce platform: Shopify's `sms_marketing_consent` and checkout SMS
/// checkbox (`buyer_accepts_sms_marketing`), on checkouts, orders and `customers_marketing_consent/update`.
///
/// The platform sends no wording, so the store's `consent.platform_disclosure` (the exact text its
/// checkout shows next to the SMS box) is recorded with it. With that wording a platform grant is
/// `express_written` (a box the shopper ticked next to the TCPA wording), or `double_opt_in` when the
/// platform says `confirmed_opt_in` (confirmed at the platform's own time). Without it the grant is
/// recorded as the platform states it (`single_opt_in`, `double_opt_in`) with no wording, the gate blocks
/// it with "consent from shopify has no disclosure wording: set consent.platform_disclosure", and a
/// warning is logged. The record's time is the platform's (`consent_updated_at`, else the checkout's
/// `created_at`, not its `updated_at`, which moves with every edit), never the arrival.
///
/// A cart payload only ever grants: a box left unticked says nothing new (revocations come from the
/// consent webhook and from STOP). A grant already on record with the same time is not appended again,
/// so each `checkouts/update` does not repeat it.
extension IngestionService {
    /// Records the SMS grant a platform's cart or checkout carries, once.
    func applyPlatformConsent(_ snapshot: CartSnapshot, source: CommerceSource, _ context: Context) async throws {
        guard source != .events, let change = Self.platformGrant(snapshot, source: source) else { return }
        guard let address = self.e164(change.phone, context) else { return }
        let history = try await context.repositories.consent.history(storeID: context.store.id, channel: .sms, address: address)
        let stated = change.occurredAt.map(Self.millis)
        let restated = history.contains { record in
            record.kind.isGrant && record.source == .platformWebhook && (stated == nil || Self.millis(record.occurredAt) == stated)
        }
        guard !restated else { return }
        _ = try await self.applyConsent(change, context)
    }

    /// The grant `snapshot` carries: the customer's `subscribed` state first (it has a level and a time),
    /// else a ticked checkout box.
    static func platformGrant(_ snapshot: CartSnapshot, source: CommerceSource) -> ConsentChange? {
        let hints = snapshot.consentHints.filter { $0.channel == .sms && $0.accepted }
        guard let hint = hints.first(where: { $0.optInLevel != nil || $0.updatedAt != nil }) ?? hints.first,
            let phone = hint.address ?? snapshot.contact.phone
        else { return nil }
        return ConsentChange(
            channel: .sms, action: .granted, phone: phone,
            source: "\(source.rawValue):\(hint.collectedFrom?.lowercased() ?? "checkout")",
            kindHint: self.platformKind(hint.optInLevel),
            // A ticked box has no time of its own: the checkout's creation, never its last update (an address
            // changed after a STOP must not pass for a new consent after it).
            occurredAt: hint.updatedAt ?? snapshot.occurredAt ?? snapshot.updatedAt,
            platformCustomerID: snapshot.platformCustomerID, platformState: hint.platformState)
    }

    /// Shopify's `opt_in_level`: `confirmed_opt_in` is a double opt-in, `single_opt_in` a single one.
    static func platformKind(_ level: String?) -> ConsentKind? {
        switch level?.lowercased() {
        case "confirmed_opt_in": .doubleOptIn
        case "single_opt_in": .singleOptIn
        default: nil
        }
    }

    /// `change` with the store's platform wording when it is a platform's grant without wording of its
    /// own, and its confirmation time when the platform says confirmed opt-in. Logs a warning when the
    /// store has no wording to give.
    func withPlatformWording(_ change: ConsentChange, _ context: Context) -> ConsentChange {
        guard change.action == .granted, Self.consentSource(change.source) == .platformWebhook else { return change }
        var change = change
        if change.kindHint == .doubleOptIn, change.doubleOptInConfirmedAt == nil {
            change.doubleOptInConfirmedAt = change.occurredAt
        }
        guard (change.disclosureText ?? "").allSatisfy(\.isWhitespace) else { return change }
        if let wording = context.store.consent?.wording {
            change.disclosureText = wording
        } else {
            context.logger.warning(
                "consent from the platform has no disclosure wording: set consent.platform_disclosure; the gate will block it",
                metadata: ["store": "\(context.store.id)", "source": "\(change.source ?? "platform")"])
        }
        return change
    }

    /// Milliseconds since the epoch, as times are stored.
    static func millis(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded(.down)) }
}
