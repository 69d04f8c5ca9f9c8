import Foundation
import ReclaimCore
import ReclaimPhone
import ReclaimStore

/// Answers "may this store text this number now?": the work behind `POST …/policy/check` and
/// `reclaim policy check`.
///
/// What the request leaves out comes from the database: the latest consent record for the E.164
/// number, its suppression (which wins over any consent the request claims), outbound texts in the
/// last 24 hours, and whether a text about the shopper's latest cart went out within 48 hours.
///
/// ```swift
/// let service = PolicyCheckService(repositories: repositories, phones: phones, clock: clock)
/// let answer = try await service.check(store: store, request: PolicyCheckRequest(phone: "+13055550123"))
/// answer.decision  // "defer"
/// ```
public struct PolicyCheckService: Sendable {
    let repositories: ReclaimRepositories
    let phones: PhoneNumberParser
    let clock: any WallClock
    let policy: CompliancePolicy

    /// Creates the service over the repositories it reads.
    public init(
        repositories: ReclaimRepositories, phones: PhoneNumberParser, clock: any WallClock, policy: CompliancePolicy = .reference
    ) {
        self.repositories = repositories
        self.phones = phones
        self.clock = clock
        self.policy = policy
    }

    /// Judges one what-if.
    /// - Parameters:
    ///   - store: The store asking.
    ///   - request: The question.
    ///   - fallbackConsent: The consent to assume when the request names none and nothing is recorded
    ///     (the command line's timing what-if); `nil` judges the number as having no consent.
    /// - Returns: The decision, its instants, zones, jurisdictions and reasons.
    /// - Throws: ``APIError`` (400 naming the field) for malformed input; database errors.
    public func check(
        store: StoreConfiguration, request: PolicyCheckRequest, fallbackConsent: ConsentKind? = nil
    ) async throws -> PolicyCheckResponse {
        guard let raw = request.phone, !raw.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw APIError.invalidField("phone", "required field is missing")
        }
        let phone: PhoneNumberInfo
        do {
            phone = try self.phones.parse(raw, defaultRegion: store.defaultRegion)
        } catch {
            throw APIError.invalidField("phone", error.description)
        }
        let now = try Self.instant(request.at) ?? self.clock.now()
        let channel = try Self.channel(request.channel)
        let claimed = try Self.consentKind(request.consent)
        var facts = try await self.facts(store: store.id, e164: phone.e164, channel: channel, now: now)
        facts.consent.platform = store.platformName
        let (consent, basis): (ConsentEvidence, String) =
            if let claimed { (.assumed(claimed, channel: channel), "request") } else if facts.recorded {
                (facts.consent, "recorded")
            } else if let fallbackConsent { (.assumed(fallbackConsent, channel: channel), "assumed") } else { (.none, "none") }
        let sendRequest = SendRequest(
            channel: channel, purpose: .flowStep,
            location: RecipientLocator.location(phone: phone, address: request.address),
            consent: consent,
            suppression: facts.suppression,
            history: SendHistory(
                sentLast24h: request.sentLast24h ?? facts.sentLast24h,
                cartSMSWithin48h: request.cartSMSWithin48h ?? facts.cartSMSWithin48h),
            now: now, policy: self.policy)
        var decision = SendGate.decide(sendRequest)
        if basis == "recorded", channel == .sms, let waiting = DoubleOptInGate.reason(consent: consent, store: store) {
            decision.verdict = .block
            decision.reasons.insert(waiting, at: 0)
        }
        return PolicyCheckResponse(decision, consent: consent.kind, basis: basis)
    }

    /// What the database knows about a number.
    struct Facts {
        var consent: ConsentEvidence = .none
        var recorded = false
        var suppression: SuppressionReason?
        var sentLast24h = 0
        var cartSMSWithin48h = false
    }

    func facts(store: StoreID, e164: String, channel: Channel, now: Date) async throws -> Facts {
        var facts = Facts()
        // Email consent and suppression are keyed by the email address, which a phone check lacks.
        guard channel == .sms else { return facts }
        if let record = try await self.repositories.consent.latest(storeID: store, channel: .sms, address: e164) {
            facts.consent = ConsentEvidence(record: record)
            facts.recorded = true
        }
        let hash = AddressHash.of(e164, channel: .sms)
        facts.suppression = try await self.repositories.suppressions.find(
            storeID: store, channel: .sms, addressHash: hash)?.reason
        facts.sentLast24h = try await self.repositories.messages.countOutbound(
            channel: .sms, address: e164, since: now.addingTimeInterval(-24 * 3600), storeID: store)
        facts.cartSMSWithin48h = try await self.cartTextedRecently(store: store, e164: e164, now: now)
        return facts
    }

    /// Whether a text about the contact's most recent cart went out in the last 48 hours.
    func cartTextedRecently(store: StoreID, e164: String, now: Date) async throws -> Bool {
        guard let contact = try await self.repositories.contacts.find(storeID: store, phone: e164),
            let cart = try await self.repositories.carts.list(contactID: contact.id).last
        else { return false }
        let since = now.addingTimeInterval(-self.policy.cartTextLimit.window)
        return try await self.repositories.messages.list(cartID: cart.id).contains { message in
            message.channel == .sms && message.direction == .outbound && message.createdAt >= since
                && SQLMessageStore.capCountedStatuses.contains(message.status)
        }
    }

    static func instant(_ text: String?) throws -> Date? {
        guard let text else { return nil }
        guard let date = PolicyTime.parse(text) else {
            throw APIError.invalidField("at", "expected an ISO 8601 instant with an offset, such as 2026-11-23T12:30:00Z")
        }
        return date
    }

    static func channel(_ text: String?) throws -> Channel {
        guard let text else { return .sms }
        guard let channel = Channel(rawValue: text.lowercased()) else {
            throw APIError.invalidField("channel", "expected sms or email")
        }
        return channel
    }

    static func consentKind(_ text: String?) throws -> ConsentKind? {
        guard let text else { return nil }
        guard let kind = ConsentKind(rawValue: text.lowercased()) else {
            let kinds = ConsentKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw APIError.invalidField("consent", "expected one of \(kinds)")
        }
        return kind
    }
}
