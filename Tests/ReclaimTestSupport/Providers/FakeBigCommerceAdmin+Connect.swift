import Foundation
import HTTPTypes
import Hummingbird
import ReclaimCore

/// The hook and catalog endpoints of the BigCommerce stand-in, in the v3 formats.
extension FakeBigCommerceAdmin {
    enum ConnectCall { case listHooks, createHook, updateHook, listProducts }

    /// Adds a hook as if made earlier (a wrong one, for the correction test).
    public func seed(_ webhook: PlatformAdminWebhook) {
        self.webhooks.append(webhook)
    }

    /// Sets the most items a page holds.
    public func setPageSize(_ size: Int) {
        self.pageSize = size
    }

    /// Adds `count` products (`Product 1`, …) with two variants (Color Red, Blue) at 35.00, stock tracked by variant.
    public func addProducts(_ count: Int) {
        let start = self.products.count
        for index in (start + 1)...(start + count) {
            let id = 110 + index
            let variants: [JSONValue] = [("Red", 4), ("Blue", 0)].enumerated().map { offset, variant in
                .object([
                    "id": FakePlatformAdmin.number(id * 10 + offset), "product_id": FakePlatformAdmin.number(id),
                    "sku": .string("P\(index)-\(variant.0)"), "price": .null, "calculated_price": .number(35),
                    "inventory_level": FakePlatformAdmin.number(variant.1), "purchasing_disabled": .bool(false),
                    "option_values": .array([
                        .object([
                            "id": .number(1), "label": .string(variant.0), "option_id": .number(2),
                            "option_display_name": .string("Color"),
                        ])
                    ]),
                ])
            }
            self.products.append(
                .object([
                    "id": FakePlatformAdmin.number(id), "name": .string("Product \(index)"), "type": .string("physical"),
                    "sku": .string("P\(index)"), "description": .string("<p>Product \(index), made to last.</p>"),
                    "price": .number(35), "calculated_price": .number(35), "is_visible": .bool(true),
                    "availability": .string("available"), "inventory_level": FakePlatformAdmin.number(4),
                    "inventory_tracking": .string("variant"),
                    "custom_url": .object(["url": .string("/product-\(index)/"), "is_customized": .bool(false)]),
                    "variants": .array(variants),
                ]))
        }
    }

    func handleConnect(_ request: Request, _ context: BasicRequestContext, _ call: ConnectCall) async throws -> Response {
        let token = FakePlatformAdmin.header(request, "X-Auth-Token")
        let body = try await FakePlatformAdmin.body(request)
        let page = FakePlatformAdmin.query(request, "page") ?? 1
        let limit = FakePlatformAdmin.query(request, "limit") ?? 50
        let response = self.connectAnswer(
            token: token, hash: context.parameters.get("hash") ?? "", id: context.parameters.get("id") ?? "", call: call, body: body,
            page: page, limit: limit)
        self.record(response.status)
        return response
    }

    private func connectAnswer(
        token: String?, hash: String, id: String, call: ConnectCall, body: JSONValue, page: Int, limit: Int
    ) -> Response {
        guard token == self.accessToken, hash == self.storeHash else {
            return Self.problem(.unauthorized, "Unauthorized: the access token is missing or invalid")
        }
        if let status = self.takeFaultStatus() {
            return FakePlatformAdmin.json(
                HTTPResponse.Status(code: status),
                .object(["status": FakePlatformAdmin.number(status), "title": .string("The service is temporarily unavailable")]))
        }
        switch call {
        case .listHooks:
            return self.list(self.webhooks.map(Self.hookObject), page: page, limit: limit)
        case .listProducts:
            return self.list(self.products, page: page, limit: limit)
        case .createHook:
            guard let scope = body["scope"]?.stringValue, let destination = body["destination"]?.stringValue else {
                return Self.problem(.unprocessableContent, "scope and destination are required")
            }
            guard destination.hasPrefix("https://") else {
                return Self.problem(.unprocessableContent, "destination must be an https URL on port 443")
            }
            if self.webhooks.contains(where: { $0.topic == scope && $0.url == destination }) {
                return Self.problem(.unprocessableContent, "A hook with this scope and destination already exists")
            }
            self.nextHookID += 1
            let hook = PlatformAdminWebhook(
                id: String(self.nextHookID), topic: scope, url: destination, active: body["is_active"] == .bool(true),
                secret: body["headers"]?["X-Reclaim-Secret"]?.stringValue)
            self.webhooks.append(hook)
            self.webhookChanges.created += 1
            return FakePlatformAdmin.json(.ok, .object(["data": Self.hookObject(hook), "meta": .object([:])]))
        case .updateHook:
            guard let index = self.webhooks.firstIndex(where: { $0.id == id }) else {
                return Self.problem(.notFound, "The hook was not found")
            }
            if let scope = body["scope"]?.stringValue { self.webhooks[index].topic = scope }
            if let destination = body["destination"]?.stringValue { self.webhooks[index].url = destination }
            if case .bool(let active) = body["is_active"] { self.webhooks[index].active = active }
            if let headers = body["headers"] { self.webhooks[index].secret = headers["X-Reclaim-Secret"]?.stringValue }
            self.webhookChanges.updated += 1
            return FakePlatformAdmin.json(.ok, .object(["data": Self.hookObject(self.webhooks[index]), "meta": .object([:])]))
        }
    }

    private func list(_ items: [JSONValue], page: Int, limit: Int) -> Response {
        let size = min(limit, self.pageSize)
        let (slice, totalPages) = FakePlatformAdmin.page(items, page: page, size: size)
        return FakePlatformAdmin.json(
            .ok,
            .object([
                "data": .array(slice),
                "meta": .object([
                    "pagination": .object([
                        "total": FakePlatformAdmin.number(items.count), "count": FakePlatformAdmin.number(slice.count),
                        "per_page": FakePlatformAdmin.number(size), "current_page": FakePlatformAdmin.number(page),
                        "total_pages": FakePlatformAdmin.number(totalPages),
                        "links": .object(["current": .string("?page=\(page)&limit=\(size)")]),
                    ])
                ]),
            ]))
    }

    /// The hook object of the v3 docs.
    private static func hookObject(_ hook: PlatformAdminWebhook) -> JSONValue {
        .object([
            "id": .number(Double(hook.id) ?? 0), "client_id": .string("reclaim-client"), "store_hash": .string("abc123"),
            "scope": .string(hook.topic), "destination": .string(hook.url), "is_active": .bool(hook.active),
            "headers": hook.secret.map { .object(["X-Reclaim-Secret": .string($0)]) } ?? .null,
            "created_at": .number(1_796_000_000), "updated_at": .number(1_796_000_000),
        ])
    }
}
