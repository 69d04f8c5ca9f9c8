import Foundation
import ReclaimCore

/// Creates and deactivates discount codes through one platform's admin API.
///
/// One implementation per platform: ``ShopifyDiscountClient`` (Admin GraphQL), ``WooCommerceDiscountClient``
/// (REST coupons) and ``BigCommerceDiscountClient`` (promotions with coupon codes). A code exists for the
/// shopper only once ``create(_:)`` has returned; to supersede a lower tier, create the higher one first, then
/// ``deactivate(_:at:)`` the lower one, so the shopper always holds exactly one valid code.
///
/// ```swift
/// let created = try await client.create(PlatformDiscountRequest(discount: code, currency: "USD"))
/// try await client.deactivate(previous, at: now)
/// ```
public protocol PlatformDiscountClient: Sendable {
    /// Creates the code on the platform.
    /// - Parameter request: The code, its value, limits and validity.
    /// - Returns: The platform's id for the code.
    /// - Throws: ``PlatformDiscountError``: ``PlatformDiscountError/Kind/retryable`` for 429, 5xx, throttling and
    ///   timeouts; ``PlatformDiscountError/Kind/codeTaken`` when the code exists already (mint another);
    ///   ``PlatformDiscountError/Kind/permanent`` otherwise (bad credentials, refused input).
    func create(_ request: PlatformDiscountRequest) async throws(PlatformDiscountError) -> PlatformDiscount

    /// Stops a code from applying (superseded by a higher tier, or withdrawn).
    /// - Parameters:
    ///   - discount: What ``create(_:)`` returned.
    ///   - now: The current time (WooCommerce expires a coupon by dating it in the past).
    /// - Throws: ``PlatformDiscountError`` as for ``create(_:)``.
    func deactivate(_ discount: PlatformDiscount, at now: Date) async throws(PlatformDiscountError)
}

/// One code to create on a platform: value, validity and the limits that tie it to one cart.
public struct PlatformDiscountRequest: Sendable, Hashable {
    /// The code the shopper's link applies.
    public var code: String
    /// A title merchants see in their admin (`Reclaim cart 123 tier 2`).
    public var title: String
    /// Percent, fixed amount or free shipping.
    public var type: DiscountType
    /// Whole percent, or minor units of ``currency``; ignored for free shipping.
    public var value: Int
    /// ISO 4217 currency of ``value`` and ``minimumSubtotal``.
    public var currency: String
    /// When the code starts working.
    public var startsAt: Date
    /// When it stops.
    public var endsAt: Date
    /// Smallest cart subtotal that may use it, in minor units; `nil` for none.
    public var minimumSubtotal: Int?
    /// Platform product ids the code is limited to (the cart's eligible products); empty for the whole cart.
    public var productIDs: [String]
    /// The shopper's email, where the platform can restrict a code to it (WooCommerce).
    public var customerEmail: String?
    /// The shopper's platform customer id, where the platform can restrict a code to it (Shopify).
    public var customerID: String?

    /// Creates a request.
    public init(
        code: String, title: String, type: DiscountType, value: Int, currency: String, startsAt: Date, endsAt: Date,
        minimumSubtotal: Int? = nil, productIDs: [String] = [], customerEmail: String? = nil, customerID: String? = nil
    ) {
        self.code = code
        self.title = title
        self.type = type
        self.value = value
        self.currency = currency.uppercased()
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.minimumSubtotal = minimumSubtotal
        self.productIDs = productIDs
        self.customerEmail = customerEmail
        self.customerID = customerID
    }

    /// The request for a minted ``Discount``: valid from its creation to its expiry.
    /// - Parameters:
    ///   - discount: The code Reclaim minted.
    ///   - currency: The store currency.
    ///   - minimumSubtotal: The tier's minimum, in minor units.
    ///   - productIDs: Eligible products, when exclusions left only some.
    ///   - customerEmail: The shopper's email.
    ///   - customerID: The shopper's platform customer id.
    public init(
        discount: Discount, currency: String, minimumSubtotal: Int? = nil, productIDs: [String] = [], customerEmail: String? = nil,
        customerID: String? = nil
    ) {
        self.init(
            code: discount.code, title: "Reclaim \(discount.cartID) tier \(discount.tier)", type: discount.type, value: discount.value,
            currency: currency, startsAt: discount.createdAt, endsAt: discount.expiresAt, minimumSubtotal: minimumSubtotal,
            productIDs: productIDs, customerEmail: customerEmail, customerID: customerID)
    }
}

/// A code as the platform knows it.
public struct PlatformDiscount: Codable, Sendable, Hashable {
    /// The platform's id: a Shopify `gid://shopify/DiscountCodeNode/…`, a WooCommerce coupon id, or a BigCommerce
    /// `promotionID/codeID` pair. Store it as ``Discount/platformID``.
    public var id: String
    /// The code.
    public var code: String

    /// Creates a reference.
    public init(id: String, code: String) {
        self.id = id
        self.code = code
    }
}
