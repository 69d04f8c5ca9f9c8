import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import ReclaimCore

/// A local server that answers like Shopify's Admin GraphQL API for discount codes:
/// `discountCodeBasicCreate`, `discountCodeFreeShippingCreate` and `discountCodeDeactivate` at
/// `POST /admin/api/{version}/graphql.json`, `X-Shopify-Access-Token` auth, `userErrors` with HTTP 200 (`TAKEN`
/// for a duplicate code), the 401 body Shopify sends for a bad token, and scripted faults. For `reclaim connect`
/// it also answers `webhookSubscriptions` (paged), `webhookSubscriptionCreate`, `webhookSubscriptionUpdate` and
/// `products` (paged) from ``webhooks`` and ``products`` (see `FakeShopifyAdmin+Connect.swift`).
public actor FakeShopifyAdmin {
    nonisolated public let adminToken = "shpat_test_0123456789"
    private var faults: [PlatformAdminFault] = []
    private var nextID = 1_000
    /// Codes by platform id.
    public private(set) var codes: [String: PlatformAdminCode] = [:]
    /// Every request's status, in order.
    public private(set) var statuses: [Int] = []
    /// Webhook subscriptions, in creation order.
    public internal(set) var webhooks: [PlatformAdminWebhook] = []
    /// What the webhook mutations changed.
    public internal(set) var webhookChanges = PlatformAdminWebhookChanges()
    /// Products as `products` nodes (GraphQL shape).
    public internal(set) var products: [JSONValue] = []
    /// Items per page of `webhookSubscriptions` and `products`, at most what the query asks (`first`).
    public internal(set) var pageSize = 100
    var nextWebhookID = 5_000

    public init() {}

    /// Makes the next `count` requests fail with `fault`.
    public func failNext(_ count: Int, with fault: PlatformAdminFault) {
        self.faults += Array(repeating: fault, count: count)
    }

    /// The code with this text.
    public func code(_ text: String) -> PlatformAdminCode? {
        self.codes.values.first { $0.code == text }
    }

    nonisolated public func makeRouter() -> Router<BasicRequestContext> {
        let router = Router()
        router.post("/admin/api/:version/graphql.json") { request, _ in
            let token = FakePlatformAdmin.header(request, "X-Shopify-Access-Token")
            let body = try await FakePlatformAdmin.body(request)
            if let delay = await self.takeDelay() { try await Task.sleep(for: .seconds(delay)) }
            return await self.handle(token: token, body: body)
        }
        return router
    }

    private func takeDelay() -> Double? {
        guard case .slow(let seconds) = self.faults.first else { return nil }
        self.faults.removeFirst()
        return seconds
    }

    private func handle(token: String?, body: JSONValue) -> Response {
        let response = self.answer(token: token, body: body)
        self.statuses.append(Int(response.status.code))
        return response
    }

    private func answer(token: String?, body: JSONValue) -> Response {
        guard token == self.adminToken else {
            return LocalHTTPServer.raw(
                .unauthorized, #"{"errors":"[API] Invalid API key or access token (unrecognized login or wrong password)"}"#)
        }
        if let fault = self.faults.first {
            self.faults.removeFirst()
            switch fault {
            case .status(429):
                return LocalHTTPServer.raw(
                    .tooManyRequests,
                    #"{"errors":"Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service."}"#)
            case .status(let status):
                return LocalHTTPServer.raw(HTTPResponse.Status(code: status), #"{"errors":"Internal Server Error"}"#)
            case .throttled:
                return LocalHTTPServer.raw(
                    .ok,
                    #"{"errors":[{"message":"Throttled","extensions":{"code":"THROTTLED","documentation":"https://shopify.dev/api/usage/rate-limits"}}],"#
                        + #""extensions":{"cost":{"requestedQueryCost":10,"actualQueryCost":null,"throttleStatus":{"maximumAvailable":2000.0,"currentlyAvailable":5,"restoreRate":100.0}}}}"#
                )
            case .slow: break
            }
        }
        let query = body["query"]?.stringValue ?? ""
        let variables = body["variables"] ?? .null
        if let response = self.connectAnswer(query: query, variables: variables) { return response }
        for mutation in ["discountCodeBasicCreate", "discountCodeFreeShippingCreate"] where query.contains("\(mutation)(") {
            return self.create(mutation: mutation, input: variables["input"] ?? .null)
        }
        if query.contains("discountCodeDeactivate(") {
            return self.deactivate(id: variables["id"]?.stringValue ?? "")
        }
        return FakePlatformAdmin.json(.ok, .object(["errors": .array([.object(["message": .string("Unknown mutation in the stand-in")])])]))
    }

    private func create(mutation: String, input: JSONValue) -> Response {
        let code = input["code"]?.stringValue ?? ""
        var userErrors: [JSONValue] = []
        if code.isEmpty {
            userErrors.append(Self.userError(["basicCodeDiscount", "code"], "BLANK", "Code can't be blank"))
        } else if self.codes.values.contains(where: { $0.code.lowercased() == code.lowercased() }) {
            userErrors.append(Self.userError(["basicCodeDiscount", "code"], "TAKEN", "Code must be unique. Please try a different code."))
        }
        if input["title"]?.stringValue == nil {
            userErrors.append(Self.userError(["basicCodeDiscount", "title"], "BLANK", "Title can't be blank"))
        }
        guard userErrors.isEmpty else {
            return Self.payload(mutation, node: .null, userErrors: userErrors)
        }
        self.nextID += 1
        let id = "gid://shopify/DiscountCodeNode/\(self.nextID)"
        self.codes[id] = PlatformAdminCode(id: id, code: code, active: true, request: input)
        return Self.payload(mutation, node: .object(["id": .string(id)]), userErrors: [])
    }

    private func deactivate(id: String) -> Response {
        guard var code = self.codes[id] else {
            return Self.payload(
                "discountCodeDeactivate", node: .null, userErrors: [Self.userError(["id"], "INVALID", "Discount does not exist")])
        }
        code.active = false
        self.codes[id] = code
        return Self.payload("discountCodeDeactivate", node: .object(["id": .string(id)]), userErrors: [])
    }

    static func userError(_ field: [String], _ code: String, _ message: String) -> JSONValue {
        .object(["field": .array(field.map { .string($0) }), "code": .string(code), "message": .string(message), "extraInfo": .null])
    }

    static func payload(_ mutation: String, node: JSONValue, userErrors: [JSONValue]) -> Response {
        FakePlatformAdmin.json(
            .ok,
            .object([
                "data": .object([mutation: .object(["codeDiscountNode": node, "userErrors": .array(userErrors)])]),
                "extensions": .object([
                    "cost": .object([
                        "requestedQueryCost": .number(10), "actualQueryCost": .number(10),
                        "throttleStatus": .object([
                            "maximumAvailable": .number(2000), "currentlyAvailable": .number(1990), "restoreRate": .number(100),
                        ]),
                    ])
                ]),
            ]))
    }
}
