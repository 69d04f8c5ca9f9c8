import Foundation
import ReclaimCore

/// Whether consent was given or taken back.
public enum ConsentAction: String, Codable, Sendable, Hashable, CaseIterable {
    /// The shopper agreed to marketing on the channel.
    case granted
    /// The shopper withdrew (or never gave) marketing consent on the channel.
    case revoked
}

/// A shopper's marketing consent changed on one channel, with the evidence the source gave.
///
/// The store layer appends a ``ReclaimCore/ConsentRecord`` from it; a revocation always wins.
public struct ConsentChange: Codable, Sendable, Hashable {
    /// The channel the change covers.
    public var channel: Channel
    /// Granted or revoked.
    public var action: ConsentAction
    /// Phone as sent (raw), required for SMS.
    public var phone: String?
    /// Email, lower-cased, required for email.
    public var email: String?
    /// Where the consent was collected (`checkout`, `popup`, `shopify:other`), free text.
    public var source: String?
    /// The opt-in strength the source claims (`single_opt_in`, `double_opt_in`), when it says.
    public var kindHint: ConsentKind?
    /// The disclosure wording the shopper saw.
    public var disclosureText: String?
    /// Shopper's IP address at the time.
    public var ip: String?
    /// Shopper's browser at the time.
    public var userAgent: String?
    /// The page where consent was given.
    public var pageURL: String?
    /// When a double opt-in was confirmed.
    public var doubleOptInConfirmedAt: Date?
    /// When the shopper acted, when the source says.
    public var occurredAt: Date?
    /// The platform's customer id, when the change came from a platform.
    public var platformCustomerID: String?
    /// The platform's own state word (`subscribed`, `unsubscribed`), for the record.
    public var platformState: String?

    /// Creates a consent change.
    public init(
        channel: Channel, action: ConsentAction, phone: String? = nil, email: String? = nil, source: String? = nil,
        kindHint: ConsentKind? = nil, disclosureText: String? = nil, ip: String? = nil, userAgent: String? = nil,
        pageURL: String? = nil, doubleOptInConfirmedAt: Date? = nil, occurredAt: Date? = nil,
        platformCustomerID: String? = nil, platformState: String? = nil
    ) {
        self.channel = channel
        self.action = action
        self.phone = phone.nonBlank
        self.email = email.nonBlank?.lowercased()
        self.source = source
        self.kindHint = kindHint
        self.disclosureText = disclosureText
        self.ip = ip
        self.userAgent = userAgent
        self.pageURL = pageURL
        self.doubleOptInConfirmedAt = doubleOptInConfirmedAt
        self.occurredAt = occurredAt
        self.platformCustomerID = platformCustomerID
        self.platformState = platformState
    }

    /// The phone for SMS or the email for email.
    public var address: String? { self.channel == .sms ? self.phone : self.email }
}
