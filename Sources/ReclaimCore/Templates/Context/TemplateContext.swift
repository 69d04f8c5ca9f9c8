/// Everything a message template may say about one cart, already formatted for the shopper's
/// locale: names, amounts, dates and links. Build it from domain values with
/// ``init(store:cart:shopper:link:discount:freeShippingThreshold:lowStock:unsubscribeLink:socialProof:timeZone:)``
/// and hand it to ``MessageComposer``; templates see it through ``templateValue(product:optional:)``.
///
/// Optional facts (first name, stock, free-shipping gap, discount…) are `nil` when unknown;
/// templates guard them with sections so they read well without them.
public struct TemplateContext: Sendable, Hashable {
    /// The shopper's language and region.
    public var locale: TemplateLocale
    /// The store's brand name (`{{brand}}`).
    public var brand: String
    /// The shopper's given name (`{{first_name}}`), when known.
    public var firstName: String?
    /// The lead product with its variant, `Ethiopia Yirgacheffe (12oz, whole bean)` (`{{product}}`).
    public var productName: String
    /// The lead product without its variant, `Ethiopia Yirgacheffe` (`{{product_title}}`).
    public var productTitle: String
    /// Units in the cart (`{{item_count}}`).
    public var itemCount: Int
    /// Units in the cart other than the lead line (`{{other_items}}`).
    public var otherItemsCount: Int
    /// The cart's subtotal, formatted (`{{cart_total}}`, `$42.50`).
    public var cartTotal: String
    /// What is left to spend for free shipping, formatted (`{{free_shipping_gap}}`), when positive.
    public var freeShippingGap: String?
    /// Units left of the lead product when stock is low (`{{stock_level}}`).
    public var stockLevel: Int?
    /// The cart's discount code, when one is offered (`{{discount.code}}` and friends).
    public var discount: TemplateDiscount?
    /// The tracked link to the cart (`{{link}}`).
    public var link: String
    /// Support phone (`{{support_phone}}`).
    public var supportPhone: String?
    /// Support email (`{{support_email}}`).
    public var supportEmail: String?
    /// The store's postal address, required in the email footer (`{{postal_address}}`).
    public var postalAddress: String?
    /// The email's unsubscribe link, required in the email footer (`{{unsubscribe_link}}`).
    public var unsubscribeLink: String?
    /// A short, true line of social proof the merchant supplies, e.g. `Rated 4.8/5 by 1,200
    /// customers` (`{{social_proof}}`). Reclaim never invents one.
    public var socialProof: String?

    /// Creates a context from already formatted parts.
    public init(
        locale: TemplateLocale, brand: String, firstName: String? = nil, productName: String, productTitle: String,
        itemCount: Int, otherItemsCount: Int = 0, cartTotal: String, freeShippingGap: String? = nil,
        stockLevel: Int? = nil, discount: TemplateDiscount? = nil, link: String, supportPhone: String? = nil,
        supportEmail: String? = nil, postalAddress: String? = nil, unsubscribeLink: String? = nil,
        socialProof: String? = nil
    ) {
        self.locale = locale
        self.brand = brand
        self.firstName = firstName
        self.productName = productName
        self.productTitle = productTitle
        self.itemCount = itemCount
        self.otherItemsCount = otherItemsCount
        self.cartTotal = cartTotal
        self.freeShippingGap = freeShippingGap
        self.stockLevel = stockLevel
        self.discount = discount
        self.link = link
        self.supportPhone = supportPhone
        self.supportEmail = supportEmail
        self.postalAddress = postalAddress
        self.unsubscribeLink = unsubscribeLink
        self.socialProof = socialProof
    }
}

/// A discount as templates show it, already worded for the shopper's locale.
public struct TemplateDiscount: Sendable, Hashable {
    /// The code to type or that the link applies (`{{discount.code}}`).
    public var code: String
    /// The value alone: `15%`, `$10`, `free shipping` (`{{discount.amount}}`).
    public var amount: String
    /// The value as an offer phrase: `15% off`, `15 % de descuento`, `la livraison offerte`
    /// (`{{discount.offer}}`).
    public var offer: String
    /// Whether the code gives free shipping (`{{#discount.free_shipping}}`).
    public var freeShipping: Bool
    /// Expiry as a short local date, `Nov 24` (`{{discount.expires}}`), for texts.
    public var expires: String
    /// Expiry as a long local date and time, `Tuesday, November 24 at 5:00 PM`
    /// (`{{discount.expires_long}}`), for emails.
    public var expiresLong: String

    /// Creates a worded discount.
    public init(code: String, amount: String, offer: String, freeShipping: Bool, expires: String, expiresLong: String) {
        self.code = code
        self.amount = amount
        self.offer = offer
        self.freeShipping = freeShipping
        self.expires = expires
        self.expiresLong = expiresLong
    }
}
