import Foundation
import ReclaimCore
import ReclaimTestSupport
import Testing

@testable import ReclaimCommerce

/// ``ShopifyDiscountClient`` against a stand-in that answers like the Admin GraphQL API.
@Suite struct ShopifyDiscountClientTests {
    typealias F = DiscountClientFixtures

    static func withShopify(
        token: String? = nil, _ body: @Sendable @escaping (FakeShopifyAdmin, ShopifyDiscountClient) async throws -> Void
    ) async throws {
        let shopify = FakeShopifyAdmin()
        try await LocalHTTPServer.run(shopify.makeRouter) { base in
            let client = ShopifyDiscountClient(
                http: F.fetcher, shopDomain: "northwind.myshopify.com", apiBaseURL: base, adminToken: token ?? shopify.adminToken)
            try await body(shopify, client)
        }
    }

    @Test func createsASingleUseCodeWithItsLimits() async throws {
        try await Self.withShopify { shopify, client in
            let created = try await client.create(F.request(code: "K7XQ3MRA9P", products: ["632910392"]))
            #expect(created.id.hasPrefix("gid://shopify/DiscountCodeNode/"))
            let input = try #require(await shopify.code("K7XQ3MRA9P")).request
            #expect(input["usageLimit"] == .number(1))
            #expect(input["appliesOncePerCustomer"] == .bool(true))
            #expect(input["startsAt"] == .string("2026-12-07T22:00:00Z"))
            #expect(input["endsAt"] == .string("2026-12-09T22:00:00Z"))
            #expect(input["minimumRequirement"]?["subtotal"]?["greaterThanOrEqualToSubtotal"] == .string("50.00"))
            #expect(input["customerGets"]?["value"]?["percentage"] == .number(0.1))
            #expect(
                input["customerGets"]?["items"]?["products"]?["productsToAdd"] == .array([.string("gid://shopify/Product/632910392")]))
            #expect(input["context"]?["customers"]?["add"] == .array([.string("gid://shopify/Customer/207119551")]))
        }
    }

    @Test func theInputCarriesEveryFieldOfTheDocsExample() throws {
        let example = try JSONDecoder().decode(
            JSONValue.self, from: Fixture.data("discounts/shopify_discountCodeBasicCreate_variables.shopify-dev-example.json"))
        guard case .object(let documented) = example["basicCodeDiscount"],
            case .object(let ours) = ShopifyDiscountClient.input(F.request(code: "A"))
        else { throw CommerceError.malformedPayload("not objects") }
        // customerSelection is the pre-2025 spelling of context.
        let expected = Set(documented.keys).subtracting(["customerSelection"]).union(["context"])
        #expect(expected.isSubset(of: Set(ours.keys)))
        #expect(ours["customerGets"]?["value"] != nil && ours["customerGets"]?["items"] != nil)
    }

    @Test func fixedAmountsAndFreeShippingUseTheirOwnShapes() async throws {
        try await Self.withShopify { shopify, client in
            _ = try await client.create(F.request(code: "FIXED2345A", type: .fixedAmount, value: 1_250))
            _ = try await client.create(F.request(code: "SHIPS2345A", type: .freeShipping, value: 0))
            let fixed = try #require(await shopify.code("FIXED2345A")).request
            #expect(fixed["customerGets"]?["value"]?["discountAmount"]?["amount"] == .string("12.50"))
            #expect(fixed["customerGets"]?["items"]?["all"] == .bool(true))
            let shipping = try #require(await shopify.code("SHIPS2345A")).request
            #expect(shipping["destination"]?["all"] == .bool(true))
            #expect(shipping["customerGets"] == nil)
        }
    }

    @Test func issuingTheHigherTierDeactivatesTheLowerOne() async throws {
        try await Self.withShopify { shopify, client in
            let lower = try await client.create(F.request(code: "TIER12345A"))
            _ = try await client.create(F.request(code: "TIER22345B", tier: 2))
            try await client.deactivate(lower, at: F.now)
            #expect(await shopify.code("TIER12345A")?.active == false)
            #expect(await shopify.code("TIER22345B")?.active == true)
        }
    }

    @Test(arguments: [PlatformAdminFault.status(502), .status(503), .status(429), .throttled, .slow(seconds: 3)])
    func outagesAndThrottlingAreRetryable(_ fault: PlatformAdminFault) async throws {
        try await Self.withShopify { shopify, client in
            await shopify.failNext(1, with: fault)
            let error = await #expect(throws: PlatformDiscountError.self) { try await client.create(F.request(code: "RETRY2345A")) }
            #expect(error?.kind == .retryable)
            // Nothing was created, and the retry succeeds.
            #expect(await shopify.code("RETRY2345A") == nil)
            _ = try await client.create(F.request(code: "RETRY2345A"))
            #expect(await shopify.code("RETRY2345A")?.active == true)
        }
    }

    @Test func aBadTokenIsPermanentWithShopifysMessage() async throws {
        try await Self.withShopify(token: "shpat_wrong") { shopify, client in
            let error = await #expect(throws: PlatformDiscountError.self) { try await client.create(F.request(code: "AUTH2345AB")) }
            #expect(error?.kind == .permanent)
            #expect(error?.status == 401)
            #expect(error?.message.contains("Invalid API key or access token") == true)
        }
    }

    @Test func aDuplicateCodeAsksForAnotherCode() async throws {
        try await Self.withShopify { shopify, client in
            _ = try await client.create(F.request(code: "TWICE2345A"))
            let error = await #expect(throws: PlatformDiscountError.self) { try await client.create(F.request(code: "TWICE2345A")) }
            #expect(error?.kind == .codeTaken)
            #expect(error?.message.contains("basicCodeDiscount.code: Code must be unique") == true)
        }
    }

    @Test func deactivatingAnUnknownCodeIsPermanent() async throws {
        try await Self.withShopify { shopify, client in
            let error = await #expect(throws: PlatformDiscountError.self) {
                try await client.deactivate(PlatformDiscount(id: "gid://shopify/DiscountCodeNode/1", code: "GONE"), at: F.now)
            }
            #expect(error?.kind == .permanent)
        }
    }
}
