import Foundation
import Hummingbird
import Logging
import ReclaimCommerce
import ReclaimCore

/// `POST /webhooks/bigcommerce/{store}`: authenticates the shared-secret header registered with the hook
/// (`X-Reclaim-Secret`), or Standard Webhooks signatures (`webhook-id`, `webhook-timestamp`,
/// `webhook-signature`) keyed with the same secret; reads the id-only envelope; dedupes on
/// `webhook-id`, else on (scope, hash, created_at); stores it and answers at once.
struct BigCommerceWebhookController: Sendable {
    /// Loaded configuration (the stores).
    let configuration: ReclaimConfiguration
    /// Source of "now".
    let clock: any WallClock
    /// Queues and applies commerce events.
    let ingestion: IngestionService

    /// The routes.
    var endpoints: RouteCollection<AppRequestContext> {
        RouteCollection(context: AppRequestContext.self).post("webhooks/bigcommerce/:store", use: self.receive)
    }

    @Sendable func receive(_ request: Request, context: AppRequestContext) async throws -> WebhookReceipt {
        let store = try StoreLookup.store(context, self.configuration)
        let secret = try CommerceWebhookSupport.secret(store.bigcommerce, platform: "BigCommerce")
        let body = try await CommerceWebhookSupport.body(request, context)
        let webhookID = CommerceWebhookSupport.header(request, "webhook-id")
        do {
            if let signature = CommerceWebhookSupport.header(request, "webhook-signature") {
                try StandardWebhookVerifier(clientSecret: secret).verify(
                    id: webhookID, timestamp: CommerceWebhookSupport.header(request, "webhook-timestamp"),
                    signatureHeader: signature, body: body, now: self.clock.now())
            } else {
                let verifier = BigCommerceWebhookVerifier(secret: secret)
                try verifier.verify(headerValue: CommerceWebhookSupport.header(request, verifier.headerName))
            }
        } catch {
            throw CommerceWebhookSupport.unauthorized(error)
        }
        let webhook: BigCommerceWebhook
        do {
            webhook = try BigCommerceWebhook.parse(body: body)
        } catch {
            throw CommerceWebhookSupport.refusal(error, platform: "BigCommerce")
        }
        do {
            _ = try BigCommerceFetchPlan.nextStep(
                for: webhook, storeHash: store.bigcommerce?.storeHash ?? webhook.storeHash ?? "unknown")
        } catch {
            context.logger.info("BigCommerce scope not handled", metadata: ["scope": "\(webhook.scope)"])
            return .ignored("scope \(webhook.scope) is not used")
        }
        let created = webhook.createdAt.map { "\(Int(clamping: $0.timeIntervalSince1970))" } ?? "-"
        let deliveryID =
            webhookID
            ?? "\(webhook.scope):\(webhook.hash ?? CommerceWebhookSupport.digest([], body: body)):\(created)"
        let delivery = WebhookDelivery(
            source: .bigcommerce, storeID: store.id, deliveryID: deliveryID, topic: webhook.scope, body: body)
        let isNew = try await self.ingestion.enqueue(delivery, now: self.clock.now())
        return isNew ? .accepted : .duplicate
    }
}
