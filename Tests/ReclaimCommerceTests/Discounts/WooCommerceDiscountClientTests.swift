import Foundation
import ReclaimCore
import ReclaimTestSupport
import Testing

@testable import ReclaimCommerce

/// ``WooCommerceDiscountClient`` against a stand-in that answers like the REST API v3.
@Suite struct WooCommerceDiscountClientTests {
    typealias F = DiscountClientFixtures

    static func withWoo(
        secret: String? = nil, _ body: @Sendable @escaping (FakeWooCommerceAdmin, WooCommerceDiscountClient) async throws -> Void
    ) async throws {
        let woo = FakeWooCommerceAdmin()
        try await LocalHTTPServer.run(woo.makeRouter) { base in
            let client = WooCommerceDiscountClient(
                http: F.fetcher, apiBaseURL: base, consumerKey: woo.consumerKey, consumerSecret: secret ?? woo.consumerSecret)
            try await body(woo, client)
        }
    }

    @Test func createsASingleUseCouponWithItsLimits() async throws {
        try await Self.withWoo { woo, client in
            let created = try await client.create(F.request(code: "K7XQ3MRA9P", products: ["93", "22"]))
            #expect(created.id == "720")
            let coupon = try #require(await woo.code("K7XQ3MRA9P")).request
            #expect(coupon["discount_type"] == .string("percent"))
            #expect(coupon["amount"] == .string("10"))
            #expect(coupon["usage_limit"] == .number(1))
            #expect(coupon["usage_limit_per_user"] == .number(1))
            #expect(coupon["individual_use"] == .bool(true))
            #expect(coupon["date_expires_gmt"] == .string("2026-12-09T22:00:00"))
            #expect(coupon["email_restrictions"] == .array([.string("ada@example.com")]))
            #expect(coupon["product_ids"] == .array([.number(93), .number(22)]))
            #expect(coupon["minimum_amount"] == .string("50.00"))
            #expect(await woo.isUsable("K7XQ3MRA9P", at: F.now))
        }
    }

    @Test func theBodyUsesTheDocsExampleFieldsAndTypes() throws {
        let example = try JSONDecoder().decode(
            JSONValue.self, from: Fixture.data("discounts/woocommerce_coupon_create_request.wp-api-v3-docs.json"))
        let ours = WooCommerceDiscountClient.body(F.request(code: "10off"))
        for key in ["code", "discount_type", "amount", "individual_use", "minimum_amount"] {
            // Same field, same JSON type (amounts are strings even for percentages).
            #expect(String(describing: ours[key]).prefix(6) == String(describing: example[key]).prefix(6), "\(key)")
        }
    }

    @Test func theDocsExampleResponseDecodes() throws {
        let coupon = try JSONDecoder().decode(
            WooCommerceDiscountClient.Coupon.self, from: Fixture.data("discounts/woocommerce_coupon_create_response.wp-api-v3-docs.json"))
        #expect(coupon.id == 719 && coupon.code == "10off")
    }

    @Test func fixedAmountsAndFreeShipping() async throws {
        try await Self.withWoo { woo, client in
            _ = try await client.create(F.request(code: "FIXED2345A", type: .fixedAmount, value: 1_250))
            _ = try await client.create(F.request(code: "SHIPS2345A", type: .freeShipping, value: 0))
            #expect(await woo.code("FIXED2345A")?.request["discount_type"] == .string("fixed_cart"))
            #expect(await woo.code("FIXED2345A")?.request["amount"] == .string("12.50"))
            #expect(await woo.code("SHIPS2345A")?.request["free_shipping"] == .bool(true))
        }
    }

    @Test func issuingTheHigherTierExpiresTheLowerOne() async throws {
        try await Self.withWoo { woo, client in
            let lower = try await client.create(F.request(code: "TIER12345A"))
            _ = try await client.create(F.request(code: "TIER22345B", tier: 2))
            try await client.deactivate(lower, at: F.now)
            #expect(await woo.code("TIER12345A")?.request["date_expires_gmt"] == .string("2026-12-06T22:00:00"))
            #expect(await !woo.isUsable("TIER12345A", at: F.now))
            #expect(await woo.isUsable("TIER22345B", at: F.now))
        }
    }

    @Test(arguments: [PlatformAdminFault.status(502), .status(503), .status(429), .slow(seconds: 3)])
    func outagesAreRetryable(_ fault: PlatformAdminFault) async throws {
        try await Self.withWoo { woo, client in
            await woo.failNext(1, with: fault)
            let error = await #expect(throws: PlatformDiscountError.self) { try await client.create(F.request(code: "RETRY2345A")) }
            #expect(error?.kind == .retryable)
            #expect(await woo.code("RETRY2345A") == nil)
        }
    }

    @Test func badKeysArePermanentWithWooCommercesMessage() async throws {
        try await Self.withWoo(secret: "cs_wrong") { woo, client in
            let error = await #expect(throws: PlatformDiscountError.self) { try await client.create(F.request(code: "AUTH2345AB")) }
            #expect(error?.kind == .permanent)
            #expect(error?.status == 401)
            #expect(error?.message.hasPrefix("woocommerce_rest_cannot_create") == true)
        }
    }

    @Test func aDuplicateCodeAsksForAnotherCode() async throws {
        try await Self.withWoo { woo, client in
            _ = try await client.create(F.request(code: "TWICE2345A"))
            let error = await #expect(throws: PlatformDiscountError.self) { try await client.create(F.request(code: "twice2345a")) }
            #expect(error?.kind == .codeTaken)
        }
    }
}
