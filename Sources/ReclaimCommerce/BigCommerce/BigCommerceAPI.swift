import Foundation

/// One REST call against the BigCommerce Management API, relative to its base URL.
public struct BigCommerceRequest: Sendable, Hashable {
    /// What the response is for, so the caller knows which parser to apply.
    public enum Purpose: String, Sendable, Hashable, CaseIterable {
        /// `GET /v3/carts/{id}`.
        case cart
        /// `GET /v3/checkouts/{id}`.
        case checkout
        /// `GET /v3/customers?id:in=…`.
        case customer
        /// `POST /v3/carts/{id}/redirect_urls`.
        case redirectURLs
        /// `GET /v3/abandoned-carts/{token}`.
        case abandonedCart
        /// `GET /v2/orders/{id}`.
        case order
        /// `GET /v2/orders/{id}/products`.
        case orderProducts
        /// `GET /v2/orders/{id}/coupons`.
        case orderCoupons
    }

    /// What the response is for.
    public var purpose: Purpose
    /// `GET` or `POST`.
    public var method: String
    /// Path and query under the API base URL (`/stores/abc/v3/carts/…?include=redirect_urls`).
    public var path: String
    /// JSON body for `POST`.
    public var body: Data?
    /// Whether a 404 is an expected answer (a cart without a checkout yet) rather than an error.
    public var notFoundIsNormal: Bool

    /// Creates a request description.
    public init(purpose: Purpose, method: String = "GET", path: String, body: Data? = nil, notFoundIsNormal: Bool = false) {
        self.purpose = purpose
        self.method = method
        self.path = path
        self.body = body
        self.notFoundIsNormal = notFoundIsNormal
    }
}

/// Paths and headers of the BigCommerce REST calls Reclaim makes. Auth is `X-Auth-Token`.
public enum BigCommerceAPI {
    /// The public API host; configurable per store so a local stand-in can answer in tests.
    public static let defaultBaseURL = "https://api.bigcommerce.com"

    /// `GET /v3/carts/{id}` with redirect URLs and line-item options.
    public static func cart(storeHash: String, cartID: String) -> BigCommerceRequest {
        BigCommerceRequest(
            purpose: .cart,
            path: "/stores/\(storeHash)/v3/carts/\(self.escape(cartID))"
                + "?include=redirect_urls,line_items.physical_items.options,line_items.digital_items.options",
            notFoundIsNormal: true)
    }

    /// `GET /v3/checkouts/{id}`: billing address (phone, names) lives on the checkout; id = cart id.
    public static func checkout(storeHash: String, cartID: String) -> BigCommerceRequest {
        BigCommerceRequest(
            purpose: .checkout, path: "/stores/\(storeHash)/v3/checkouts/\(self.escape(cartID))",
            notFoundIsNormal: true)
    }

    /// `GET /v3/customers?id:in={id}` for a registered shopper.
    public static func customer(storeHash: String, customerID: String) -> BigCommerceRequest {
        BigCommerceRequest(
            purpose: .customer, path: "/stores/\(storeHash)/v3/customers?id:in=\(self.escape(customerID))",
            notFoundIsNormal: true)
    }

    /// `POST /v3/carts/{id}/redirect_urls`: fresh, **single-use** cart and checkout links (30 days).
    public static func redirectURLs(storeHash: String, cartID: String) -> BigCommerceRequest {
        BigCommerceRequest(
            purpose: .redirectURLs, method: "POST",
            path: "/stores/\(storeHash)/v3/carts/\(self.escape(cartID))/redirect_urls", body: Data("{}".utf8))
    }

    /// `GET /v3/abandoned-carts/{token}`: the cart id behind an Abandoned Cart Saver token.
    public static func abandonedCart(storeHash: String, token: String) -> BigCommerceRequest {
        BigCommerceRequest(
            purpose: .abandonedCart, path: "/stores/\(storeHash)/v3/abandoned-carts/\(self.escape(token))",
            notFoundIsNormal: true)
    }

    /// `GET /v2/orders/{id}`: totals, status, `cart_id`, billing address.
    public static func order(storeHash: String, orderID: String) -> BigCommerceRequest {
        BigCommerceRequest(purpose: .order, path: "/stores/\(storeHash)/v2/orders/\(self.escape(orderID))")
    }

    /// `GET /v2/orders/{id}/products`: the order's lines.
    public static func orderProducts(storeHash: String, orderID: String) -> BigCommerceRequest {
        BigCommerceRequest(
            purpose: .orderProducts, path: "/stores/\(storeHash)/v2/orders/\(self.escape(orderID))/products",
            notFoundIsNormal: true)
    }

    /// `GET /v2/orders/{id}/coupons`: the codes the order used (`204 No Content` when none).
    public static func orderCoupons(storeHash: String, orderID: String) -> BigCommerceRequest {
        BigCommerceRequest(
            purpose: .orderCoupons, path: "/stores/\(storeHash)/v2/orders/\(self.escape(orderID))/coupons",
            notFoundIsNormal: true)
    }

    /// Headers for every call.
    public static func headers(accessToken: String) -> [String: String] {
        ["X-Auth-Token": accessToken, "Accept": "application/json", "Content-Type": "application/json"]
    }

    static func escape(_ segment: String) -> String {
        segment.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/", "?", "&", "="]))
            ?? segment
    }
}
