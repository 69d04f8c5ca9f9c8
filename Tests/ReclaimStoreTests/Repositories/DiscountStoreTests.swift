import Foundation
import ReclaimCore
import ReclaimTestSupport
import SQLKit
import Testing

@testable import ReclaimStore

extension Repositories {
    @Suite struct DiscountStoreTests {
        private func discount(
            cartID: String, code: String = Fixture.id("CODE"), tier: Int = 1, expires: Double = 86_400,
            created: Double = 0
        ) -> Discount {
            Discount(
                id: Fixture.id("dsc"), storeID: "northwind", cartID: cartID, code: code, type: .percent,
                value: 10 * tier, tier: tier, expiresAt: Fixture.at(expires), platformID: "gid://shopify/PriceRule/1",
                createdAt: Fixture.at(created))
        }

        @Test(arguments: TestBackend.enabledCases)
        func insertRoundTripsEveryFieldAndCodesAreUnique(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let cart = try await repos.carts.upsert(Fixture.cart())
                let other = try await repos.carts.upsert(Fixture.cart())
                let full = self.discount(cartID: cart.id, code: "BACK-7Q2X")
                let plain = Discount(
                    id: Fixture.id("dsc"), storeID: "northwind", cartID: cart.id, code: "SHIP-1",
                    type: .freeShipping, value: 0, tier: 2, expiresAt: Fixture.at(60), status: .expired,
                    createdAt: Fixture.t0)
                #expect(try await repos.discounts.insert(full) == .inserted(full))
                #expect(try await repos.discounts.insert(plain) == .inserted(plain))
                #expect(try await repos.discounts.find(storeID: "northwind", code: "BACK-7Q2X") == full)
                #expect(try await repos.discounts.list(cartID: cart.id) == [full, plain])

                let collision = try await repos.discounts.insert(self.discount(cartID: other.id, code: "BACK-7Q2X"))
                #expect(collision == .duplicate(full))
                await #expect(throws: (any Error).self) {
                    try await repos.database.insert(into: "discounts")
                        .record(self.discount(cartID: other.id, code: "BACK-7Q2X").sqlRecord()).run()
                }
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func aNewTierSupersedesTheCartsOlderCodes(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let cart = try await repos.carts.upsert(Fixture.cart())
                let tier1 = self.discount(cartID: cart.id, tier: 1)
                let tier2 = self.discount(cartID: cart.id, tier: 2, created: 10)
                _ = try await repos.discounts.insert(tier1)
                #expect(try await repos.discounts.active(cartID: cart.id, at: Fixture.at(5)) == tier1)
                _ = try await repos.discounts.insert(tier2)
                #expect(try await repos.discounts.supersede(cartID: cart.id, keepingID: tier2.id) == 1)
                #expect(try await repos.discounts.active(cartID: cart.id, at: Fixture.at(20)) == tier2)
                #expect(try await repos.discounts.find(storeID: "northwind", code: tier1.code)?.status == .superseded)
                // Expired codes are not active.
                #expect(try await repos.discounts.active(cartID: cart.id, at: Fixture.at(86_400)) == nil)
                #expect(try await repos.discounts.expire(before: Fixture.at(86_400)) == 1)
                #expect(try await repos.discounts.find(storeID: "northwind", code: tier2.code)?.status == .expired)
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func markRedeemedIsIdempotent(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let cart = try await repos.carts.upsert(Fixture.cart())
                let code = self.discount(cartID: cart.id)
                _ = try await repos.discounts.insert(code)
                let redeemed = try await repos.discounts.markRedeemed(storeID: "northwind", code: code.code)
                #expect(redeemed?.status == .redeemed)
                #expect(try await repos.discounts.markRedeemed(storeID: "northwind", code: code.code) == redeemed)
                #expect(try await repos.discounts.markRedeemed(storeID: "northwind", code: "NOPE") == nil)
                #expect(try await repos.discounts.active(cartID: cart.id, at: Fixture.t0) == nil)
            }
        }
    }
}
