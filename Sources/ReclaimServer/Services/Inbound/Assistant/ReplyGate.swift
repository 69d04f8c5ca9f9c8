import Foundation
import ReclaimCore
import ReclaimPhone
import ReclaimStore

/// The compliance gate for a conversational reply, the assistant's or a person's
/// (``MessagePurpose/reply``), fed from the database: the suppression list, the latest consent record,
/// the recipient's location and when the shopper last wrote.
///
/// A reply that follows the shopper's message within ``CompliancePolicy/replyGracePeriod`` goes out at
/// once, quiet hours or not; a later one waits for the shopper's daytime like a flow step. A suppressed
/// number or revoked consent blocks it, and so do the content rules a reply must meet (``MessageRules``).
struct ReplyGate {
    /// Repositories over the database.
    let repositories: ReclaimRepositories
    /// Phone number parsing.
    let phones: PhoneNumberParser

    /// The gate's decision for `text` to `phone` (E.164) at `now`.
    /// - Parameters:
    ///   - lastInboundAt: When the shopper last wrote (`nil` when never: the reply is then time-gated).
    func decide(
        text: String, to phone: String, contact: Contact?, cart: Cart?, store: StoreConfiguration, lastInboundAt: Date?,
        now: Date
    ) async throws -> SendDecision {
        let repositories = self.repositories
        let consent =
            try await repositories.consent.latest(storeID: store.id, channel: .sms, address: phone)
            .map { ConsentEvidence(record: $0) } ?? .none
        let suppression = try await repositories.suppressions.find(
            storeID: store.id, channel: .sms, addressHash: AddressHash.of(phone, channel: .sms))?.reason
        let parsed = try? self.phones.parse(phone, defaultRegion: store.defaultRegion)
        let location = RecipientLocator.location(phone: parsed, address: cart?.shippingAddress ?? contact?.address)
        let request = SendRequest(
            channel: .sms, purpose: .reply, location: location, consent: consent, suppression: suppression,
            history: SendHistory(lastInboundAt: lastInboundAt),
            content: .init(text: text, brand: store.name, isFirstMessage: false), now: now)
        return SendGate.decide(request)
    }
}
