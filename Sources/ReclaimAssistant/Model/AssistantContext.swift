import ReclaimCore

/// What the assistant knows about the conversation a reply belongs to: the store, the cart, the
/// discount ladder and how the conversation has gone so far.
public struct AssistantContext: Codable, Sendable, Hashable {
    /// Brand name used in replies (`Summit Outfitters`).
    public var brand: String
    /// ISO 4217 currency of the cart and catalog prices.
    public var currency: String
    /// Shopper's or store's locale (`es-MX`), used when the text itself does not show a language.
    public var localeHint: String?
    /// Lines in the shopper's cart.
    public var cartLines: [LineItem]
    /// The tracked checkout link that restores the cart.
    public var checkoutLink: String?
    /// Where the cart's discount ladder stands.
    public var discount: DiscountLadderState
    /// Questions from this shopper the assistant could not answer so far.
    public var unansweredQuestions: Int
    /// How shoppers reach a person.
    public var support: SupportContact

    /// Creates a context.
    public init(
        brand: String, currency: String, localeHint: String? = nil, cartLines: [LineItem] = [],
        checkoutLink: String? = nil, discount: DiscountLadderState = DiscountLadderState(),
        unansweredQuestions: Int = 0, support: SupportContact = SupportContact()
    ) {
        self.brand = brand
        self.currency = currency
        self.localeHint = localeHint
        self.cartLines = cartLines
        self.checkoutLink = checkoutLink
        self.discount = discount
        self.unansweredQuestions = unansweredQuestions
        self.support = support
    }

    /// Sum of the cart lines in minor units; clamped to `Int` instead of trapping (lines come from carts
    /// the parsers kept within ``AmountLimits``, so only a row written before those bounds can reach it).
    public var cartSubtotal: Int {
        self.cartLines.lazy.map(\.lineTotal).saturatingSum()
    }
}

/// A discount code the ladder has issued or may issue, as the assistant quotes it.
///
/// Named apart from ReclaimCore's ``ReclaimCore/DiscountOffer`` (a flow step's offer: type, value,
/// tier, expiry), which the server sees beside this one.
public struct AssistantDiscountOffer: Codable, Sendable, Hashable {
    /// The code the shopper types or the link applies.
    public var code: String
    /// Whole percent off.
    public var percent: Int

    /// Creates an offer.
    public init(code: String, percent: Int) {
        self.code = code
        self.percent = percent
    }
}

/// Where a cart's discount ladder stands.
public struct DiscountLadderState: Codable, Sendable, Hashable {
    /// The active code already sent, if any.
    public var current: AssistantDiscountOffer?
    /// Whether the ladder allows moving to the next tier now.
    public var nextTierAllowed: Bool
    /// The next tier's code, when there is one.
    public var next: AssistantDiscountOffer?

    /// Creates a ladder state.
    public init(current: AssistantDiscountOffer? = nil, nextTierAllowed: Bool = false, next: AssistantDiscountOffer? = nil) {
        self.current = current
        self.nextTierAllowed = nextTierAllowed
        self.next = next
    }
}

/// How shoppers reach a person at the store.
public struct SupportContact: Codable, Sendable, Hashable {
    /// Support phone.
    public var phone: String?
    /// Support email.
    public var email: String?
    /// Opening hours as written by the store (`Mon–Fri 8–5 MT`).
    public var hours: String?

    /// Creates a contact.
    public init(phone: String? = nil, email: String? = nil, hours: String? = nil) {
        self.phone = phone
        self.email = email
        self.hours = hours
    }
}
