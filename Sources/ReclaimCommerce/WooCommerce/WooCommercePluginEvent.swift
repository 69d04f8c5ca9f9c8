import Foundation
import ReclaimCore

/// Events the Reclaim WooCommerce plugin (`integrations/woocommerce`) sends during checkout, before any order
/// exists: the topic `reclaim.event`, signed like WooCommerce's own webhooks (``WooCommerceWebhookVerifier``),
/// with a generic event envelope as the body (``GenericEventParser``).
///
/// | `type` | sent when |
/// |---|---|
/// | `cart.updated`, `checkout.started` | the cart changes, or the shopper types a phone or email at checkout |
/// | `consent.granted`, `consent.revoked` | the shopper ticks (or unticks) the SMS box at checkout |
///
/// Carts keep WooCommerce as their source, so the plugin's carts and the store's order webhooks meet.
public enum WooCommercePluginEvent {
    /// The `X-WC-Webhook-Topic` the plugin sends.
    public static let topic = "reclaim.event"

    /// Event types the plugin may send; orders come through WooCommerce's own order webhooks.
    public static let types: Set<String> = ["cart.updated", "checkout.started", "consent.granted", "consent.revoked"]

    /// Parses one plugin event.
    /// - Throws: ``CommerceError/invalidField(_:reason:)`` naming the first bad field, or for a type the plugin
    ///   does not send.
    public static func parse(body: Data) throws(CommerceError) -> CommerceEvent {
        let parsed: GenericEvent
        do {
            parsed = try GenericEventParser.parseEvent(body: body)
        } catch {
            let first = error.errors.first
            throw .invalidField(first?.path ?? "(body)", reason: first?.message ?? error.description)
        }
        guard self.types.contains(parsed.type) else {
            throw .invalidField("type", reason: "the plugin sends \(self.types.sorted().joined(separator: ", ")), not \(parsed.type)")
        }
        switch parsed.event {
        case .cartUpdated(var snapshot):
            snapshot.source = .woocommerce
            return .cartUpdated(snapshot)
        default:
            return parsed.event
        }
    }
}
