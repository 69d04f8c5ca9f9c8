import Foundation
import ReclaimCore
import ReclaimTestSupport
import Testing

@testable import ReclaimCommerce

/// ``BigCommerceDiscountClient`` against a stand-in that answers like the Promotions API v3.
@Suite struct BigCommerceDiscountClientTests {
    typealias F = DiscountClientFixtures

    static func withBigCommerce(
        token: String? = nil, _ body: @Sendable @escaping (FakeBigCommerceAdmin, BigCommerceDiscountClient) async throws -> Void
    ) async throws {
        let bigcommerce = FakeBigCommerceAdmin()
        try await LocalHTTPServer.run(bigcommerce.makeRouter) { base in
            let client = BigCommerceDiscountClient(
                http: F.fetcher, apiBaseURL: base, storeHash: bigcommerce.storeHash, accessToken: token ?? bigcommerce.accessToken)
            try await body(bigcommerce, client)
        }
    }

    @Test func createsAPromotionWithOneSingleUseCode() async throws {
        try await Self.withBigCommerce { bigcommerce, client in
            let created = try await client.create(F.request(code: "K7XQ3MRA9P"))
            #expect(created.id == "1/10")
            let promotion = try #require(await bigcommerce.code("K7XQ3MRA9P")).request
            #expect(promotion["redemption_type"] == .string("COUPON"))
            #expect(promotion["status"] == .string("ENABLED"))
            #expect(promotion["max_uses"] == .number(1))
            #expect(promotion["end_date"] == .string("2026-12-09T22:00:00Z"))
            #expect(promotion["code_request"]?["max_uses"] == .number(1))
            #expect(promotion["code_request"]?["max_uses_per_customer"] == .number(1))
            guard case .array(let rules) = promotion["rules"], let rule = rules.first else { throw CommerceError.missingField("rules") }
            #expect(rule["action"]?["cart_value"]?["discount"]?["percentage_amount"] == .string("10"))
            #expect(rule["condition"]?["cart"]?["minimum_spend"] == .string("50.00"))
        }
    }

    @Test func theRuleHasTheShapeOfTheDocsExample() throws {
        let example = try JSONDecoder().decode(
            JSONValue.self, from: Fixture.data("discounts/bigcommerce_promotion_coupon_response.docs-example.json"))
        let ours = BigCommerceDiscountClient.promotion(F.request(code: "A", type: .fixedAmount, value: 3_000))
        guard case .array(let documented) = example["rules"], case .array(let rules) = ours["rules"] else {
            throw CommerceError.missingField("rules")
        }
        // The docs write {"cart_value": {"discount": {"fixed_amount": "30"}}}; ours carries the currency's decimals.
        #expect(documented.first?["action"]?["cart_value"]?["discount"]?["fixed_amount"] == .string("30"))
        #expect(rules.first?["action"]?["cart_value"]?["discount"]?["fixed_amount"] == .string("30.00"))
        #expect(rules.first?["condition"]?["cart"]?["minimum_spend"] != nil)
        #expect(ours["redemption_type"] == example["redemption_type"])
    }

    @Test func theDocsCodeListDecodes() throws {
        struct List: Decodable {
            struct Code: Decodable {
                var id: Int
                var code: String
                var maxUses: Int
            }
            var data: [Code]
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let list = try decoder.decode(
            List.self, from: Fixture.data("discounts/bigcommerce_promotion_codes_list_response.docs-example.json"))
        #expect(list.data.first?.code == "30off100")
        #expect(BigCommerceDiscountClient.decodeID(Data(#"{"data": {"id": 7, "code": "X"}, "meta": {}}"#.utf8)) == 7)
    }

    @Test func issuingTheHigherTierDisablesTheLowerOneAndAppliesToTheCheckout() async throws {
        try await Self.withBigCommerce { bigcommerce, client in
            let lower = try await client.create(F.request(code: "TIER12345A"))
            _ = try await client.create(F.request(code: "TIER22345B", tier: 2))
            try await client.deactivate(lower, at: F.now)
            #expect(await bigcommerce.code("TIER12345A")?.active == false)
            #expect(await bigcommerce.code("TIER22345B")?.active == true)
            try await client.applyToCheckout(cartID: "3cae6525", code: "TIER22345B")
            #expect(await bigcommerce.applied["3cae6525"] == ["TIER22345B"])
            let refused = await #expect(throws: PlatformDiscountError.self) {
                try await client.applyToCheckout(cartID: "3cae6525", code: "TIER12345A")
            }
            #expect(refused?.kind == .permanent)
        }
    }

    @Test(arguments: [PlatformAdminFault.status(502), .status(429), .slow(seconds: 3)])
    func outagesAreRetryable(_ fault: PlatformAdminFault) async throws {
        try await Self.withBigCommerce { bigcommerce, client in
            await bigcommerce.failNext(1, with: fault)
            let error = await #expect(throws: PlatformDiscountError.self) { try await client.create(F.request(code: "RETRY2345A")) }
            #expect(error?.kind == .retryable)
            #expect(await bigcommerce.code("RETRY2345A") == nil)
        }
    }

    @Test func aBadTokenIsPermanent() async throws {
        try await Self.withBigCommerce(token: "wrong") { bigcommerce, client in
            let error = await #expect(throws: PlatformDiscountError.self) { try await client.create(F.request(code: "AUTH2345AB")) }
            #expect(error?.kind == .permanent)
            #expect(error?.status == 401)
            #expect(error?.message.contains("Unauthorized") == true)
        }
    }

    @Test func aDuplicateCodeAsksForAnotherCodeAndDisablesTheEmptyPromotion() async throws {
        try await Self.withBigCommerce { bigcommerce, client in
            _ = try await client.create(F.request(code: "TWICE2345A"))
            let error = await #expect(throws: PlatformDiscountError.self) { try await client.create(F.request(code: "TWICE2345A")) }
            #expect(error?.kind == .codeTaken)
            #expect(await bigcommerce.codes["2"]?.active == false)
        }
    }
}
