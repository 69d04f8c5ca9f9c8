import Foundation
import ReclaimCore

/// What a cart or order payload says about marketing consent, as evidence only.
///
/// A checkout checkbox (`buyer_accepts_sms_marketing`) or a customer's `sms_marketing_consent`
/// state is not by itself proof of express written consent; the compliance engine decides what a
/// hint is worth. Hints are never turned into consent records by the adapters.
public struct ConsentHint: Codable, Sendable, Hashable {
    /// The channel the hint is about.
    public var channel: Channel
    /// Whether the payload says the shopper accepts marketing on this channel.
    public var accepted: Bool
    /// The phone or email the hint is tied to, when the payload names one (`sms_marketing_phone`).
    public var address: String?
    /// The platform's own state word (`subscribed`, `not_subscribed`, `checkbox`), for the record.
    public var platformState: String?
    /// The platform's opt-in level (`single_opt_in`, `confirmed_opt_in`), when given.
    public var optInLevel: String?
    /// When the platform says consent last changed.
    public var updatedAt: Date?
    /// Where the platform says it collected the consent (Shopify `consent_collected_from`: `SHOPIFY`, `OTHER`).
    public var collectedFrom: String?

    /// Creates a hint.
    public init(
        channel: Channel, accepted: Bool, address: String? = nil, platformState: String? = nil,
        optInLevel: String? = nil, updatedAt: Date? = nil, collectedFrom: String? = nil
    ) {
        self.channel = channel
        self.accepted = accepted
        self.address = address
        self.platformState = platformState
        self.optInLevel = optInLevel
        self.updatedAt = updatedAt
        self.collectedFrom = collectedFrom
    }
}
