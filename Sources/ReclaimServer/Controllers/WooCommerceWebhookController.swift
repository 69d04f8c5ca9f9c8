import Foundation
import Hummingbird
import Logging
import ReclaimCommerce
import ReclaimCore

/// `POST /webhooks/woocommerce/{store}`: answers WooCommerce's unsigned creation ping (`webhook_id=…`)
/// with 200, verifies `X-WC-Webhook-Signature` (base64 HMAC-SHA256 of the raw body), dedupes on
/// `X-WC-Webhook-Delivery-ID`, stores the delivery and answers at once; `commerce.ingest` does the rest.
/// The Reclaim plugin's checkout events (topic `reclaim.event`, ``WooCommercePluginEvent``) come the same way.
struct WooCommerceWebhookController: Sendable {
    /// Loaded configuration (the stores).
    let configuration: ReclaimConfiguration
    /// Source of "now".
    let clock: any WallClock
    /// Queues and applies commerce events.
    let ingestion: IngestionService

    /// The routes.
    var endpoints: RouteCollection<AppRequestContext> {
        RouteCollection(context: AppRequestContext.self).post("webhooks/woocommerce/:store", use: self.receive)
    }

    @Sendable func receive(_ request: Request, context: AppRequestContext) async throws -> WebhookReceipt {
        let store = try StoreLookup.store(context, self.configuration)
        let secret = try CommerceWebhookSupport.secret(store.woocommerce, platform: "WooCommerce")
        let body = try await CommerceWebhookSupport.body(request, context)
        // The ping carries no signature and changes nothing: answer it or the webhook stays pending.
        if WooCommerceWebhookVerifier.isPing(body: body) { return .ok }
        do {
            try WooCommerceWebhookVerifier(secret: secret)
                .verify(body: body, signatureHeader: CommerceWebhookSupport.header(request, "X-WC-Webhook-Signature"))
        } catch {
            throw CommerceWebhookSupport.unauthorized(error)
        }
        guard let topic = CommerceWebhookSupport.header(request, "X-WC-Webhook-Topic") else {
            throw APIError.invalidField("X-WC-Webhook-Topic", "required header is missing")
        }
        guard Self.handles(topic) else {
            context.logger.info("WooCommerce topic not handled", metadata: ["topic": "\(topic)"])
            return .ignored("topic \(topic) is not used")
        }
        try CommerceWebhookSupport.requireJSONObject(body)
        if topic.lowercased() == WooCommercePluginEvent.topic {
            // The plugin's checkout events are checked whole now: a bad one is the plugin's to fix, 400 naming the field.
            do {
                _ = try WooCommercePluginEvent.parse(body: body)
            } catch {
                if case .invalidField(let field, let reason) = error { throw APIError.invalidField(field, reason) }
                throw CommerceWebhookSupport.refusal(error, platform: "WooCommerce")
            }
        }
        try CommerceWebhookSupport.requireNumbersInRange { () throws(CommerceError) in
            _ = try WooCommercePayloadParser(siteURL: store.website).parse(topic: topic, body: body)
        }
        let deliveryID =
            CommerceWebhookSupport.header(request, "X-WC-Webhook-Delivery-ID")
            ?? CommerceWebhookSupport.digest([topic], body: body)
        // X-WC-Webhook-Source is not signed: links are built on the configured website, so it is not kept.
        let delivery = WebhookDelivery(source: .woocommerce, storeID: store.id, deliveryID: deliveryID, topic: topic, body: body)
        let isNew = try await self.ingestion.enqueue(delivery, now: self.clock.now())
        return isNew ? .accepted : .duplicate
    }

    /// Order topics and the plugin's checkout events (``WooCommercePluginEvent``) are processed; everything else
    /// is acknowledged and dropped.
    static func handles(_ topic: String) -> Bool {
        ["order.created", "order.updated", "order.restored", "order.deleted", WooCommercePluginEvent.topic].contains(topic.lowercased())
    }
}
