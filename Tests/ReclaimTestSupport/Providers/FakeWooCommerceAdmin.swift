import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import ReclaimCore

/// A local server that answers like the WooCommerce REST API v3 for coupons: `POST /wp-json/wc/v3/coupons`
/// (201 with the coupon object), `PUT /wp-json/wc/v3/coupons/{id}`, HTTP Basic consumer key/secret auth,
/// WordPress REST errors (`woocommerce_rest_coupon_code_already_exists`, `woocommerce_rest_cannot_create`),
/// and scripted faults. For `reclaim connect` it also answers `GET`/`POST /wp-json/wc/v3/webhooks`,
/// `PUT /wp-json/wc/v3/webhooks/{id}` and `GET /wp-json/wc/v3/products`, paged with `page`/`per_page` and the
/// `X-WP-Total`/`X-WP-TotalPages` headers (see `FakeWooCommerceAdmin+Connect.swift`).
public actor FakeWooCommerceAdmin {
    nonisolated public let consumerKey = "ck_test_0123456789"
    nonisolated public let consumerSecret = "cs_test_0123456789"
    private var faults: [PlatformAdminFault] = []
    private var nextID = 719
    /// Coupons by id; `request` is the coupon as last written (create, then updates merged in).
    public private(set) var codes: [String: PlatformAdminCode] = [:]
    /// Every request's status, in order.
    public private(set) var statuses: [Int] = []
    /// Webhooks, in creation order.
    public internal(set) var webhooks: [PlatformAdminWebhook] = []
    /// What the webhook calls changed.
    public internal(set) var webhookChanges = PlatformAdminWebhookChanges()
    /// Products in the REST v3 shape.
    public internal(set) var products: [JSONValue] = []
    /// The most items a page holds, whatever `per_page` asks (WooCommerce's own cap is 100).
    public internal(set) var pageSize = 100
    var nextWebhookID = 30

    public init() {}

    /// Makes the next `count` requests fail with `fault`.
    public func failNext(_ count: Int, with fault: PlatformAdminFault) {
        self.faults += Array(repeating: fault, count: count)
    }

    /// The coupon with this code.
    public func code(_ text: String) -> PlatformAdminCode? {
        self.codes.values.first { $0.code == text }
    }

    /// Whether WooCommerce would accept the (unused) coupon at `now`: not past its `date_expires_gmt`.
    public func isUsable(_ text: String, at now: Date) -> Bool {
        guard let coupon = self.code(text) else { return false }
        if let expires = coupon.request["date_expires_gmt"]?.stringValue {
            let formatter = ISO8601DateFormatter()
            guard let date = formatter.date(from: expires + "Z"), date > now else { return false }
        }
        return true
    }

    nonisolated public func makeRouter() -> Router<BasicRequestContext> {
        let router = Router()
        router.post("/wp-json/wc/v3/coupons") { request, _ in
            try await self.handle(request, id: nil)
        }
        router.put("/wp-json/wc/v3/coupons/:id") { request, context in
            try await self.handle(request, id: context.parameters.get("id") ?? "")
        }
        router.get("/wp-json/wc/v3/webhooks") { request, _ in try await self.handleConnect(request, .listWebhooks) }
        router.post("/wp-json/wc/v3/webhooks") { request, _ in try await self.handleConnect(request, .createWebhook) }
        router.put("/wp-json/wc/v3/webhooks/:id") { request, context in
            try await self.handleConnect(request, .updateWebhook(context.parameters.get("id") ?? ""))
        }
        router.get("/wp-json/wc/v3/products") { request, _ in try await self.handleConnect(request, .listProducts) }
        return router
    }

    private func handle(_ request: Request, id: String?) async throws -> Response {
        let authorization = FakePlatformAdmin.header(request, "Authorization")
        let body = try await FakePlatformAdmin.body(request)
        if let delay = self.takeDelay() { try await Task.sleep(for: .seconds(delay)) }
        let response = self.answer(authorization: authorization, body: body, id: id)
        self.statuses.append(Int(response.status.code))
        return response
    }

    private func takeDelay() -> Double? {
        guard case .slow(let seconds) = self.faults.first else { return nil }
        self.faults.removeFirst()
        return seconds
    }

    func record(_ status: HTTPResponse.Status) {
        self.statuses.append(Int(status.code))
    }

    /// Whether `authorization` carries the consumer key and secret.
    func authorized(_ authorization: String?) -> Bool {
        authorization == "Basic " + Data("\(self.consumerKey):\(self.consumerSecret)".utf8).base64EncodedString()
    }

    /// The next scripted fault's status, consumed.
    func takeFaultStatus() -> Int? {
        guard let fault = self.faults.first else { return nil }
        self.faults.removeFirst()
        if case .status(let status) = fault { return status }
        return nil
    }

    private func answer(authorization: String?, body: JSONValue, id: String?) -> Response {
        let expected = "Basic " + Data("\(self.consumerKey):\(self.consumerSecret)".utf8).base64EncodedString()
        guard authorization == expected else {
            return Self.error(.unauthorized, "woocommerce_rest_cannot_create", "Sorry, you are not allowed to create resources.")
        }
        if let fault = self.faults.first {
            self.faults.removeFirst()
            if case .status(let status) = fault {
                return LocalHTTPServer.raw(HTTPResponse.Status(code: status), "<html><body><h1>\(status)</h1></body></html>")
            }
        }
        guard let id else { return self.create(body) }
        guard var coupon = self.codes[id], case .object(var members) = coupon.request, case .object(let changes) = body else {
            return Self.error(.notFound, "woocommerce_rest_shop_coupon_invalid_id", "Invalid ID.")
        }
        for (key, value) in changes { members[key] = value }
        coupon.request = .object(members)
        self.codes[id] = coupon
        return FakePlatformAdmin.json(.ok, Self.coupon(id: id, members))
    }

    private func create(_ body: JSONValue) -> Response {
        guard case .object(let members) = body, let code = members["code"]?.stringValue, !code.isEmpty else {
            return Self.error(.badRequest, "rest_missing_callback_param", "Missing parameter(s): code")
        }
        if self.codes.values.contains(where: { $0.code.lowercased() == code.lowercased() }) {
            return Self.error(.badRequest, "woocommerce_rest_coupon_code_already_exists", "The coupon code already exists")
        }
        self.nextID += 1
        let id = String(self.nextID)
        self.codes[id] = PlatformAdminCode(id: id, code: code, active: true, request: body)
        return FakePlatformAdmin.json(.created, Self.coupon(id: id, members))
    }

    /// The coupon object in the shape of the docs' example response.
    static func coupon(id: String, _ members: [String: JSONValue]) -> JSONValue {
        var coupon: [String: JSONValue] = [
            "id": .number(Double(id) ?? 0), "amount": .string("0.00"), "discount_type": .string("fixed_cart"), "description": .string(""),
            "date_expires": .null, "date_expires_gmt": .null, "usage_count": .number(0), "individual_use": .bool(false),
            "product_ids": .array([]), "excluded_product_ids": .array([]), "usage_limit": .null, "usage_limit_per_user": .null,
            "limit_usage_to_x_items": .null, "free_shipping": .bool(false), "product_categories": .array([]),
            "excluded_product_categories": .array([]), "exclude_sale_items": .bool(false), "minimum_amount": .string("0.00"),
            "maximum_amount": .string("0.00"), "email_restrictions": .array([]), "used_by": .array([]), "meta_data": .array([]),
        ]
        for (key, value) in members { coupon[key] = value }
        coupon["id"] = .number(Double(id) ?? 0)
        coupon["_links"] = .object(["self": .array([.object(["href": .string("https://example.com/wp-json/wc/v3/coupons/\(id)")])])])
        return .object(coupon)
    }

    static func error(_ status: HTTPResponse.Status, _ code: String, _ message: String) -> Response {
        FakePlatformAdmin.json(
            status,
            .object(["code": .string(code), "message": .string(message), "data": .object(["status": .number(Double(status.code))])]))
    }
}
