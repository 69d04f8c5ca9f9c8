// swift-format-ignore-file: AlwaysUseLowerCamelCase

// Wire types: property names are the platform's JSON field names, decoded without key mapping.
import Foundation
import ReclaimCore

/// A BigCommerce webhook envelope. Payloads are light: ids only; the rest is fetched over REST.
///
/// ```json
/// {"scope": "store/cart/abandoned", "store_id": "1025646",
///  "data": {"type": "cart", "id": "09346904-…", "token": "1eed6d2d…"},
///  "hash": "352e4afc…", "created_at": 1561482670, "producer": "stores/{store_hash}"}
/// ```
public struct BigCommerceWebhook: Sendable, Hashable {
    /// Event name, e.g. `store/cart/abandoned`.
    public var scope: String
    /// Numeric store id, as text.
    public var storeID: String?
    /// `data.type`: `cart` or `order`.
    public var resourceType: String?
    /// `data.id`: a cart UUID or an order number, as text.
    public var resourceID: String
    /// `data.cartId` (line-item scopes) or the cart id of a cart scope.
    public var cartID: String?
    /// `data.orderId` of `store/cart/converted`.
    public var orderID: String?
    /// `data.token` of `store/cart/abandoned` (the Abandoned Cart Saver token).
    public var abandonedCartToken: String?
    /// `data.status.previous_status_id` / `new_status_id` of `store/order/statusUpdated`.
    public var previousStatusID: Int?
    /// The new order status id of `store/order/statusUpdated`.
    public var newStatusID: Int?
    /// SHA-1 of the payload: the same for a re-fired event, so dedupe on it.
    public var hash: String?
    /// When BigCommerce created the event.
    public var createdAt: Date?
    /// `stores/{store_hash}`.
    public var producer: String?

    /// The store hash from `producer` (`stores/abc123` → `abc123`).
    public var storeHash: String? {
        guard let producer, producer.hasPrefix("stores/") else { return nil }
        return String(producer.dropFirst("stores/".count)).nonBlankValue
    }

    /// Parses an envelope.
    /// - Throws: ``CommerceError/missingField(_:)`` without `scope` or `data.id` (`data.cartId` for
    ///   line-item scopes), ``CommerceError/outOfRange(_:reason:)`` for a `created_at` outside
    ///   1970…9999, or ``CommerceError/malformedPayload(_:)`` for a non-JSON body.
    public static func parse(body: Data) throws(CommerceError) -> BigCommerceWebhook {
        let wire = try JSONPayload.decode(BigCommerceWebhookWire.self, from: body)
        guard let id = wire.data.id?.value ?? wire.data.cartId?.value else { throw .missingField("data.id") }
        let isCart = wire.scope.hasPrefix("store/cart/")
        let createdAt = try wire.created_at.map { seconds throws(CommerceError) in
            try CommerceDates.epochSeconds(seconds, field: "created_at")
        }
        return BigCommerceWebhook(
            scope: wire.scope, storeID: wire.store_id?.value, resourceType: wire.data.type, resourceID: id,
            cartID: wire.data.cartId?.value ?? (isCart ? wire.data.id?.value : nil), orderID: wire.data.orderId?.value,
            abandonedCartToken: wire.data.token, previousStatusID: wire.data.status?.previous_status_id,
            newStatusID: wire.data.status?.new_status_id, hash: wire.hash,
            createdAt: createdAt, producer: wire.producer)
    }
}

/// The envelope as sent.
struct BigCommerceWebhookWire: Decodable {
    struct Status: Decodable {
        var previous_status_id: Int?
        var new_status_id: Int?
    }
    struct Payload: Decodable {
        var type: String?
        var id: FlexibleID?
        var cartId: FlexibleID?
        var orderId: FlexibleID?
        var token: String?
        var status: Status?
    }
    var scope: String
    var store_id: FlexibleID?
    var data: Payload
    var hash: String?
    var created_at: Int64?
    var producer: String?
}
