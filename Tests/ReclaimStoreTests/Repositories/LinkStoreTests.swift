import Foundation
import ReclaimCore
import ReclaimTestSupport
import SQLKit
import Testing

@testable import ReclaimStore

extension Repositories {
    @Suite struct LinkStoreTests {
        @Test(arguments: TestBackend.enabledCases)
        func createAndResolveRoundTripEveryField(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let cart = try await repos.carts.upsert(Fixture.cart())
                let message = try await repos.messages.insertOutbound(Fixture.outbound(cartID: cart.id)).value
                let full = TrackedLink(
                    token: "Xy7", storeID: "northwind", messageID: message.id, cartID: cart.id,
                    targetURL: "https://shop.example.com/cart?discount=BACK10", createdAt: Fixture.t0)
                let bare = TrackedLink(
                    token: "Ab1", storeID: "northwind", targetURL: "https://shop.example.com/",
                    createdAt: Fixture.at(1))
                #expect(try await repos.links.create(full) == .inserted(full))
                #expect(try await repos.links.create(bare) == .inserted(bare))
                #expect(try await repos.links.resolve(token: "Xy7") == full)
                #expect(try await repos.links.resolve(token: "Ab1") == bare)
                #expect(try await repos.links.resolve(token: "xy7") == nil)
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func tokensAreUnique(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let first = TrackedLink(token: "T1", storeID: "northwind", targetURL: "https://a.example", createdAt: Fixture.t0)
                let second = TrackedLink(token: "T1", storeID: "other", targetURL: "https://b.example", createdAt: Fixture.t0)
                _ = try await repos.links.create(first)
                #expect(try await repos.links.create(second) == .duplicate(first))
                await #expect(throws: (any Error).self) {
                    try await repos.database.insert(into: "tracked_links").record(second.sqlRecord()).run()
                }
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func clicksAreRecordedOnceAndListedByCartMessageAndToken(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let cart = try await repos.carts.upsert(Fixture.cart())
                let message = try await repos.messages.insertOutbound(Fixture.outbound(cartID: cart.id)).value
                _ = try await repos.links.create(
                    TrackedLink(
                        token: "T1", storeID: "northwind", messageID: message.id,
                        cartID: cart.id, targetURL: "https://a.example", createdAt: Fixture.t0))
                let later = Click(
                    id: Fixture.id("clk"), storeID: "northwind", token: "T1", messageID: message.id,
                    cartID: cart.id, ip: "203.0.113.9", userAgent: "iPhone", clickedAt: Fixture.at(20))
                let earlier = Click(
                    id: Fixture.id("clk"), storeID: "northwind", token: "T1", messageID: message.id,
                    cartID: cart.id, clickedAt: Fixture.at(10))
                #expect(try await repos.links.recordClick(later))
                #expect(try await repos.links.recordClick(earlier))
                #expect(try await repos.links.recordClick(later) == false)
                #expect(try await repos.links.clicks(cartID: cart.id) == [earlier, later])
                #expect(try await repos.links.clicks(messageID: message.id) == [earlier, later])
                #expect(try await repos.links.clicks(token: "T1") == [earlier, later])
                await #expect(throws: (any Error).self) {
                    try await repos.links.recordClick(Click(id: "c", storeID: "northwind", token: "nope", clickedAt: Fixture.t0))
                }
            }
        }
    }
}
