// swift-format-ignore-file: AlwaysUseLowerCamelCase

// Wire types: property names are the platform's JSON field names, decoded without key mapping.
import Foundation

/// Resolves an id-only BigCommerce webhook into a ``CommerceEvent`` by calling the REST API through
/// an ``HTTPFetching`` client. Retries belong to the client or the job queue, not here.
///
/// ```swift
/// let fetcher = BigCommerceCartFetcher(http: client, storeHash: "abc123", accessToken: token)
/// let event = try await fetcher.resolve(try BigCommerceWebhook.parse(body: rawBody))
/// ```
public struct BigCommerceCartFetcher: Sendable {
    /// The HTTP client.
    public let http: any HTTPFetching
    /// API base URL (`https://api.bigcommerce.com`, or a local stand-in in tests).
    public let apiBaseURL: String
    /// The store hash.
    public let storeHash: String
    /// `X-Auth-Token` value.
    public let accessToken: String
    /// Storefront URL for the fallback recovery link.
    public let storefrontURL: String?

    /// Creates a fetcher.
    public init(
        http: any HTTPFetching, apiBaseURL: String = BigCommerceAPI.defaultBaseURL, storeHash: String,
        accessToken: String, storefrontURL: String? = nil
    ) {
        self.http = http
        self.apiBaseURL = apiBaseURL.hasSuffix("/") ? String(apiBaseURL.dropLast()) : apiBaseURL
        self.storeHash = storeHash
        self.accessToken = accessToken
        self.storefrontURL = storefrontURL
    }

    /// Follows ``BigCommerceFetchPlan/nextStep(for:storeHash:)`` for one webhook.
    /// - Throws: ``CommerceError`` for unknown scopes, unexpected statuses and bad bodies; the
    ///   client's transport errors as they are.
    public func resolve(_ webhook: BigCommerceWebhook) async throws -> CommerceEvent {
        switch try BigCommerceFetchPlan.nextStep(for: webhook, storeHash: self.storeHash) {
        case .event(let event):
            return event
        case .fetch(let plan):
            switch plan.target {
            case .cart(let id): return try await self.cartEvent(id: id)
            case .order(let id, let cartID): return try await self.orderEvent(id: id, cartID: cartID)
            }
        }
    }

    /// Fetches a cart, its checkout and customer. A cart that no longer exists is deleted.
    public func cartEvent(id: String) async throws -> CommerceEvent {
        guard let cart = try await self.body(of: BigCommerceAPI.cart(storeHash: self.storeHash, cartID: id)) else {
            return .cartDeleted(externalID: id)
        }
        let checkout = try await self.body(of: BigCommerceAPI.checkout(storeHash: self.storeHash, cartID: id))
        var customers: Data?
        if let customerID = try Self.customerID(cart), customerID != "0" {
            customers = try await self.body(
                of: BigCommerceAPI.customer(storeHash: self.storeHash, customerID: customerID))
        }
        return .cartUpdated(
            try BigCommerceResponses.cartSnapshot(
                cart: cart, checkout: checkout, customers: customers, storefrontURL: self.storefrontURL))
    }

    /// Fetches an order, its products and the coupon codes it used.
    public func orderEvent(id: String, cartID: String?) async throws -> CommerceEvent {
        guard let order = try await self.body(of: BigCommerceAPI.order(storeHash: self.storeHash, orderID: id)) else {
            throw CommerceError.unexpectedStatus(404, path: "order \(id)")
        }
        let products = try await self.body(of: BigCommerceAPI.orderProducts(storeHash: self.storeHash, orderID: id))
        let coupons = try await self.body(of: BigCommerceAPI.orderCoupons(storeHash: self.storeHash, orderID: id))
        return try BigCommerceResponses.orderEvent(order: order, products: products, coupons: coupons, cartID: cartID)
    }

    /// The body of a 2xx answer; `nil` for an expected 404.
    func body(of request: BigCommerceRequest) async throws -> Data? {
        let response = try await self.http.send(
            CommerceHTTPRequest(
                method: request.method, url: self.apiBaseURL + request.path,
                headers: BigCommerceAPI.headers(accessToken: self.accessToken), body: request.body))
        if response.status == 404, request.notFoundIsNormal { return nil }
        guard (200..<300).contains(response.status) else {
            throw CommerceError.unexpectedStatus(response.status, path: request.path)
        }
        // 204 No Content: treat as absent (e.g. an empty customer list).
        return response.body.isEmpty ? nil : response.body
    }

    static func customerID(_ cart: Data) throws(CommerceError) -> String? {
        struct Cart: Decodable { var customer_id: FlexibleID? }
        return try JSONPayload.decode(BigCommerceEnvelope<Cart>.self, from: cart).data.customer_id?.value
    }
}
