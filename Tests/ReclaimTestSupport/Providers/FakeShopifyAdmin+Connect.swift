import Foundation
import HTTPTypes
import Hummingbird
import ReclaimCore

/// The webhook and catalog operations of the Shopify stand-in, in the Admin GraphQL formats.
extension FakeShopifyAdmin {
    /// Adds a subscription as if made earlier (a wrong one, for the correction test).
    public func seed(_ webhook: PlatformAdminWebhook) {
        self.webhooks.append(webhook)
    }

    /// Sets the page size of the paged queries.
    public func setPageSize(_ size: Int) {
        self.pageSize = size
    }

    /// Adds `count` products (`Product 1`, …), each with two variants (sizes S and M) at 19.99 and 24.99.
    public func addProducts(_ count: Int) {
        let start = self.products.count
        for index in (start + 1)...(start + count) {
            let id = 7_000 + index
            let variants: [JSONValue] = [("S", "19.99", 3), ("M", "24.99", 0)].enumerated().map { offset, variant in
                .object([
                    "legacyResourceId": .string(String(id * 10 + offset)), "title": .string(variant.0), "price": .string(variant.1),
                    "selectedOptions": .array([.object(["name": .string("Size"), "value": .string(variant.0)])]),
                    "inventoryQuantity": FakePlatformAdmin.number(variant.2), "inventoryPolicy": .string("DENY"),
                    "inventoryItem": .object(["tracked": .bool(true)]),
                ])
            }
            self.products.append(
                .object([
                    "legacyResourceId": .string(String(id)), "title": .string("Product \(index)"), "handle": .string("product-\(index)"),
                    "descriptionHtml": .string("<p>Product \(index), made to last.</p>"), "tags": .array([.string("trail")]),
                    "status": .string("ACTIVE"),
                    "options": .array([.object(["name": .string("Size"), "values": .array([.string("S"), .string("M")])])]),
                    "variants": .object(["nodes": .array(variants)]),
                ]))
        }
    }

    /// Answers the connect operations; `nil` for any other query.
    func connectAnswer(query: String, variables: JSONValue) -> Response? {
        if query.contains("webhookSubscriptionCreate(") {
            return self.createWebhook(topic: variables["topic"]?.stringValue ?? "", input: variables["webhookSubscription"] ?? .null)
        }
        if query.contains("webhookSubscriptionUpdate(") {
            return self.updateWebhook(id: variables["id"]?.stringValue ?? "", input: variables["webhookSubscription"] ?? .null)
        }
        if query.contains("webhookSubscriptions(") {
            let nodes = self.webhooks.map { webhook -> JSONValue in
                .object([
                    "id": .string(webhook.id), "topic": .string(webhook.topic), "uri": .string(webhook.url),
                    "format": .string("JSON"),
                ])
            }
            return self.connection("webhookSubscriptions", nodes, query: query, after: variables["after"]?.stringValue)
        }
        if query.contains("products(") {
            return self.connection("products", self.products, query: query, after: variables["after"]?.stringValue)
        }
        return nil
    }

    /// Topics an app may subscribe to with `webhookSubscriptionCreate` (the privacy topics are not among them).
    static let subscribableTopics: Set<String> = [
        "CHECKOUTS_CREATE", "CHECKOUTS_UPDATE", "CHECKOUTS_DELETE", "ORDERS_CREATE", "ORDERS_PAID", "ORDERS_UPDATED",
        "CUSTOMERS_CREATE", "CUSTOMERS_UPDATE", "CUSTOMERS_MARKETING_CONSENT_UPDATE", "CUSTOMERS_EMAIL_MARKETING_CONSENT_UPDATE",
        "PRODUCTS_CREATE", "PRODUCTS_UPDATE", "PRODUCTS_DELETE", "APP_UNINSTALLED",
    ]

    private func createWebhook(topic: String, input: JSONValue) -> Response {
        let uri = input["uri"]?.stringValue ?? ""
        if let problem = Self.problem(topic: topic, uri: uri) {
            return self.webhookPayload("webhookSubscriptionCreate", node: .null, userErrors: [problem])
        }
        if self.webhooks.contains(where: { $0.topic == topic && $0.url == uri }) {
            return self.webhookPayload(
                "webhookSubscriptionCreate", node: .null,
                userErrors: [
                    Self.userError(["webhookSubscription", "callbackUrl"], "TAKEN", "Address for this topic has already been taken")
                ])
        }
        self.nextWebhookID += 1
        let webhook = PlatformAdminWebhook(id: "gid://shopify/WebhookSubscription/\(self.nextWebhookID)", topic: topic, url: uri)
        self.webhooks.append(webhook)
        self.webhookChanges.created += 1
        return self.webhookPayload("webhookSubscriptionCreate", node: Self.node(webhook), userErrors: [])
    }

    private func updateWebhook(id: String, input: JSONValue) -> Response {
        guard let index = self.webhooks.firstIndex(where: { $0.id == id }) else {
            return self.webhookPayload(
                "webhookSubscriptionUpdate", node: .null,
                userErrors: [Self.userError(["id"], "INVALID", "Webhook subscription does not exist")])
        }
        let uri = input["uri"]?.stringValue ?? self.webhooks[index].url
        if let problem = Self.problem(topic: self.webhooks[index].topic, uri: uri) {
            return self.webhookPayload("webhookSubscriptionUpdate", node: .null, userErrors: [problem])
        }
        self.webhooks[index].url = uri
        self.webhooks[index].active = true
        self.webhookChanges.updated += 1
        return self.webhookPayload("webhookSubscriptionUpdate", node: Self.node(self.webhooks[index]), userErrors: [])
    }

    private static func problem(topic: String, uri: String) -> JSONValue? {
        guard Self.subscribableTopics.contains(topic) else {
            return Self.userError(["topic"], "INVALID", "Topic \(topic) is not a valid webhook subscription topic")
        }
        guard uri.hasPrefix("https://") else {
            return Self.userError(["webhookSubscription", "callbackUrl"], "INVALID", "Address protocol http:// is not supported")
        }
        return nil
    }

    private static func node(_ webhook: PlatformAdminWebhook) -> JSONValue {
        .object(["id": .string(webhook.id), "topic": .string(webhook.topic), "uri": .string(webhook.url)])
    }

    private func webhookPayload(_ mutation: String, node: JSONValue, userErrors: [JSONValue]) -> Response {
        FakePlatformAdmin.json(
            .ok, .object(["data": .object([mutation: .object(["webhookSubscription": node, "userErrors": .array(userErrors)])])]))
    }

    /// A GraphQL connection page: `nodes`, `pageInfo { hasNextPage endCursor }`; cursors are opaque offsets.
    private func connection(_ field: String, _ items: [JSONValue], query: String, after: String?) -> Response {
        let start = after.flatMap { Data(base64Encoded: $0) }.flatMap { Int(String(decoding: $0, as: UTF8.self)) } ?? 0
        var first = 100
        if let range = query.range(of: "first: ") {
            first = Int(query[range.upperBound...].prefix { $0.isNumber }) ?? first
        }
        let size = min(first, self.pageSize)
        let end = min(items.count, start + size)
        let slice = start < end ? Array(items[start..<end]) : []
        let cursor = Data(String(end).utf8).base64EncodedString()
        return FakePlatformAdmin.json(
            .ok,
            .object([
                "data": .object([
                    field: .object([
                        "nodes": .array(slice),
                        "pageInfo": .object(["hasNextPage": .bool(end < items.count), "endCursor": slice.isEmpty ? .null : .string(cursor)]
                        ),
                    ])
                ])
            ]))
    }
}
