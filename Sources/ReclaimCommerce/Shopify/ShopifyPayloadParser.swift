import Foundation
import ReclaimCore

/// Turns a verified Shopify webhook body into a ``CommerceEvent``.
///
/// Decodes only the fields Reclaim uses. Call it in the job that processes the stored delivery,
/// not in the HTTP handler (decoding is most of a webhook's cost).
///
/// ```swift
/// let parser = ShopifyPayloadParser(shopCurrency: "USD", storefrontURL: "https://northwind.example")
/// let event = try parser.parse(topic: headers["X-Shopify-Topic"], body: rawBody)
/// ```
///
/// | topic | event |
/// |---|---|
/// | `checkouts/create`, `checkouts/update` | ``CommerceEvent/cartUpdated(_:)`` keyed on `token` |
/// | `checkouts/delete` | ``CommerceEvent/cartDeleted(externalID:)`` (the payload's `id`; see note) |
/// | `orders/create`, `orders/paid` | ``CommerceEvent/orderPlaced(_:)`` |
/// | `customers_marketing_consent/update` | SMS ``CommerceEvent/consentChanged(_:)`` |
/// | `customers_email_marketing_consent/update` | email ``CommerceEvent/consentChanged(_:)`` |
/// | `customers/data_request`, `customers/redact`, `shop/redact` | ``CommerceEvent/privacyRequest(_:)`` |
/// | `products/create`, `products/update` | ``CommerceEvent/catalogUpserted(_:)`` |
/// | `customers/create`, `customers/update` | ``CommerceEvent/ignored(reason:)`` |
///
/// Note: `checkouts/delete` carries the checkout's numeric `id` and `cart_token` but no `token`;
/// the external id is the `token` when present, else the `id`. Match deleted checkouts on
/// ``CartSnapshot/cartToken`` too (see ``deletedCheckoutKeys(body:)``).
public struct ShopifyPayloadParser: Sendable {
    /// The shop's currency, for product prices (checkouts and orders carry their own).
    public var shopCurrency: String
    /// Storefront base URL for product links (`https://northwind.example`), when known.
    public var storefrontURL: String?

    /// Creates a parser.
    public init(shopCurrency: String = "USD", storefrontURL: String? = nil) {
        self.shopCurrency = shopCurrency
        self.storefrontURL = storefrontURL
    }

    /// Parses one delivery.
    /// - Parameters:
    ///   - topic: The `X-Shopify-Topic` header.
    ///   - body: The raw, already verified body.
    /// - Throws: ``CommerceError/unknownTopic(_:)`` for a topic Reclaim does not handle; a field
    ///   error when the body lacks what the topic needs.
    public func parse(topic: String?, body: Data) throws(CommerceError) -> CommerceEvent {
        guard let topic, let known = ShopifyTopic(header: topic) else { throw .unknownTopic(topic ?? "") }
        return try self.parse(topic: known, body: body)
    }

    /// Parses one delivery of a known topic.
    public func parse(topic: ShopifyTopic, body: Data) throws(CommerceError) -> CommerceEvent {
        switch topic {
        case .checkoutsCreate, .checkoutsUpdate:
            return .cartUpdated(try JSONPayload.decode(ShopifyCheckout.self, from: body).snapshot())
        case .checkoutsDelete:
            let deleted = try JSONPayload.decode(ShopifyDeletedCheckout.self, from: body)
            guard let key = deleted.token.nonBlank ?? deleted.id?.value else { throw .missingField("id") }
            return .cartDeleted(externalID: key)
        case .ordersCreate, .ordersPaid:
            return .orderPlaced(try JSONPayload.decode(ShopifyOrder.self, from: body).snapshot())
        case .customersMarketingConsentUpdate:
            return try JSONPayload.decode(ShopifySMSConsentUpdate.self, from: body).event()
        case .customersEmailMarketingConsentUpdate:
            return try JSONPayload.decode(ShopifyEmailConsentUpdate.self, from: body).event()
        case .customersDataRequest:
            return .privacyRequest(try self.privacy(body).request(kind: .customerDataRequest))
        case .customersRedact:
            return .privacyRequest(try self.privacy(body).request(kind: .customerRedact))
        case .shopRedact:
            return .privacyRequest(try self.privacy(body).request(kind: .shopRedact))
        case .productsCreate, .productsUpdate:
            let product = try JSONPayload.decode(ShopifyProduct.self, from: body)
            return .catalogUpserted([
                try product.product(currency: self.shopCurrency, storefrontURL: self.storefrontURL)
            ])
        case .customersCreate, .customersUpdate:
            return .ignored(reason: "customer records are read from checkouts and orders")
        }
    }

    /// Every key a `checkouts/delete` body can be matched on: `token`, `id` and `cart_token`.
    /// - Throws: a field error when the body is not a JSON object.
    public func deletedCheckoutKeys(body: Data) throws(CommerceError) -> [String] {
        let deleted = try JSONPayload.decode(ShopifyDeletedCheckout.self, from: body)
        return [deleted.token.nonBlank, deleted.id?.value, deleted.cart_token.nonBlank].compactMap { $0 }
    }

    /// Parses an Admin REST `GET /checkouts.json` (abandoned checkouts) response, for backfills.
    /// - Returns: One snapshot per checkout.
    public func parseAbandonedCheckouts(body: Data) throws(CommerceError) -> [CartSnapshot] {
        struct List: Decodable { var checkouts: [ShopifyCheckout] }
        var snapshots: [CartSnapshot] = []
        for checkout in try JSONPayload.decode(List.self, from: body).checkouts {
            snapshots.append(try checkout.snapshot())
        }
        return snapshots
    }

    /// Parses an Admin REST `GET /orders/{id}.json` response, for reconciliation.
    public func parseOrderResponse(body: Data) throws(CommerceError) -> OrderSnapshot {
        struct Wrapper: Decodable { var order: ShopifyOrder }
        return try JSONPayload.decode(Wrapper.self, from: body).order.snapshot()
    }

    private func privacy(_ body: Data) throws(CommerceError) -> ShopifyPrivacyPayload {
        try JSONPayload.decode(ShopifyPrivacyPayload.self, from: body)
    }
}
