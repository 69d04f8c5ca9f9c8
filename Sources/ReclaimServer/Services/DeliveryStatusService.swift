import Foundation
import ReclaimCore
import ReclaimPhone
import ReclaimStore

/// Applies Twilio status callbacks to the outbox: the new status, error code and price, keeping the
/// most final status when callbacks arrive out of order. Error 21610 (the recipient replied STOP to
/// the sending number) suppresses the number.
public struct DeliveryStatusService: Sendable {
    let dependencies: AppDependencies

    /// Creates the service.
    public init(_ dependencies: AppDependencies) {
        self.dependencies = dependencies
    }

    /// Rank of each status; a callback only moves a message to a higher rank.
    static let rank: [MessageStatus: Int] = [
        .pending: 0, .deferred: 0, .sending: 1, .accepted: 2, .sent: 3, .delivered: 4, .undelivered: 4, .failed: 4,
    ]

    /// Twilio `MessageStatus` words mapped to the outbox's statuses; unknown words are ignored.
    static func status(_ word: String) -> MessageStatus? {
        switch word.lowercased() {
        case "queued", "accepted", "scheduled": .accepted
        case "sending": .sending
        case "sent": .sent
        case "delivered", "read": .delivered
        case "undelivered": .undelivered
        case "failed", "canceled": .failed
        default: nil
        }
    }

    /// Applies one callback.
    /// - Parameters:
    ///   - form: The verified callback parameters (`MessageSid`, `MessageStatus`, `ErrorCode`, `Price`,
    ///     `PriceUnit`, `To`).
    ///   - store: The store whose webhook received it.
    /// - Returns: The updated message, or `nil` when it is unknown or already further along.
    /// - Throws: ``APIError`` naming `MessageSid` or `MessageStatus` when missing.
    @discardableResult
    public func apply(_ form: FormParameters, store: StoreConfiguration) async throws -> Message? {
        guard let sid = form.nonBlank("MessageSid") ?? form.nonBlank("SmsSid") else {
            throw APIError.invalidField("MessageSid", "required field is missing")
        }
        guard let word = form.nonBlank("MessageStatus") ?? form.nonBlank("SmsStatus") else {
            throw APIError.invalidField("MessageStatus", "required field is missing")
        }
        let now = self.dependencies.clock.now()
        let repositories = self.dependencies.repositories
        let errorCode = form.nonBlank("ErrorCode")
        if errorCode == "21610", let to = form.nonBlank("To") {
            try await self.suppress(to, store: store, now: now)
        }
        guard let status = Self.status(word), let rank = Self.rank[status],
              let message = try await repositories.messages.find(providerID: sid, direction: .outbound, storeID: store.id)
        else { return nil }
        let earlier = Set(Self.rank.filter { $0.value < rank }.keys)
        let change = MessageUpdate(
            status: status, errorCode: errorCode, cost: Self.price(form.nonBlank("Price"), unit: form.nonBlank("PriceUnit")))
        return try await repositories.messages.update(id: message.id, change, at: now, from: earlier)
    }

    private func suppress(_ to: String, store: StoreConfiguration, now: Date) async throws {
        let e164 = (try? self.dependencies.phones.e164(to, defaultRegion: store.defaultRegion)) ?? to
        _ = try await self.dependencies.repositories.suppressions.add(.of(
            e164, channel: .sms, store: store.id, reason: .carrierBlocked, detail: "twilio error 21610", at: now))
    }

    /// Twilio's price (`-0.00790`, negative for a charge) in minor units, rounded to the nearest.
    static func price(_ text: String?, unit: String?) -> Money? {
        guard let text, let amount = Decimal(string: text) else { return nil }
        var minor = (amount < 0 ? -amount : amount) * 100
        var rounded = Decimal()
        NSDecimalRound(&rounded, &minor, 0, .plain)
        return Money(minor: NSDecimalNumber(decimal: rounded).intValue, currency: unit ?? "USD")
    }
}
