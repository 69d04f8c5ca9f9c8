import Foundation

/// What the flow engine and selector know about the cart and shopper, gathered by the server.
public struct FlowContext: Sendable, Hashable {
    /// The cart's id; experiment assignment hashes it.
    public var cartID: String
    /// Cart subtotal in minor units.
    public var cartValue: Int
    /// ISO 4217 currency of ``cartValue``.
    public var currency: String
    /// No earlier order with the store.
    public var isFirstTimeShopper: Bool
    /// The shopper clicked a link in an earlier journey.
    public var hasClickedBefore: Bool
    /// The shopper replied in an earlier journey.
    public var hasRepliedBefore: Bool
    /// Categories (product types, collections or tags) of the cart's products.
    public var productCategories: Set<String>
    /// ISO 3166 region of the recipient's phone number, when known (`US`).
    public var recipientCountry: String?

    /// Creates a context.
    /// - Parameters:
    ///   - cartID: Cart id.
    ///   - cartValue: Subtotal in minor units.
    ///   - currency: ISO 4217 code.
    ///   - isFirstTimeShopper: Whether the shopper never ordered before.
    ///   - hasClickedBefore: Clicked in an earlier journey.
    ///   - hasRepliedBefore: Replied in an earlier journey.
    ///   - productCategories: Categories of the cart's products.
    ///   - recipientCountry: Region of the phone number.
    public init(
        cartID: String, cartValue: Int, currency: String = "USD", isFirstTimeShopper: Bool = true,
        hasClickedBefore: Bool = false, hasRepliedBefore: Bool = false, productCategories: Set<String> = [],
        recipientCountry: String? = nil
    ) {
        self.cartID = cartID
        self.cartValue = cartValue
        self.currency = currency.uppercased()
        self.isFirstTimeShopper = isFirstTimeShopper
        self.hasClickedBefore = hasClickedBefore
        self.hasRepliedBefore = hasRepliedBefore
        self.productCategories = productCategories
        self.recipientCountry = recipientCountry
    }

    /// A context for a cart; its id, subtotal and currency come from the cart.
    /// - Parameters:
    ///   - cart: The abandoned cart.
    ///   - isFirstTimeShopper: Whether the shopper never ordered before.
    ///   - hasClickedBefore: Clicked in an earlier journey.
    ///   - hasRepliedBefore: Replied in an earlier journey.
    ///   - productCategories: Categories of the cart's products.
    ///   - recipientCountry: Region of the phone number.
    public init(
        cart: Cart, isFirstTimeShopper: Bool = true, hasClickedBefore: Bool = false, hasRepliedBefore: Bool = false,
        productCategories: Set<String> = [], recipientCountry: String? = nil
    ) {
        self.init(
            cartID: cart.id, cartValue: cart.subtotal.minor, currency: cart.subtotal.currency,
            isFirstTimeShopper: isFirstTimeShopper, hasClickedBefore: hasClickedBefore,
            hasRepliedBefore: hasRepliedBefore, productCategories: productCategories,
            recipientCountry: recipientCountry)
    }

    /// First-time or returning, as a segment names it.
    public var shopperKind: ShopperKind { self.isFirstTimeShopper ? .firstTime : .returning }
}
