import Foundation
import ReclaimCore

/// A validated generic event: the envelope's id, type and time, and what it means.
public struct GenericEvent: Sendable, Hashable {
    /// The caller's event id (`evt_123`); dedupe on it (with the `Idempotency-Key` header).
    public var id: String
    /// The event type (`cart.updated`).
    public var type: String
    /// `occurred_at`, when sent.
    public var occurredAt: Date?
    /// The normalised event.
    public var event: CommerceEvent
}

/// Validates and normalises the body of `POST /api/v1/stores/{store}/events` (CONTRACT.md,
/// "Generic event"): `{"type": "...", "id": "evt_123", "occurred_at": "...", "data": {...}}`.
///
/// Money is an integer in minor units (floats and strings are refused); times are ISO 8601 with an
/// offset; unknown fields are ignored. Every bad field is reported, each with its path:
///
/// ```swift
/// do {
///     let (id, type, occurredAt, event) = try GenericEventParser.parse(body: body)
/// } catch {
///     // error.description == "data.items[0].price: required field is missing; data.contact: phone or email is required"
/// }
/// ```
///
/// | type | required in `data` |
/// |---|---|
/// | `cart.updated`, `checkout.started` | `cart_id`, `contact` with `phone` or `email`, `items` (each `product_id`, `title`, `quantity` ≥ 1, `price`), `currency` |
/// | `order.placed` | `order_id`, `total`, `currency`, and `cart_id` or a contact `phone`/`email` |
/// | `consent.granted`, `consent.revoked` | `channel` (`sms`/`email`), `phone` for SMS or `email` for email |
/// | `catalog.upserted` | `products` (non-empty; each `id`, `title`; each variant `id`) |
public enum GenericEventParser {
    /// Parses and validates one event.
    /// - Parameter body: The raw request body.
    /// - Returns: The envelope's `id`, `type`, `occurred_at` and the normalised event.
    /// - Throws: ``EventValidationError`` listing every problem with its field path.
    public static func parse(
        body: Data
    ) throws(EventValidationError)
        -> (id: String, type: String, occurredAt: Date?, event: CommerceEvent)
    {
        let event = try self.parseEvent(body: body)
        return (event.id, event.type, event.occurredAt, event.event)
    }

    /// ``parse(body:)`` returning a ``GenericEvent`` value.
    public static func parseEvent(body: Data) throws(EventValidationError) -> GenericEvent {
        let root: JSONNode
        do {
            root = try JSONNodeParser.parse(Array(body))
        } catch {
            throw EventValidationError(path: "(body)", message: "not valid JSON: \(error.message) at byte \(error.offset)")
        }
        guard case .object(let envelope) = root else {
            throw EventValidationError(path: "(body)", message: "expected a JSON object, got \(root.kindName)")
        }
        let reader = FieldReader()
        let typeText = reader.string(envelope, "type", at: "type", required: true)
        let id = reader.identifier(envelope, "id", at: "id", required: true)
        let occurredAt = reader.date(envelope, "occurred_at", at: "occurred_at")
        let data = reader.object(envelope, "data", at: "data", required: true)
        var type: GenericEventType?
        if let typeText {
            type = GenericEventType(rawValue: typeText)
            if type == nil { reader.fail("type", "unknown event type \"\(typeText)\"") }
        }
        var event: CommerceEvent?
        if let type, let data {
            event = self.event(type: type, data: data, occurredAt: occurredAt, reader: reader)
        }
        guard reader.errors.isEmpty, let typeText, let id, let event else {
            throw EventValidationError(errors: reader.errors)
        }
        return GenericEvent(id: id, type: typeText, occurredAt: occurredAt, event: event)
    }

    /// Where a JSON body holds a number too large for 64 bits (`"price": 1e400`), as a path
    /// (`cart.items[0].price`), for routes that decode with Foundation, which refuses the whole body
    /// without saying where; `nil` when there is none.
    public static func outOfRangeNumberPath(in body: Data) -> String? {
        JSONPayload.outOfRangeNumber(in: body)
    }

    static func event(
        type: GenericEventType, data: [String: JSONNode], occurredAt: Date?, reader: FieldReader
    )
        -> CommerceEvent?
    {
        switch type {
        case .cartUpdated, .checkoutStarted:
            return self.cart(data, occurredAt: occurredAt, reader: reader).map(CommerceEvent.cartUpdated)
        case .orderPlaced:
            return self.order(data, occurredAt: occurredAt, reader: reader).map(CommerceEvent.orderPlaced)
        case .consentGranted:
            return self.consent(data, action: .granted, occurredAt: occurredAt, reader: reader)
                .map(CommerceEvent.consentChanged)
        case .consentRevoked:
            return self.consent(data, action: .revoked, occurredAt: occurredAt, reader: reader)
                .map(CommerceEvent.consentChanged)
        case .catalogUpserted:
            return self.catalog(data, reader: reader).map(CommerceEvent.catalogUpserted)
        }
    }
}
