/// The OpenAPI description of the commerce routes and their schemas.
enum CommerceOpenAPI {
    /// Adds the webhook, events, carts and stats operations and their schemas.
    static func describe(_ openAPI: inout OpenAPIDocument) {
        let webhookErrors = [
            400: "validly signed but not JSON", 401: "bad or missing signature: nothing stored",
            404: "unknown store, or the platform is not configured for it", 413: "body too large",
        ]
        openAPI.add(
            "post", "/webhooks/shopify/{store}",
            .init(
                summary: "Shopify webhooks (X-Shopify-Hmac-Sha256, X-Shopify-Topic, X-Shopify-Webhook-Id), privacy topics included",
                tag: "webhooks", responseSchema: "WebhookReceipt", responses: webhookErrors))
        openAPI.add(
            "post", "/webhooks/woocommerce/{store}",
            .init(
                summary:
                    "WooCommerce webhooks (X-WC-Webhook-Signature, X-WC-Webhook-Topic, X-WC-Webhook-Delivery-ID); the creation ping needs no signature",
                tag: "webhooks", responseSchema: "WebhookReceipt", responses: webhookErrors))
        openAPI.add(
            "post", "/webhooks/bigcommerce/{store}",
            .init(
                summary: "BigCommerce webhooks (X-Reclaim-Secret header set at registration, or Standard Webhooks signatures)",
                tag: "webhooks", responseSchema: "WebhookReceipt", responses: webhookErrors))
        openAPI.add(
            "post", "/api/v1/stores/{store}/events",
            .init(
                summary: "Generic platform event; Idempotency-Key header and the event id are honoured (a replay answers duplicate)",
                tag: "events", authenticated: true, requestSchema: "GenericEvent", responseSchema: "EventReceipt",
                responses: [
                    400: "malformed event: the message names each field", 401: "missing or wrong API key",
                    413: "body too large",
                ]))
        openAPI.add(
            "get", "/api/v1/stores/{store}/carts/{id}",
            .init(
                summary: "A cart by Reclaim id or platform key, with its shopper, journey and messages",
                tag: "carts", authenticated: true, responseSchema: "Cart",
                responses: [401: "missing or wrong API key", 404: "no such cart"]))
        openAPI.add(
            "get", "/api/v1/stores/{store}/stats",
            .init(
                summary:
                    "Funnel and money over [from, to) (ISO 8601 query parameters, both optional), grouped by "
                    + "by=step|channel|variant|segment|day, with the holdout lift and the experiments (docs/analytics.md)",
                tag: "stats", authenticated: true, responseSchema: "Stats",
                responses: [
                    400: "from or to is not an ISO 8601 instant, to is not after from, or by is not a known grouping",
                    401: "missing or wrong API key",
                ]))
        openAPI.addSchema(
            "WebhookReceipt",
            json: #"""
                {"type": "object", "required": ["status"], "properties": {
                  "status": {"type": "string", "enum": ["accepted", "duplicate", "ignored", "ok"]}, "reason": {"type": "string"}}}
                """#)
        openAPI.addSchema(
            "EventReceipt",
            json: #"""
                {"type": "object", "required": ["id", "type", "status"], "properties": {
                  "id": {"type": "string"}, "type": {"type": "string"}, "status": {"type": "string", "enum": ["applied", "duplicate"]},
                  "cart_id": {"type": "string"}, "order_id": {"type": "string"}}}
                """#)
        openAPI.addSchema("GenericEvent", json: CommerceOpenAPISchemas.genericEvent)
        openAPI.addSchema("Cart", json: CommerceOpenAPISchemas.cart)
        openAPI.addSchema("Stats", json: CommerceOpenAPISchemas.stats)
        openAPI.addSchema("StatsFigures", json: CommerceOpenAPISchemas.statsFigures)
        openAPI.addSchema("StatsInterval", json: CommerceOpenAPISchemas.statsInterval)
        openAPI.addSchema("EventContact", json: CommerceOpenAPISchemas.contact)
        openAPI.addSchema("EventItem", json: CommerceOpenAPISchemas.item)
    }
}
