import Foundation
import Hummingbird
import ReclaimCore

/// The body of `GET …/conversations/{id}`: everything a person needs to answer the shopper. Text is as
/// stored (card data redacted before it was written); the phone is shown whole here, for the person
/// who will text back.
struct ConversationDetailResponse: ResponseEncodable, Sendable {
    /// The cart being discussed.
    struct CartBody: Codable, Sendable {
        var id: String
        var externalID: String
        /// `open`, `abandoned`, `recovered`, `emptied`, `superseded` or `deleted`.
        var status: String
        var items: [CartResponse.Item]
        var subtotal: Int
        var currency: String
        var recoveryURL: String?
        enum CodingKeys: String, CodingKey {
            case id
            case externalID = "external_id"
            case status, items, subtotal, currency
            case recoveryURL = "recovery_url"
        }
    }

    /// A code issued for the cart.
    struct DiscountBody: Codable, Sendable {
        var code: String
        /// `percent`, `fixed_amount` or `free_shipping`.
        var type: String
        /// Whole percent, or minor units for a fixed amount.
        var value: Int
        var tier: Int
        var expiresAt: Date
        /// `active`, `superseded`, `used` or `expired`, at the time of the request.
        var state: String
        var issuedAt: Date
        enum CodingKeys: String, CodingKey {
            case code, type, value, tier
            case expiresAt = "expires_at"
            case state
            case issuedAt = "issued_at"
        }
    }

    /// The latest consent record for the shopper's phone (the one in force).
    struct ConsentBody: Codable, Sendable {
        /// `express_written`, `double_opt_in`, `single_opt_in`, `none` or `revoked`.
        var kind: String
        var source: String
        var occurredAt: Date
        var disclosureText: String?
        var ip: String?
        enum CodingKeys: String, CodingKey {
            case kind, source
            case occurredAt = "occurred_at"
            case disclosureText = "disclosure_text"
            case ip
        }
    }

    /// Whether the phone is on the do-not-text list.
    struct SuppressionBody: Codable, Sendable {
        var optedOut: Bool
        /// `opted_out`, `erased`, `invalid_address`, `carrier_blocked`…, when suppressed.
        var reason: String?
        var since: Date?
        enum CodingKeys: String, CodingKey {
            case optedOut = "opted_out"
            case reason, since
        }
    }

    /// The cart's journey.
    struct JourneyBody: Codable, Sendable {
        /// `active`, `paused` or `ended`.
        var state: String
        /// Why it is paused or ended (`escalated`, `human_takeover`, `replied`, `purchased`…).
        var reason: String?
        var flow: String
    }

    var conversation: ConversationBody
    var contact: ContactBody?
    var cart: CartBody?
    var discounts: [DiscountBody]
    var consent: ConsentBody?
    var suppression: SuppressionBody
    var journey: JourneyBody?
    var turns: [TurnBody]

    init(_ details: InboxQueries.Details, now: Date) {
        self.conversation = ConversationBody(details.conversation)
        self.contact = details.contact.map(ContactBody.init)
        self.cart = details.cart.map {
            CartBody(
                id: $0.id, externalID: $0.externalID, status: $0.status.rawValue, items: $0.items.map(CartResponse.Item.init),
                subtotal: $0.subtotal.minor, currency: $0.subtotal.currency, recoveryURL: $0.recoveryURL)
        }
        self.discounts = details.discounts.map {
            DiscountBody(
                code: $0.code, type: $0.type.rawValue, value: $0.value, tier: $0.tier, expiresAt: $0.expiresAt,
                state: $0.state(at: now).rawValue, issuedAt: $0.createdAt)
        }
        self.consent = details.consent.map {
            ConsentBody(
                kind: $0.kind.rawValue, source: $0.source.rawValue, occurredAt: $0.occurredAt, disclosureText: $0.disclosureText,
                ip: $0.ip)
        }
        self.suppression = SuppressionBody(
            optedOut: details.suppression != nil, reason: details.suppression?.reason.rawValue,
            since: details.suppression?.createdAt)
        self.journey = details.journey.map { JourneyBody(state: $0.state.rawValue, reason: $0.reason, flow: $0.flowName) }
        self.turns = details.turns.map(TurnBody.init)
    }
}
