import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import ReclaimCore

/// A local server that answers like BigCommerce's Promotions API v3 for coupon codes: `POST /v3/promotions`,
/// `POST`/`GET /v3/promotions/{id}/codes`, `PUT /v3/promotions/{id}` (status), `POST /v3/checkouts/{id}/coupons`,
/// all under `/stores/{hash}`, `X-Auth-Token` auth, `{"data": …, "meta": {}}` envelopes, and scripted faults. For
/// `reclaim connect` it also answers `GET`/`POST /v3/hooks`, `PUT /v3/hooks/{id}` and
/// `GET /v3/catalog/products?include=variants`, paged with `page`/`limit` and `meta.pagination`
/// (see `FakeBigCommerceAdmin+Connect.swift`).
public actor FakeBigCommerceAdmin {
    nonisolated public let storeHash = "abc123"
    nonisolated public let accessToken = "bc_token_0123456789"
    private var faults: [PlatformAdminFault] = []
    private var nextID = 0
    /// Promotions by id, with their one code (`code` empty until the code is added).
    public private(set) var codes: [String: PlatformAdminCode] = [:]
    /// Codes applied to checkouts, by checkout id.
    public private(set) var applied: [String: [String]] = [:]
    /// Every request's status, in order.
    public private(set) var statuses: [Int] = []
    /// Hooks, in creation order.
    public internal(set) var webhooks: [PlatformAdminWebhook] = []
    /// What the hook calls changed.
    public internal(set) var webhookChanges = PlatformAdminWebhookChanges()
    /// Products in the catalog v3 shape, variants included.
    public internal(set) var products: [JSONValue] = []
    /// The most items a page holds, whatever `limit` asks.
    public internal(set) var pageSize = 250
    var nextHookID = 20_000

    public init() {}

    /// Makes the next `count` requests fail with `fault`.
    public func failNext(_ count: Int, with fault: PlatformAdminFault) {
        self.faults += Array(repeating: fault, count: count)
    }

    /// The promotion holding this code.
    public func code(_ text: String) -> PlatformAdminCode? {
        self.codes.values.first { $0.code == text }
    }

    nonisolated public func makeRouter() -> Router<BasicRequestContext> {
        let router = Router()
        router.post("/stores/:hash/v3/promotions") { request, context in
            try await self.handle(request, context, .createPromotion)
        }
        router.put("/stores/:hash/v3/promotions/:id") { request, context in
            try await self.handle(request, context, .updatePromotion)
        }
        router.post("/stores/:hash/v3/promotions/:id/codes") { request, context in
            try await self.handle(request, context, .createCode)
        }
        router.get("/stores/:hash/v3/promotions/:id/codes") { request, context in
            try await self.handle(request, context, .listCodes)
        }
        router.post("/stores/:hash/v3/checkouts/:id/coupons") { request, context in
            try await self.handle(request, context, .applyCoupon)
        }
        router.get("/stores/:hash/v3/hooks") { request, context in try await self.handleConnect(request, context, .listHooks) }
        router.post("/stores/:hash/v3/hooks") { request, context in try await self.handleConnect(request, context, .createHook) }
        router.put("/stores/:hash/v3/hooks/:id") { request, context in try await self.handleConnect(request, context, .updateHook) }
        router.get("/stores/:hash/v3/catalog/products") { request, context in
            try await self.handleConnect(request, context, .listProducts)
        }
        return router
    }

    enum Call { case createPromotion, updatePromotion, createCode, listCodes, applyCoupon }

    private func handle(_ request: Request, _ context: BasicRequestContext, _ call: Call) async throws -> Response {
        let token = FakePlatformAdmin.header(request, "X-Auth-Token")
        let body = try await FakePlatformAdmin.body(request)
        if case .slow(let seconds) = self.faults.first {
            self.faults.removeFirst()
            try await Task.sleep(for: .seconds(seconds))
        }
        let response = self.answer(
            token: token, hash: context.parameters.get("hash") ?? "", id: context.parameters.get("id") ?? "", body: body, call: call)
        self.statuses.append(Int(response.status.code))
        return response
    }

    func record(_ status: HTTPResponse.Status) {
        self.statuses.append(Int(status.code))
    }

    /// The next scripted fault's status, consumed.
    func takeFaultStatus() -> Int? {
        guard let fault = self.faults.first else { return nil }
        self.faults.removeFirst()
        if case .status(let status) = fault { return status }
        return nil
    }

    private func answer(token: String?, hash: String, id: String, body: JSONValue, call: Call) -> Response {
        guard token == self.accessToken, hash == self.storeHash else {
            return Self.problem(.unauthorized, "Unauthorized: the access token is missing or invalid")
        }
        if let fault = self.faults.first {
            self.faults.removeFirst()
            if case .status(let status) = fault {
                var fields = HTTPFields()
                fields[.contentType] = "application/json"
                if status == 429 { fields[HTTPField.Name("X-Rate-Limit-Time-Reset-Ms")!] = "1500" }
                let text = #"{"status":\#(status),"title":"The service is temporarily unavailable"}"#
                return Response(
                    status: HTTPResponse.Status(code: status), headers: fields, body: .init(byteBuffer: ByteBuffer(string: text)))
            }
        }
        switch call {
        case .createPromotion:
            guard case .object(var promotion) = body, body["redemption_type"]?.stringValue == "COUPON", body["rules"] != nil else {
                return Self.problem(.unprocessableContent, "The promotion needs redemption_type COUPON and rules")
            }
            self.nextID += 1
            let promotionID = String(self.nextID)
            promotion["id"] = .number(Double(self.nextID))
            promotion["current_uses"] = .number(0)
            self.codes[promotionID] = PlatformAdminCode(
                id: promotionID, code: "", active: body["status"]?.stringValue == "ENABLED", request: .object(promotion))
            return FakePlatformAdmin.json(.created, .object(["data": .object(promotion), "meta": .object([:])]))
        case .updatePromotion:
            guard var promotion = self.codes[id], case .object(var members) = promotion.request, case .object(let changes) = body else {
                return Self.problem(.notFound, "The promotion was not found")
            }
            for (key, value) in changes { members[key] = value }
            promotion.request = .object(members)
            promotion.active = members["status"]?.stringValue == "ENABLED"
            self.codes[id] = promotion
            return FakePlatformAdmin.json(.ok, .object(["data": .object(members), "meta": .object([:])]))
        case .createCode:
            guard var promotion = self.codes[id] else { return Self.problem(.notFound, "The promotion was not found") }
            let code = body["code"]?.stringValue ?? ""
            if self.codes.values.contains(where: { $0.code.lowercased() == code.lowercased() }) {
                return Self.problem(.conflict, "The coupon code already exists")
            }
            guard !code.isEmpty, promotion.code.isEmpty else { return Self.problem(.unprocessableContent, "code is required") }
            promotion.code = code
            if case .object(var members) = promotion.request {
                members["code_request"] = body
                promotion.request = .object(members)
            }
            self.codes[id] = promotion
            return FakePlatformAdmin.json(.ok, .object(["data": self.codeObject(promotion), "meta": .object([:])]))
        case .listCodes:
            guard let promotion = self.codes[id] else { return Self.problem(.notFound, "The promotion was not found") }
            let list: [JSONValue] = promotion.code.isEmpty ? [] : [self.codeObject(promotion)]
            return FakePlatformAdmin.json(
                .ok,
                .object([
                    "data": .array(list),
                    "meta": .object([
                        "pagination": .object([
                            "total": .number(Double(list.count)), "count": .number(Double(list.count)), "per_page": .number(50),
                            "current_page": .number(1), "total_pages": .number(1),
                            "links": .object(["current": .string("?page=1&limit=50")]),
                        ])
                    ]),
                ]))
        case .applyCoupon:
            let code = body["coupon_code"]?.stringValue ?? ""
            guard let promotion = self.code(code), promotion.active else {
                return Self.problem(.badRequest, "The coupon code \(code) is not valid")
            }
            self.applied[id, default: []].append(code)
            return FakePlatformAdmin.json(
                .ok, .object(["data": .object(["id": .string(id), "coupons": .array([.object(["code": .string(code)])])])]))
        }
    }

    private func codeObject(_ promotion: PlatformAdminCode) -> JSONValue {
        let request = promotion.request["code_request"] ?? .null
        return .object([
            "id": .number(Double(promotion.id).map { $0 * 10 } ?? 0), "code": .string(promotion.code), "current_uses": .number(0),
            "max_uses": request["max_uses"] ?? .number(0), "created": .string("2026-12-07T22:00:00+00:00"),
        ])
    }

    static func problem(_ status: HTTPResponse.Status, _ title: String) -> Response {
        FakePlatformAdmin.json(
            status,
            .object([
                "status": .number(Double(status.code)), "title": .string(title),
                "type": .string("https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes"),
            ]))
    }
}
