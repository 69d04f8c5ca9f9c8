import Foundation
import ReclaimCore

/// A placed order as one platform delivery described it.
///
/// Any `OrderSnapshot` ends the journey of the cart it matches, paid or not: the shopper
/// finished checkout. ``paid`` only decides whether revenue is counted.
/// Match it to a cart by ``cartExternalID`` (= ``CartSnapshot/externalID``), else
/// ``cartToken`` (= ``CartSnapshot/cartToken``), else by contact and items.
public struct OrderSnapshot: Codable, Sendable, Hashable {
    /// Platform the order came from.
    public var source: CommerceSource
    /// The platform's order id.
    public var externalID: String
    /// The number shown to the shopper (`#1001`), when different from the id.
    public var orderNumber: String?
    /// The cart or checkout this order completed, in ``CartSnapshot/externalID`` terms:
    /// Shopify `checkout_token`, WooCommerce order id, BigCommerce `cart_id`, generic `cart_id`.
    public var cartExternalID: String?
    /// Shopify `cart_token`, equal on the checkout and its order.
    public var cartToken: String?
    /// The platform's customer id, when the buyer has an account.
    public var platformCustomerID: String?
    /// The buyer.
    public var contact: CommerceContact
    /// Order lines; prices in minor units of the total's currency.
    public var items: [LineItem]
    /// What the shopper pays, in minor units.
    public var total: Money
    /// Discount codes used.
    public var discountCodes: [String]
    /// Whether payment is captured or authorised.
    public var paid: Bool
    /// The platform's status words (`paid`, `processing`, `Awaiting Payment`), for the record.
    public var platformStatus: String?
    /// Whether the order was cancelled.
    public var cancelled: Bool
    /// Whether the platform flags it as a test order.
    public var test: Bool
    /// Where it ships.
    public var shippingAddress: PostalAddress?
    /// When it was placed.
    public var placedAt: Date?

    /// Creates a snapshot.
    public init(
        source: CommerceSource, externalID: String, orderNumber: String? = nil, cartExternalID: String? = nil,
        cartToken: String? = nil, platformCustomerID: String? = nil, contact: CommerceContact, items: [LineItem],
        total: Money, discountCodes: [String] = [], paid: Bool, platformStatus: String? = nil,
        cancelled: Bool = false, test: Bool = false, shippingAddress: PostalAddress? = nil, placedAt: Date? = nil
    ) {
        self.source = source
        self.externalID = externalID
        self.orderNumber = orderNumber
        self.cartExternalID = cartExternalID
        self.cartToken = cartToken
        self.platformCustomerID = platformCustomerID
        self.contact = contact
        self.items = items
        self.total = total
        self.discountCodes = discountCodes
        self.paid = paid
        self.platformStatus = platformStatus
        self.cancelled = cancelled
        self.test = test
        self.shippingAddress = shippingAddress
        self.placedAt = placedAt
    }

    /// ISO 4217 currency of every amount in the snapshot.
    public var currency: String { self.total.currency }
}
