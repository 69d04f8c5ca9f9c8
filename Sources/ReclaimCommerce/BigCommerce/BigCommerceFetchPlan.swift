import Foundation

/// What to do after a BigCommerce webhook: emit an event now, or fetch the resource first.
public enum BigCommerceNextStep: Sendable, Hashable {
    /// Nothing to fetch (a deleted cart, an unhandled scope).
    case event(CommerceEvent)
    /// Fetch these resources, then build the event with ``BigCommerceResponses``.
    case fetch(BigCommerceFetchPlan)
}

/// The REST calls that turn an id-only webhook into a cart or order.
///
/// Cart: `cart` (404 ⇒ the cart is gone: ``CommerceEvent/cartDeleted(externalID:)``), then
/// `checkout` (404 is normal before a billing address exists), then `customer` when the cart's
/// `customer_id` is not 0 (built with ``BigCommerceAPI/customer(storeHash:customerID:)`` after the
/// cart arrives). Order: `order`, then `orderProducts`, then `orderCoupons`.
public struct BigCommerceFetchPlan: Sendable, Hashable {
    /// The resource being resolved.
    public enum Target: Sendable, Hashable {
        /// A cart by id.
        case cart(id: String)
        /// An order by id, with the cart id the webhook named (converted carts), if any.
        case order(id: String, cartID: String?)
    }

    /// The resource being resolved.
    public var target: Target
    /// The store the calls go to.
    public var storeHash: String
    /// Calls to make, in order; all are known up front except the customer lookup.
    public var requests: [BigCommerceRequest]

    /// The plan for a webhook.
    /// - Parameters:
    ///   - webhook: The parsed envelope.
    ///   - storeHash: The configured store hash (the envelope's `producer` is used when `nil`).
    /// - Throws: ``CommerceError/unknownTopic(_:)`` for a scope Reclaim does not handle,
    ///   ``CommerceError/missingField(_:)`` when no store hash is known.
    public static func nextStep(
        for webhook: BigCommerceWebhook, storeHash: String? = nil
    ) throws(CommerceError)
        -> BigCommerceNextStep
    {
        guard let hash = storeHash.nonBlank ?? webhook.storeHash else { throw .missingField("producer") }
        switch webhook.scope {
        case "store/cart/created", "store/cart/updated", "store/cart/abandoned", "store/cart/couponApplied",
            "store/cart/lineItem/created", "store/cart/lineItem/updated", "store/cart/lineItem/deleted":
            let cartID = webhook.cartID ?? webhook.resourceID
            return .fetch(
                BigCommerceFetchPlan(
                    target: .cart(id: cartID), storeHash: hash,
                    requests: [
                        BigCommerceAPI.cart(storeHash: hash, cartID: cartID),
                        BigCommerceAPI.checkout(storeHash: hash, cartID: cartID),
                    ]))
        case "store/cart/deleted":
            return .event(.cartDeleted(externalID: webhook.resourceID))
        case "store/cart/converted":
            guard let orderID = webhook.orderID else { throw .missingField("data.orderId") }
            return .fetch(self.orderPlan(orderID: orderID, cartID: webhook.resourceID, storeHash: hash))
        case "store/order/created", "store/order/updated", "store/order/statusUpdated":
            return .fetch(self.orderPlan(orderID: webhook.resourceID, cartID: nil, storeHash: hash))
        default:
            throw .unknownTopic(webhook.scope)
        }
    }

    static func orderPlan(orderID: String, cartID: String?, storeHash: String) -> BigCommerceFetchPlan {
        BigCommerceFetchPlan(
            target: .order(id: orderID, cartID: cartID), storeHash: storeHash,
            requests: [
                BigCommerceAPI.order(storeHash: storeHash, orderID: orderID),
                BigCommerceAPI.orderProducts(storeHash: storeHash, orderID: orderID),
                BigCommerceAPI.orderCoupons(storeHash: storeHash, orderID: orderID),
            ])
    }
}
