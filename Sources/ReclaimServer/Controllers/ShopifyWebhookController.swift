import Foundation
import Hummingbird
import Logging
import ReclaimCommerce
import ReclaimCore

/// `POST /webhooks/shopify/{store}`: verifies `X-Shopify-Hmac-Sha256` over the raw body, dedupes on
/// `X-Shopify-Webhook-Id`, stores the delivery and answers at once; `commerce.ingest` does the rest.
///
/// Unknown store → 404; bad or missing HMAC → 401 and nothing stored; validly signed but not JSON →
/// 400; a topic Reclaim does not handle → 200 `ignored`; a redelivery → 200 `duplicate`.
struct ShopifyWebhookController: Sendable {
    /// Loaded configuration (the stores).
    let configuration: ReclaimConfiguration
    /// Source of "now".
    let clock: any WallClock
    /// Queues and applies commerce events.
    let ingestion: IngestionService

    /// The routes.
    var endpoints: RouteCollection<AppRequestContext> {
        RouteCollection(context: AppRequestContext.self).post("webhooks/shopify/:store", use: self.receive)
    }

    @Sendable func receive(_ request: Request, context: AppRequestContext) async throws -> WebhookReceipt {
        let store = try StoreLookup.store(context, self.configuration)
        let secret = try CommerceWebhookSupport.secret(store.shopify, platform: "Shopify")
        let body = try await CommerceWebhookSupport.body(request, context)
        do {
            try ShopifyWebhookVerifier(secret: secret)
                .verify(body: body, hmacHeader: CommerceWebhookSupport.header(request, "X-Shopify-Hmac-Sha256"))
        } catch {
            throw CommerceWebhookSupport.unauthorized(error)
        }
        guard let topic = CommerceWebhookSupport.header(request, "X-Shopify-Topic") else {
            throw APIError.invalidField("X-Shopify-Topic", "required header is missing")
        }
        guard ShopifyTopic(header: topic) != nil else {
            context.logger.info("Shopify topic not handled", metadata: ["topic": "\(topic)"])
            return .ignored("topic \(topic) is not used")
        }
        try CommerceWebhookSupport.requireJSONObject(body)
        try CommerceWebhookSupport.requireNumbersInRange { () throws(CommerceError) in
            _ = try ShopifyPayloadParser(shopCurrency: store.currency, storefrontURL: store.website).parse(topic: topic, body: body)
        }
        let deliveryID =
            CommerceWebhookSupport.header(request, "X-Shopify-Webhook-Id")
            ?? CommerceWebhookSupport.header(request, "X-Shopify-Event-Id")
            ?? CommerceWebhookSupport.digest([topic], body: body)
        let delivery = WebhookDelivery(
            source: .shopify, storeID: store.id, deliveryID: deliveryID, topic: topic, body: body)
        let isNew = try await self.ingestion.enqueue(delivery, now: self.clock.now())
        return isNew ? .accepted : .duplicate
    }
}
