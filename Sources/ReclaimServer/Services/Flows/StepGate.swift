import Foundation
import ReclaimCore
import ReclaimPhone
import ReclaimStore

/// The compliance gate for a composed flow message, fed from the database: the recorded consent, the
/// suppression list, the frequency history (texts in the last 24 hours, a text about this cart within
/// 48 hours) and the recipient's location (phone number and shipping address).
struct StepGate {
    let dependencies: AppDependencies

    init(_ dependencies: AppDependencies) {
        self.dependencies = dependencies
    }

    func decide(message: Message, cart: Cart, contact: Contact?, store: StoreConfiguration, now: Date) async throws -> SendDecision {
        let repositories = self.dependencies.repositories
        let consent = try await repositories.consent.latest(storeID: store.id, channel: message.channel, address: message.address)
            .map { ConsentEvidence(record: $0) } ?? .none
        let suppression = try await repositories.suppressions.find(
            storeID: store.id, channel: message.channel, addressHash: AddressHash.of(message.address, channel: message.channel))?.reason
        let content = SendRequest.Content(text: message.body, brand: store.name, isFirstMessage: message.channel == .sms)
        switch message.channel {
        case .sms:
            let phone: PhoneNumberInfo
            do {
                phone = try self.dependencies.phones.parse(message.address, defaultRegion: store.defaultRegion)
            } catch {
                return SendDecision(
                    verdict: .block, reasons: [Reason(code: "invalid_phone", message: "\(error)")], timeZones: [], jurisdictions: [])
            }
            let since24h = now.addingTimeInterval(-24 * 3600)
            let sent24h = try await repositories.messages.countOutbound(
                channel: .sms, address: message.address, since: since24h, storeID: store.id)
            let window = CompliancePolicy.reference.cartTextLimit.window
            let cartTexted = try await repositories.messages.list(cartID: cart.id).contains {
                $0.channel == .sms && $0.direction == .outbound && $0.createdAt >= now.addingTimeInterval(-window)
                    && SQLMessageStore.capCountedStatuses.contains($0.status)
            }
            let request = SendRequest(
                channel: .sms, purpose: .flowStep,
                location: RecipientLocator.location(phone: phone, address: cart.shippingAddress ?? contact?.address),
                consent: consent, suppression: suppression,
                history: SendHistory(sentLast24h: sent24h, cartSMSWithin48h: cartTexted), content: content, now: now)
            return SendGate.decide(request)
        case .email:
            // The shopper's phone number, when known, tells where they are as much as for a text.
            let address = cart.shippingAddress ?? contact?.address
            let phone = contact?.phone.flatMap { try? self.dependencies.phones.parse($0, defaultRegion: store.defaultRegion) }
            let location = phone.map { RecipientLocator.location(phone: $0, address: address) }
                ?? RecipientLocation(phone: nil, address: address)
            let request = SendRequest(
                channel: .email, purpose: .flowStep,
                location: location,
                consent: consent, suppression: suppression, content: nil, now: now)
            return SendGate.decide(request)
        }
    }
}
