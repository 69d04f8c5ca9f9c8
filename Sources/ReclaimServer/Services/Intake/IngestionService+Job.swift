import Foundation
import Logging
import ReclaimCommerce
import ReclaimCore
import ReclaimStore

extension IngestionService {
    /// Runs one `commerce.ingest` job: parses the stored delivery with its platform's adapter and applies
    /// the event in one transaction.
    ///
    /// Unknown topics are logged and dropped; a body the adapter refuses is a permanent failure (the job
    /// keeps the delivery for inspection until retention or an erasure removes it); database and
    /// platform-API (5xx) errors are retried. Once handled, the job keeps the delivery without its body
    /// (the shopper's personal data), replaced in the same transaction as the event's effects.
    func handle(_ job: Job, _ run: JobRunContext) async throws {
        let delivery: WebhookDelivery
        do { delivery = try job.decode(WebhookDelivery.self) } catch { throw PermanentJobError("bad payload: \(error)") }
        guard delivery.bodyRemoved != true else { return }  // applied by an attempt that died before completing
        guard let store = self.configuration.store(delivery.storeID) else {
            throw PermanentJobError("unknown store \(delivery.storeID)")
        }
        var logger = run.logger
        logger[metadataKey: "delivery_id"] = "\(delivery.deliveryID)"
        logger[metadataKey: "topic"] = "\(delivery.topic ?? "-")"
        let event: CommerceEvent
        var extraKeys: [String] = []
        do {
            (event, extraKeys) = try await self.parse(delivery, store: store)
        } catch let error as CommerceError {
            switch error {
            case .unknownTopic(let topic):
                logger.info("webhook topic not handled", metadata: ["unhandled": "\(topic)"])
                try await self.queue.replacePayload(
                    id: job.id, with: delivery.withoutBody().payloadJSON(), now: run.now)
                return
            case .unexpectedStatus(let status, _) where status >= 500 || status == 429:
                throw error
            default:
                throw PermanentJobError("\(delivery.source.rawValue) delivery refused: \(error)")
            }
        }
        let outcome = try await self.database.transaction { db in
            let outcome = try await self.apply(
                event, source: delivery.source, store: store, extraKeys: extraKeys, in: db, now: run.now, logger: logger)
            try await JobQueue(db).replacePayload(id: job.id, with: delivery.withoutBody().payloadJSON(), now: run.now)
            return outcome
        }
        logger.debug(
            "webhook applied",
            metadata: ["kind": "\(outcome.kind)", "cart_id": "\(outcome.cartID ?? "-")", "note": "\(outcome.note ?? "-")"])
    }

    /// The event a stored delivery means, with further keys of a deleted Shopify checkout.
    func parse(_ delivery: WebhookDelivery, store: StoreConfiguration) async throws -> (CommerceEvent, [String]) {
        let body = delivery.bodyData
        switch delivery.source {
        case .shopify:
            let parser = ShopifyPayloadParser(shopCurrency: store.currency, storefrontURL: store.website)
            let event = try parser.parse(topic: delivery.topic, body: body)
            let isDelete = delivery.topic.flatMap(ShopifyTopic.init(header:)) == .checkoutsDelete
            return (event, isDelete ? (try? parser.deletedCheckoutKeys(body: body)) ?? [] : [])
        case .woocommerce:
            // The site is the configured website, never the delivery's unsigned X-WC-Webhook-Source.
            let parser = WooCommercePayloadParser(siteURL: store.website, linkDomains: store.linkRule)
            return (try parser.parse(topic: delivery.topic, body: body), [])
        case .bigcommerce:
            return (try await self.resolveBigCommerce(body: body, store: store), [])
        case .events:
            do {
                return (try GenericEventParser.parseEvent(body: body).event, [])
            } catch {
                throw PermanentJobError("event refused: \(error)")
            }
        }
    }

    /// A BigCommerce envelope as an event: deletions at once; carts and orders are fetched over the
    /// REST API (`X-Auth-Token`), the cart's redirect URL becoming its recovery link. A transport error
    /// or a 5xx/429 throws and the job retries with backoff; missing credentials are permanent.
    func resolveBigCommerce(body: Data, store: StoreConfiguration) async throws -> CommerceEvent {
        let webhook = try BigCommerceWebhook.parse(body: body)
        switch try BigCommerceFetchPlan.nextStep(for: webhook, storeHash: store.bigcommerce?.storeHash) {
        case .event(let event):
            return event
        case .fetch:
            guard let section = store.bigcommerce, let hash = section.storeHash, let token = section.accessToken else {
                throw PermanentJobError("BigCommerce \(webhook.scope) needs bigcommerce.store_hash and access_token")
            }
            let fetcher = BigCommerceCartFetcher(
                http: AsyncHTTPFetcher(), apiBaseURL: section.apiBaseURL ?? BigCommerceAPI.defaultBaseURL, storeHash: hash,
                accessToken: token, storefrontURL: store.website)
            return try await fetcher.resolve(webhook)
        }
    }
}
