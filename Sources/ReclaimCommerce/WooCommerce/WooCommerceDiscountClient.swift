import Foundation
import ReclaimCore

/// Creates single-use coupons with the WooCommerce REST API (`POST /wp-json/wc/v3/coupons`) and withdraws them.
///
/// Auth is HTTP Basic with the REST consumer key and secret (Read/Write), which WooCommerce accepts only over
/// HTTPS. Each coupon has `usage_limit: 1`, `usage_limit_per_user: 1`, `individual_use`, an expiry
/// (`date_expires_gmt`, GMT so the site's time zone cannot shift it), the shopper's email in
/// `email_restrictions`, the tier's `minimum_amount` and the eligible `product_ids` when exclusions left only some.
///
/// Withdrawing dates the coupon a day in the past (`PUT …/coupons/{id}`): WooCommerce refuses an expired
/// coupon at once, and a full day back is past whatever the site's time zone or date-only expiry handling
/// makes of it. `usage_limit: 0` would mean *unlimited*, and deleting would lose the merchant's record.
public struct WooCommerceDiscountClient: PlatformDiscountClient {
    /// The HTTP client.
    public let http: any HTTPFetching
    /// The store's address (`https://shop.example`), under which `/wp-json/wc/v3` lives.
    public let apiBaseURL: String
    /// REST consumer key (`ck_…`).
    public let consumerKey: String
    /// REST consumer secret (`cs_…`).
    public let consumerSecret: String

    /// Creates a client.
    public init(http: any HTTPFetching, apiBaseURL: String, consumerKey: String, consumerSecret: String) {
        self.http = http
        self.apiBaseURL = PlatformDiscountHTTP.trimmed(apiBaseURL)
        self.consumerKey = consumerKey
        self.consumerSecret = consumerSecret
    }

    /// `POST /wp-json/wc/v3/coupons`; see ``PlatformDiscountClient/create(_:)``.
    public func create(_ request: PlatformDiscountRequest) async throws(PlatformDiscountError) -> PlatformDiscount {
        let response = try await self.send("POST", "/wp-json/wc/v3/coupons", Self.body(request))
        guard response.status == 201 || response.status == 200 else { throw Self.error(response) }
        guard let coupon = try? JSONDecoder().decode(Coupon.self, from: response.body) else {
            throw PlatformDiscountError(.permanent, status: response.status, message: "the coupon answer has no id")
        }
        return PlatformDiscount(id: String(coupon.id), code: coupon.code ?? request.code)
    }

    /// `PUT /wp-json/wc/v3/coupons/{id}` with an expiry a day before `now`; see ``PlatformDiscountClient/deactivate(_:at:)``.
    public func deactivate(_ discount: PlatformDiscount, at now: Date) async throws(PlatformDiscountError) {
        let body: JSONValue = .object(["date_expires_gmt": .string(Self.wooDate(now.addingTimeInterval(-86_400)))])
        let response = try await self.send("PUT", "/wp-json/wc/v3/coupons/\(PlatformDiscountHTTP.segment(discount.id))", body)
        guard response.status == 200 else { throw Self.error(response) }
    }

    /// The coupon JSON for one code.
    static func body(_ request: PlatformDiscountRequest) -> JSONValue {
        var body: [String: JSONValue] = [
            "code": .string(request.code), "description": .string(request.title), "usage_limit": .number(1),
            "usage_limit_per_user": .number(1), "individual_use": .bool(true),
            "date_expires_gmt": .string(Self.wooDate(request.endsAt)),
        ]
        switch request.type {
        case .percent:
            body["discount_type"] = .string("percent")
            body["amount"] = .string(String(request.value))
        case .fixedAmount:
            body["discount_type"] = .string("fixed_cart")
            body["amount"] = .string(PlatformDiscountHTTP.decimal(minor: request.value, currency: request.currency))
        case .freeShipping:
            body["discount_type"] = .string("fixed_cart")
            body["amount"] = .string("0")
            body["free_shipping"] = .bool(true)
        }
        if let minimum = request.minimumSubtotal, minimum > 0 {
            body["minimum_amount"] = .string(PlatformDiscountHTTP.decimal(minor: minimum, currency: request.currency))
        }
        if let email = request.customerEmail, !email.isEmpty { body["email_restrictions"] = .array([.string(email)]) }
        let products = request.productIDs.compactMap(Int.init)
        if !products.isEmpty { body["product_ids"] = .array(products.map { .number(Double($0)) }) }
        return .object(body)
    }

    /// WooCommerce's date format: `2026-12-09T22:00:00` (no zone; the `_gmt` field says which).
    static func wooDate(_ date: Date) -> String {
        String(PlatformDiscountHTTP.iso8601(date).dropLast())
    }

    /// A WordPress REST error (`{"code": "woocommerce_rest_…", "message": "…", "data": {"status": 400}}`) as a
    /// ``PlatformDiscountError``; a duplicate code is ``PlatformDiscountError/Kind/codeTaken``.
    static func error(_ response: CommerceHTTPResponse) -> PlatformDiscountError {
        let wire = try? JSONDecoder().decode(WordPressError.self, from: response.body)
        let message = [wire?.code, wire?.message].compactMap { $0 }.joined(separator: ": ")
        let kind: PlatformDiscountError.Kind =
            wire?.code == "woocommerce_rest_coupon_code_already_exists"
            ? .codeTaken : PlatformDiscountError.kind(forStatus: response.status)
        return PlatformDiscountError(kind, status: response.status, message: message.isEmpty ? "HTTP \(response.status)" : message)
    }

    func send(_ method: String, _ path: String, _ body: JSONValue) async throws(PlatformDiscountError) -> CommerceHTTPResponse {
        let credentials = Data("\(self.consumerKey):\(self.consumerSecret)".utf8).base64EncodedString()
        let request = CommerceHTTPRequest(
            method: method, url: self.apiBaseURL + path,
            headers: ["Authorization": "Basic \(credentials)", "Content-Type": "application/json", "Accept": "application/json"],
            body: PlatformDiscountHTTP.body(body))
        return try await PlatformDiscountHTTP.send(self.http, request)
    }

    struct Coupon: Decodable {
        var id: Int
        var code: String?
    }

    struct WordPressError: Decodable {
        var code: String?
        var message: String?
    }
}
