import Foundation
import ReclaimCore

/// Turns a verified WooCommerce webhook into a ``CommerceEvent``.
///
/// WooCommerce has no cart webhooks: it creates the order before payment, so an unpaid order is the
/// only sign of an abandoned checkout. The rule, in order:
///
/// | order | event |
/// |---|---|
/// | status `cancelled` | ``CommerceEvent/cartDeleted(externalID:)``: its pay link is dead |
/// | status `refunded` | ``CommerceEvent/ignored(reason:)`` |
/// | `date_paid` set, or status `processing`/`completed` | ``CommerceEvent/orderPlaced(_:)`` with `paid: true` — **never** a cart |
/// | status `on-hold` (awaiting an offline payment) | ``CommerceEvent/orderPlaced(_:)`` with `paid: false` |
/// | status `pending`/`failed` with a billing phone or email | ``CommerceEvent/cartUpdated(_:)`` keyed on the order id |
/// | status `pending`/`failed` without contact | ``CommerceEvent/ignored(reason:)`` |
/// | `trash`, custom statuses | ``CommerceEvent/ignored(reason:)`` |
///
/// WooCommerce cancels unpaid checkout orders itself after "Hold stock" minutes (default 60) when
/// stock is managed; from then on the order-pay link no longer works, so the journey ends.
///
/// ```swift
/// if WooCommerceWebhookVerifier.isPing(body: body) { return .ping }
/// let event = try WooCommercePayloadParser(siteURL: "https://shop.example/")
///     .parse(topic: headers["X-WC-Webhook-Topic"], body: body)
/// ```
public struct WooCommercePayloadParser: Sendable {
    /// Site root (the store's configured website, `https://shop.example/`); when `nil`, read from the order's
    /// `_links`. Never the unsigned `X-WC-Webhook-Source` header.
    public var siteURL: String?
    /// Path of the checkout page under the site root (WooCommerce's default `checkout/`).
    public var checkoutPath: String
    /// Where recovery links may lead; when set, a `payment_url` elsewhere is replaced by the order-pay
    /// link under ``siteURL``, and a `_links` site elsewhere is not used.
    public var linkDomains: LinkDomains?

    /// Creates a parser.
    public init(siteURL: String? = nil, checkoutPath: String = "checkout/", linkDomains: LinkDomains? = nil) {
        self.siteURL = siteURL
        self.checkoutPath = checkoutPath
        self.linkDomains = linkDomains
    }

    /// Parses one delivery.
    /// - Parameters:
    ///   - topic: `X-WC-Webhook-Topic` (`order.created`); `nil` for the creation ping.
    ///   - body: The raw, verified body.
    /// - Throws: ``CommerceError/unknownTopic(_:)`` for topics outside orders, customers, products,
    ///   coupons and the plugin's `reclaim.event` (``WooCommercePluginEvent``); a field error for an order
    ///   body without what the rule needs.
    public func parse(topic: String?, body: Data) throws(CommerceError) -> CommerceEvent {
        if WooCommerceWebhookVerifier.isPing(body: body) { return .ping }
        guard let topic = topic?.trimmingCharacters(in: .whitespaces).lowercased(), !topic.isEmpty else {
            throw .unknownTopic("")
        }
        switch topic {
        case "order.created", "order.updated", "order.restored":
            return try self.event(for: JSONPayload.decode(WooCommerceOrder.self, from: body))
        case WooCommercePluginEvent.topic:
            return try WooCommercePluginEvent.parse(body: body)
        case "order.deleted":
            struct Deleted: Decodable { var id: FlexibleID }
            return .cartDeleted(externalID: try JSONPayload.decode(Deleted.self, from: body).id.value)
        default:
            let resource = topic.split(separator: ".").first.map(String.init) ?? topic
            if ["customer", "product", "coupon", "action"].contains(resource) {
                return .ignored(reason: "WooCommerce \(resource) webhooks are not used")
            }
            throw .unknownTopic(topic)
        }
    }

    /// Applies the rule in the type's documentation to one order.
    func event(for order: WooCommerceOrder) throws(CommerceError) -> CommerceEvent {
        let status = order.status.lowercased()
        switch status {
        case "cancelled":
            return .cartDeleted(externalID: order.id.value)
        case "refunded":
            return .ignored(reason: "order \(order.id.value) was refunded")
        case _ where order.isPaid || WooCommerceOrder.placedStatuses.contains(status):
            // Paid or awaiting offline payment: a finished checkout, never an abandoned one.
            return .orderPlaced(try self.orderSnapshot(order))
        case _ where WooCommerceOrder.unpaidStatuses.contains(status):
            let contact = order.contact
            guard contact.isReachable else { return .ignored(reason: "unpaid order \(order.id.value) has no contact") }
            return .cartUpdated(try self.cartSnapshot(order, contact: contact))
        default:
            return .ignored(reason: "order status \(status) needs no action")
        }
    }

    func orderSnapshot(_ order: WooCommerceOrder) throws(CommerceError) -> OrderSnapshot {
        guard let total = order.total else { throw .missingField("total") }
        return OrderSnapshot(
            source: .woocommerce, externalID: order.id.value,
            orderNumber: order.number.nonBlank, cartExternalID: order.id.value,
            platformCustomerID: order.customer_id?.value == "0" ? nil : order.customer_id?.value,
            contact: order.contact, items: try order.items(),
            total: Money(
                minor: try MinorUnits.parse(total, currency: order.currency, field: "total"), currency: order.currency),
            discountCodes: (order.coupon_lines ?? []).map(\.code), paid: order.isPaid,
            platformStatus: order.status.lowercased(),
            shippingAddress: order.shipping?.postalAddress ?? order.billing?.postalAddress,
            placedAt: CommerceDates.naiveUTC(order.date_paid_gmt) ?? CommerceDates.naiveUTC(order.date_created_gmt))
    }

    func cartSnapshot(_ order: WooCommerceOrder, contact: CommerceContact) throws(CommerceError) -> CartSnapshot {
        let items = try order.items()
        return CartSnapshot(
            source: .woocommerce, externalID: order.id.value,
            platformCustomerID: order.customer_id?.value == "0" ? nil : order.customer_id?.value, contact: contact,
            items: items,
            subtotal: Money(minor: try AmountCheck.lines(items, path: "line_items"), currency: order.currency),
            recoveryURL: order.recoveryURL(siteURL: self.siteURL, checkoutPath: self.checkoutPath, linkDomains: self.linkDomains),
            shippingAddress: order.shipping?.postalAddress ?? order.billing?.postalAddress,
            ip: order.customer_ip_address.nonBlank, userAgent: order.customer_user_agent.nonBlank,
            discountCodes: (order.coupon_lines ?? []).map(\.code),
            occurredAt: CommerceDates.naiveUTC(order.date_created_gmt),
            updatedAt: CommerceDates.naiveUTC(order.date_modified_gmt))
    }
}
