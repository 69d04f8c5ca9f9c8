import Foundation
import Hummingbird
import ReclaimCore

/// Body of `POST /api/v1/stores/{store}/policy/check` (CONTRACT.md "Policy check").
///
/// Only `phone` is required. `at` defaults to now, `channel` to `sms`; `consent`, `sent_last_24h`
/// and `cart_sms_within_48h` default to what the database knows about the number.
public struct PolicyCheckRequest: Codable, Sendable, Hashable {
    /// The recipient's number as written (`+13055550123`, `(305) 555-0123` with the store's region).
    public var phone: String?
    /// Shipping or billing address, if known.
    public var address: PostalAddress?
    /// The instant to judge, ISO 8601 with an offset.
    public var at: String?
    /// `sms` or `email`.
    public var channel: String?
    /// `express_written`, `single_opt_in`, `double_opt_in`, `none` or `revoked`, taken at its word.
    public var consent: String?
    /// Marketing texts already sent to the number in the last 24 hours.
    public var sentLast24h: Int?
    /// Whether a text about the shopper's abandoned cart went out within 48 hours.
    public var cartSMSWithin48h: Bool?

    enum CodingKeys: String, CodingKey {
        case phone, address, at, channel, consent
        case sentLast24h = "sent_last_24h"
        case cartSMSWithin48h = "cart_sms_within_48h"
    }

    /// Creates a request.
    public init(
        phone: String?, address: PostalAddress? = nil, at: String? = nil, channel: String? = nil,
        consent: String? = nil, sentLast24h: Int? = nil, cartSMSWithin48h: Bool? = nil
    ) {
        self.phone = phone
        self.address = address
        self.at = at
        self.channel = channel
        self.consent = consent
        self.sentLast24h = sentLast24h
        self.cartSMSWithin48h = cartSMSWithin48h
    }
}

/// The answer of a policy check: the gate's decision with its instant in UTC and local time.
public struct PolicyCheckResponse: ResponseEncodable, Sendable, Hashable {
    /// `send`, `defer` or `block`.
    public var decision: String
    /// For a deferral, the first allowed instant in UTC (`2026-11-23T14:00:00Z`); otherwise `nil`.
    public var until: String?
    /// The same instant in the recipient's (first candidate) zone (`2026-11-23T09:00:00-05:00`).
    public var untilLocal: String?
    /// Candidate IANA zones considered.
    public var timeZones: [String]
    /// Candidate jurisdictions considered (`US`, `US-FL`).
    public var jurisdictions: [String]
    /// Every reason, blocking ones first.
    public var reasons: [Reason]
    /// The consent kind judged (an extension of the contract's shape).
    public var consent: String
    /// Where that consent came from: `request`, `recorded`, `assumed` (a command's fallback) or `none`.
    public var consentBasis: String

    enum CodingKeys: String, CodingKey {
        case decision, until, reasons, jurisdictions, consent
        case untilLocal = "until_local"
        case timeZones = "time_zones"
        case consentBasis = "consent_basis"
    }

    /// The response for a send-gate decision.
    /// - Parameters:
    ///   - decision: What ``SendGate/decide(_:)`` returned.
    ///   - consent: The consent kind judged.
    ///   - basis: Where it came from.
    public init(_ decision: SendDecision, consent: ConsentKind, basis: String) {
        self.decision = decision.kind.rawValue
        self.until = decision.until.map(PolicyTime.utcString)
        self.untilLocal = decision.untilLocal()
        self.timeZones = decision.timeZones
        self.jurisdictions = decision.jurisdictions
        self.reasons = decision.reasons
        self.consent = consent.rawValue
        self.consentBasis = basis
    }

    /// Encodes the response; `until` and `until_local` are always present, as `null` when there is no deferral.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.decision, forKey: .decision)
        try container.encode(self.until, forKey: .until)
        try container.encode(self.untilLocal, forKey: .untilLocal)
        try container.encode(self.timeZones, forKey: .timeZones)
        try container.encode(self.jurisdictions, forKey: .jurisdictions)
        try container.encode(self.reasons, forKey: .reasons)
        try container.encode(self.consent, forKey: .consent)
        try container.encode(self.consentBasis, forKey: .consentBasis)
    }
}

/// ISO 8601 instants as the policy check reads and writes them.
enum PolicyTime {
    /// `2026-11-23T14:00:00Z`.
    static func utcString(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    /// Parses an instant with an offset or `Z`, with or without fractional seconds; `nil` otherwise.
    static func parse(_ text: String) -> Date? {
        let plain = ISO8601DateFormatter()
        plain.formatOptions = [.withInternetDateTime]
        if let date = plain.date(from: text) { return date }
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return fractional.date(from: text)
    }
}
