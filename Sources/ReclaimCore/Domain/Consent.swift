import Foundation

/// The kind of permission a consent record grants, from strongest to none.
public enum ConsentKind: String, Codable, Sendable, Hashable, CaseIterable {
    /// Express written consent (US TCPA standard for marketing texts): a clear disclosure the
    /// shopper affirmatively agreed to, with a record of it.
    case expressWritten = "express_written"
    /// Opt-in confirmed a second time (a reply or a link), required in Germany.
    case doubleOptIn = "double_opt_in"
    /// A single opt-in action (checkbox, form) without confirmation.
    case singleOptIn = "single_opt_in"
    /// No consent on record.
    case none
    /// The shopper withdrew consent.
    case revoked
}

/// How a consent record came to be.
public enum ConsentSource: String, Codable, Sendable, Hashable, CaseIterable {
    case checkoutCheckbox = "checkout_checkbox"
    case form
    case keyword
    case api
    case platformWebhook = "platform_webhook"
    case dashboard
    case imported = "import"
}

/// One entry in the append-only consent log. A revocation is a new record, never an edit.
public struct ConsentRecord: Codable, Sendable, Hashable, Identifiable {
    /// Reclaim's identifier.
    public var id: String
    /// Owning store.
    public var storeID: StoreID
    /// The contact, when known.
    public var contactID: String?
    /// Channel the permission covers.
    public var channel: Channel
    /// E.164 phone for SMS, lower-cased email for email.
    public var address: String
    /// What was granted or that it was revoked.
    public var kind: ConsentKind
    /// Where it came from.
    public var source: ConsentSource
    /// The exact disclosure wording the shopper saw.
    public var disclosureText: String?
    /// SHA-256 hex of `disclosureText`, so the wording can be proven later.
    public var disclosureHash: String?
    /// IP address of the shopper at the time.
    public var ip: String?
    /// Browser of the shopper at the time.
    public var userAgent: String?
    /// Page where consent was given.
    public var pageURL: String?
    /// When a double opt-in was confirmed.
    public var doubleOptInConfirmedAt: Date?
    /// When the shopper acted (given by the source, else receipt time).
    public var occurredAt: Date
    /// When Reclaim recorded it.
    public var recordedAt: Date
    /// Where the source says it collected the consent, as it said it (`shopify:shopify` for Shopify
    /// Checkout, `shopify:other`, `popup`), beside the coarse ``source``.
    public var sourceDetail: String?

    /// Creates a consent record.
    public init(
        id: String, storeID: StoreID, contactID: String? = nil, channel: Channel, address: String, kind: ConsentKind,
        source: ConsentSource, disclosureText: String? = nil, disclosureHash: String? = nil, ip: String? = nil,
        userAgent: String? = nil, pageURL: String? = nil, doubleOptInConfirmedAt: Date? = nil, occurredAt: Date,
        recordedAt: Date, sourceDetail: String? = nil
    ) {
        self.id = id
        self.storeID = storeID
        self.contactID = contactID
        self.channel = channel
        self.address = address
        self.kind = kind
        self.source = source
        self.disclosureText = disclosureText
        self.disclosureHash = disclosureHash
        self.ip = ip
        self.userAgent = userAgent
        self.pageURL = pageURL
        self.doubleOptInConfirmedAt = doubleOptInConfirmedAt
        self.occurredAt = occurredAt
        self.recordedAt = recordedAt
        self.sourceDetail = sourceDetail
    }
}
