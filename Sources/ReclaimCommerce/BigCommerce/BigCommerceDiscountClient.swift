import Foundation
import ReclaimCore

/// Creates single-use coupon codes with BigCommerce's Promotions API v3 and withdraws them.
///
/// One promotion per code (`POST /v3/promotions`, `redemption_type: COUPON`, `max_uses: 1`, the tier's rule,
/// `minimum_spend`, `end_date`), then its one code (`POST /v3/promotions/{id}/codes`, `max_uses: 1`,
/// `max_uses_per_customer: 1`). One promotion per code because each code carries its own cart's minimum,
/// products and expiry. The ``PlatformDiscount/id`` is `promotionID/codeID`. Withdrawing sets the promotion's
/// `status` to `DISABLED`. Auth is `X-Auth-Token` (scope "Marketing: modify").
///
/// BigCommerce has no documented storefront link that applies a code to a shopper's own cart:
/// ``applyToCheckout(cartID:code:)`` applies it by API (the checkout id is the cart id), and the message then
/// links to the cart's redirect URL.
public struct BigCommerceDiscountClient: PlatformDiscountClient {
    /// The HTTP client.
    public let http: any HTTPFetching
    /// `https://api.bigcommerce.com`, or a local stand-in.
    public let apiBaseURL: String
    /// The store hash.
    public let storeHash: String
    /// The API account's access token.
    public let accessToken: String

    /// Creates a client.
    public init(http: any HTTPFetching, apiBaseURL: String = BigCommerceAPI.defaultBaseURL, storeHash: String, accessToken: String) {
        self.http = http
        self.apiBaseURL = PlatformDiscountHTTP.trimmed(apiBaseURL)
        self.storeHash = storeHash
        self.accessToken = accessToken
    }

    /// Creates the promotion and its code; see ``PlatformDiscountClient/create(_:)``.
    public func create(_ request: PlatformDiscountRequest) async throws(PlatformDiscountError) -> PlatformDiscount {
        let created = try await self.send("POST", "/v3/promotions", Self.promotion(request))
        guard created.status == 200 || created.status == 201 else { throw Self.error(created) }
        guard let promotion = Self.decodeID(created.body) else {
            throw PlatformDiscountError(.permanent, status: created.status, message: "the promotion answer has no data.id")
        }
        let codeBody: JSONValue = .object([
            "code": .string(request.code), "max_uses": .number(1), "max_uses_per_customer": .number(1),
        ])
        let code = try await self.send("POST", "/v3/promotions/\(promotion)/codes", codeBody)
        guard code.status == 200 || code.status == 201, let codeID = Self.decodeID(code.body) else {
            // A promotion without its code can never apply (redemption_type COUPON); disable it so the merchant's
            // list stays clean, and report the code's failure.
            _ = try? await self.send("PUT", "/v3/promotions/\(promotion)", .object(["status": .string("DISABLED")]))
            var error = Self.error(code)
            if code.status == 409 || (code.status == 422 && error.message.lowercased().contains("exist")) { error.kind = .codeTaken }
            throw error
        }
        return PlatformDiscount(id: "\(promotion)/\(codeID)", code: request.code)
    }

    /// Disables the code's promotion; see ``PlatformDiscountClient/deactivate(_:at:)``.
    public func deactivate(_ discount: PlatformDiscount, at now: Date) async throws(PlatformDiscountError) {
        let promotion = discount.id.split(separator: "/").first.map(String.init) ?? discount.id
        let response = try await self.send(
            "PUT", "/v3/promotions/\(BigCommerceAPI.escape(promotion))", .object(["status": .string("DISABLED")]))
        guard response.status == 200 else { throw Self.error(response) }
    }

    /// Applies a created code to the shopper's checkout (`POST /v3/checkouts/{cartID}/coupons`), so the cart's
    /// redirect URL opens with the discount in place.
    /// - Parameters:
    ///   - cartID: The BigCommerce cart id (the checkout id).
    ///   - code: The code.
    /// - Throws: ``PlatformDiscountError``.
    public func applyToCheckout(cartID: String, code: String) async throws(PlatformDiscountError) {
        let response = try await self.send(
            "POST", "/v3/checkouts/\(BigCommerceAPI.escape(cartID))/coupons", .object(["coupon_code": .string(code)]))
        guard response.status == 200 || response.status == 201 else { throw Self.error(response) }
    }

    /// The promotion JSON for one code.
    static func promotion(_ request: PlatformDiscountRequest) -> JSONValue {
        let amount: JSONValue =
            switch request.type {
            case .percent: .object(["percentage_amount": .string(String(request.value))])
            case .fixedAmount:
                .object(["fixed_amount": .string(PlatformDiscountHTTP.decimal(minor: request.value, currency: request.currency))])
            case .freeShipping: .null
            }
        var rule: [String: JSONValue] = ["apply_once": .bool(true), "stop": .bool(true)]
        if request.type == .freeShipping {
            rule["action"] = .object(["shipping": .object(["free_shipping": .bool(true)])])
        } else if request.productIDs.isEmpty {
            rule["action"] = .object(["cart_value": .object(["discount": amount])])
        } else {
            let products = request.productIDs.compactMap(Int.init).map { JSONValue.number(Double($0)) }
            rule["action"] = .object([
                "cart_items": .object(["discount": amount, "items": .object(["products": .array(products)])])
            ])
        }
        if let minimum = request.minimumSubtotal, minimum > 0 {
            rule["condition"] = .object([
                "cart": .object(["minimum_spend": .string(PlatformDiscountHTTP.decimal(minor: minimum, currency: request.currency))])
            ])
        }
        return .object([
            "name": .string(request.title), "redemption_type": .string("COUPON"), "status": .string("ENABLED"),
            "start_date": .string(PlatformDiscountHTTP.iso8601(request.startsAt)),
            "end_date": .string(PlatformDiscountHTTP.iso8601(request.endsAt)), "max_uses": .number(1),
            "currency_code": .string(request.currency), "can_be_used_with_other_promotions": .bool(false),
            "rules": .array([.object(rule)]),
        ])
    }

    /// `{"data": {"id": 7, …}}`, or the bare object.
    static func decodeID(_ body: Data) -> Int? {
        struct Identified: Decodable { var id: Int }
        struct Wrapped: Decodable { var data: Identified }
        if let wrapped = try? JSONDecoder().decode(Wrapped.self, from: body) { return wrapped.data.id }
        return (try? JSONDecoder().decode(Identified.self, from: body))?.id
    }

    /// A v3 error (`{"status": 422, "title": "…", "errors": {…}}`) as a ``PlatformDiscountError``.
    static func error(_ response: CommerceHTTPResponse) -> PlatformDiscountError {
        struct Problem: Decodable {
            var title: String?
            var detail: String?
        }
        let problem = try? JSONDecoder().decode(Problem.self, from: response.body)
        let message = [problem?.title, problem?.detail].compactMap { $0 }.joined(separator: ": ")
        return PlatformDiscountError(
            PlatformDiscountError.kind(forStatus: response.status), status: response.status,
            message: message.isEmpty ? "HTTP \(response.status)" : message)
    }

    func send(_ method: String, _ path: String, _ body: JSONValue) async throws(PlatformDiscountError) -> CommerceHTTPResponse {
        let request = CommerceHTTPRequest(
            method: method, url: "\(self.apiBaseURL)/stores/\(BigCommerceAPI.escape(self.storeHash))\(path)",
            headers: BigCommerceAPI.headers(accessToken: self.accessToken), body: PlatformDiscountHTTP.body(body))
        return try await PlatformDiscountHTTP.send(self.http, request)
    }
}
