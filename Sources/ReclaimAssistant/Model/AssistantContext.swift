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
    public var cartLines: [CartLine]
    /// The tracked checkout link that restores the cart.
    public var checkoutLink: String?
    /// Where the cart's discount ladder stands.
    public var discount: DiscountLadderState
    /// Questions from this shopper the assistant could not answer so far.
    public var unansweredQuestions: Int
    /// How shoppers reach a person.
    public var support: SupportContact

    /// Creates a context.
    public init(brand: String, currency: String, localeHint: String? = nil, cartLines: [CartLine] = [],
                checkoutLink: String? = nil, discount: DiscountLadderState = DiscountLadderState(),
                unansweredQuestions: Int = 0, support: SupportContact = SupportContact()) {
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
        self.cartLines.lazy.map { $0.unitPrice.saturatingMultiplied(by: $0.quantity) }.saturatingSum()
    }
}

/// One line of the shopper's cart as the assistant sees it.
public struct CartLine: Codable, Sendable, Hashable {
    /// Catalog product identifier.
    public var productID: String
    /// Catalog variant identifier.
    public var variantID: String?
    /// Product title.
    public var title: String
    /// Variant title (`Sage`, `Black / M`).
    public var variantTitle: String?
    /// Units.
    public var quantity: Int
    /// Price of one unit in minor units.
    public var unitPrice: Int

    /// Creates a line.
    public init(productID: String, variantID: String? = nil, title: String, variantTitle: String? = nil,
                quantity: Int = 1, unitPrice: Int) {
        self.productID = productID
        self.variantID = variantID
        self.title = title
        self.variantTitle = variantTitle
        self.quantity = quantity
        self.unitPrice = unitPrice
    }
}

/// A discount code the ladder has issued or may issue.
public struct DiscountOffer: Codable, Sendable, Hashable {
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
    public var current: DiscountOffer?
    /// Whether the ladder allows moving to the next tier now.
    public var nextTierAllowed: Bool
    /// The next tier's code, when there is one.
    public var next: DiscountOffer?

    /// Creates a ladder state.
    public init(current: DiscountOffer? = nil, nextTierAllowed: Bool = false, next: DiscountOffer? = nil) {
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
