import Foundation
import HTTPTypes
import Hummingbird
import ReclaimCore

/// The webhook and product endpoints of the WooCommerce stand-in, in the REST v3 formats.
extension FakeWooCommerceAdmin {
    enum ConnectCall {
        case listWebhooks, createWebhook
        case updateWebhook(String)
        case listProducts
    }

    /// Adds a webhook as if made earlier (a wrong one, for the correction test).
    public func seed(_ webhook: PlatformAdminWebhook) {
        self.webhooks.append(webhook)
    }

    /// Sets the most items a page holds.
    public func setPageSize(_ size: Int) {
        self.pageSize = size
    }

    /// Adds `count` simple products (`Product 1`, …) at 21.50.
    public func addProducts(_ count: Int) {
        let start = self.products.count
        for index in (start + 1)...(start + count) {
            let id = 800 + index
            self.products.append(
                .object([
                    "id": FakePlatformAdmin.number(id), "name": .string("Product \(index)"), "slug": .string("product-\(index)"),
                    "permalink": .string("https://shop.example/product/product-\(index)/"), "type": .string("simple"),
                    "status": .string("publish"), "description": .string("<p>Product \(index), made to last.</p>"),
                    "short_description": .string("Product \(index)."), "sku": .string("SKU-\(index)"), "price": .string("21.50"),
                    "regular_price": .string("21.50"), "sale_price": .string(""), "on_sale": .bool(false),
                    "stock_quantity": FakePlatformAdmin.number(5), "stock_status": .string("instock"),
                    "categories": .array([.object(["id": .number(9), "name": .string("Packs"), "slug": .string("packs")])]),
                    "tags": .array([.object(["id": .number(4), "name": .string("trail"), "slug": .string("trail")])]),
                    "attributes": .array([]), "variations": .array([]),
                ]))
        }
    }

    func handleConnect(_ request: Request, _ call: ConnectCall) async throws -> Response {
        let authorization = FakePlatformAdmin.header(request, "Authorization")
        let body = try await FakePlatformAdmin.body(request)
        let page = FakePlatformAdmin.query(request, "page") ?? 1
        let perPage = FakePlatformAdmin.query(request, "per_page") ?? 10
        let response = self.connectAnswer(authorization: authorization, call: call, body: body, page: page, perPage: perPage)
        self.record(response.status)
        return response
    }

    private func connectAnswer(authorization: String?, call: ConnectCall, body: JSONValue, page: Int, perPage: Int) -> Response {
        guard self.authorized(authorization) else {
            return Self.error(.unauthorized, "woocommerce_rest_cannot_view", "Sorry, you cannot list resources.")
        }
        if let status = self.takeFaultStatus() {
            return LocalHTTPServer.raw(HTTPResponse.Status(code: status), "<html><body><h1>\(status)</h1></body></html>")
        }
        switch call {
        case .listWebhooks:
            return self.list(self.webhooks.map(Self.webhookObject), page: page, perPage: perPage)
        case .listProducts:
            return self.list(self.products, page: page, perPage: perPage)
        case .createWebhook:
            guard let topic = body["topic"]?.stringValue, let url = body["delivery_url"]?.stringValue else {
                return Self.error(.badRequest, "rest_missing_callback_param", "Missing parameter(s): topic, delivery_url")
            }
            guard Self.isTopic(topic) else {
                return Self.error(.badRequest, "rest_invalid_param", "Invalid parameter(s): topic")
            }
            self.nextWebhookID += 1
            let webhook = PlatformAdminWebhook(
                id: String(self.nextWebhookID), topic: topic, url: url, active: (body["status"]?.stringValue ?? "active") == "active",
                secret: body["secret"]?.stringValue)
            self.webhooks.append(webhook)
            self.webhookChanges.created += 1
            return FakePlatformAdmin.json(.created, Self.webhookObject(webhook))
        case .updateWebhook(let id):
            guard let index = self.webhooks.firstIndex(where: { $0.id == id }) else {
                return Self.error(.notFound, "woocommerce_rest_webhook_invalid_id", "Invalid ID.")
            }
            if let topic = body["topic"]?.stringValue {
                guard Self.isTopic(topic) else { return Self.error(.badRequest, "rest_invalid_param", "Invalid parameter(s): topic") }
                self.webhooks[index].topic = topic
            }
            if let url = body["delivery_url"]?.stringValue { self.webhooks[index].url = url }
            if let secret = body["secret"]?.stringValue { self.webhooks[index].secret = secret }
            if let status = body["status"]?.stringValue { self.webhooks[index].active = status == "active" }
            self.webhookChanges.updated += 1
            return FakePlatformAdmin.json(.ok, Self.webhookObject(self.webhooks[index]))
        }
    }

    private func list(_ items: [JSONValue], page: Int, perPage: Int) -> Response {
        let (slice, totalPages) = FakePlatformAdmin.page(items, page: page, size: min(perPage, self.pageSize))
        return FakePlatformAdmin.json(
            .ok, .array(slice), headers: ["X-WP-Total": String(items.count), "X-WP-TotalPages": String(totalPages)])
    }

    private static func isTopic(_ topic: String) -> Bool {
        let parts = topic.split(separator: ".")
        return parts.count == 2 && ["order", "customer", "product", "coupon", "action"].contains(String(parts[0]))
    }

    /// The webhook object of the REST docs (the secret is write-only, never returned).
    private static func webhookObject(_ webhook: PlatformAdminWebhook) -> JSONValue {
        let parts = webhook.topic.split(separator: ".").map(String.init)
        return .object([
            "id": .number(Double(webhook.id) ?? 0), "name": .string("Webhook \(webhook.id)"),
            "status": .string(webhook.active ? "active" : "paused"), "topic": .string(webhook.topic),
            "resource": .string(parts.first ?? ""), "event": .string(parts.last ?? ""),
            "hooks": .array([.string("woocommerce_new_\(parts.first ?? "")")]), "delivery_url": .string(webhook.url),
            "date_created": .string("2026-12-07T22:00:00"), "date_created_gmt": .string("2026-12-07T22:00:00"),
            "date_modified": .string("2026-12-07T22:00:00"), "date_modified_gmt": .string("2026-12-07T22:00:00"),
        ])
    }
}
