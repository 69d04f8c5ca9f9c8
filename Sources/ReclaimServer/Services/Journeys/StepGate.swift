import Foundation
import ReclaimCore
import ReclaimPhone
import ReclaimStore

/// What the compliance gate needs from the database about one flow message: the recorded consent, the
/// suppression list entry, and for a text the frequency history (texts to the number in the last 24
/// hours, a text about this cart within the US one-text window).
struct GateFacts: Sendable {
    var consent: ConsentEvidence
    var suppression: SuppressionReason?
    var sentLast24h = 0
    var cartTexted = false

    /// Since when texts count toward the 24-hour cap.
    static func capWindowStart(_ now: Date) -> Date { now.addingTimeInterval(-24 * 3600) }

    /// Whether `messages` (the cart's) hold a text that counts toward the one-text-per-cart rule at `now`.
    static func cartTexted(_ messages: [Message], now: Date) -> Bool {
        let window = CompliancePolicy.reference.cartTextLimit.window
        return messages.contains {
            $0.channel == .sms && $0.direction == .outbound && $0.createdAt >= now.addingTimeInterval(-window)
                && SQLMessageStore.capCountedStatuses.contains($0.status)
        }
    }
}

/// The compliance gate for a composed flow message: ``GateFacts`` (read from the database one message
/// at a time with ``facts(message:cart:store:now:)``, or for a batch of steps at once) plus the
/// recipient's location (phone number and shipping address) decide send, defer or block.
struct StepGate {
    /// Repositories over the database.
    let repositories: ReclaimRepositories
    /// Phone number parsing.
    let phones: PhoneNumberParser

    /// Reads the facts about `message` from the database.
    func facts(message: Message, cart: Cart, store: StoreConfiguration, now: Date) async throws -> GateFacts {
        let repositories = self.repositories
        let consent =
            try await repositories.consent.latest(storeID: store.id, channel: message.channel, address: message.address)
            .map { ConsentEvidence(record: $0) } ?? .none
        let suppression = try await repositories.suppressions.find(
            storeID: store.id, channel: message.channel, addressHash: AddressHash.of(message.address, channel: message.channel))?.reason
        var facts = GateFacts(consent: consent, suppression: suppression)
        if message.channel == .sms {
            facts.sentLast24h = try await repositories.messages.countOutbound(
                channel: .sms, address: message.address, since: GateFacts.capWindowStart(now), storeID: store.id)
            facts.cartTexted = GateFacts.cartTexted(try await repositories.messages.list(cartID: cart.id), now: now)
        }
        return facts
    }

    /// The gate's decision for `message` given `facts`.
    func decide(message: Message, cart: Cart, contact: Contact?, store: StoreConfiguration, facts: GateFacts, now: Date) -> SendDecision {
        var facts = facts
        facts.consent.platform = cart.source == .events ? store.platformName : cart.source.rawValue
        if message.channel == .sms, let waiting = DoubleOptInGate.reason(consent: facts.consent, store: store) {
            return SendDecision(verdict: .block, reasons: [waiting], timeZones: [], jurisdictions: [])
        }
        let content = SendRequest.Content(text: message.body, brand: store.name, isFirstMessage: message.channel == .sms)
        switch message.channel {
        case .sms:
            let phone: PhoneNumberInfo
            do {
                phone = try self.phones.parse(message.address, defaultRegion: store.defaultRegion)
            } catch {
                return SendDecision(
                    verdict: .block, reasons: [Reason(code: "invalid_phone", message: "\(error)")], timeZones: [], jurisdictions: [])
            }
            let request = SendRequest(
                channel: .sms, purpose: .flowStep,
                location: RecipientLocator.location(phone: phone, address: cart.shippingAddress ?? contact?.address),
                consent: facts.consent, suppression: facts.suppression,
                history: SendHistory(sentLast24h: facts.sentLast24h, cartSMSWithin48h: facts.cartTexted), content: content, now: now)
            return SendGate.decide(request)
        case .email:
            // The shopper's phone number, when known, tells where they are as much as for a text.
            let address = cart.shippingAddress ?? contact?.address
            let phone = contact?.phone.flatMap { try? self.phones.parse($0, defaultRegion: store.defaultRegion) }
            let location =
                phone.map { RecipientLocator.location(phone: $0, address: address) }
                ?? RecipientLocation(phone: nil, address: address)
            let request = SendRequest(
                channel: .email, purpose: .flowStep,
                location: location,
                consent: facts.consent, suppression: facts.suppression, content: nil, now: now)
            return SendGate.decide(request)
        }
    }
}
