import Foundation
import ReclaimCore
import ReclaimTestSupport
import SQLKit
import Testing

@testable import ReclaimStore

extension Repositories {
    @Suite struct CartStoreTests {
        @Test(arguments: TestBackend.enabledCases)
        func upsertRoundTripsEveryField(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let contact = try await repos.contacts.upsert(Fixture.contact())
                var full = Fixture.cart(contactID: contact.id, status: .recovered)
                full.abandonedAt = Fixture.at(1800)
                full.recoveredAt = Fixture.at(3600)
                full.recoveredOrderID = "ord_1"
                let minimal = Cart(
                    id: Fixture.id("cart"), storeID: "northwind", source: .events, externalID: "e-1", items: [],
                    subtotal: .zero("EUR"), lastActivityAt: Fixture.t0, createdAt: Fixture.t0, updatedAt: Fixture.t0)

                #expect(try await repos.carts.upsert(full) == full)
                #expect(try await repos.carts.upsert(minimal) == minimal)
                #expect(try await repos.carts.get(id: full.id) == full)
                #expect(try await repos.carts.get(id: minimal.id) == minimal)
                #expect(try await repos.carts.find(storeID: "northwind", source: .shopify, externalID: full.externalID) == full)
                #expect(try await repos.carts.find(storeID: "northwind", source: .woocommerce, externalID: full.externalID) == nil)
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func upsertUpdatesTheCartWithTheSamePlatformID(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                // Given
                let contact = try await repos.contacts.upsert(Fixture.contact())
                let first = try await repos.carts.upsert(Fixture.cart(externalID: "tok", contactID: contact.id))
                _ = try await repos.carts.updateStatus(id: first.id, to: .abandoned, at: Fixture.at(30))
                // When: a later event with fewer lines and no contact
                var later = Fixture.cart(externalID: "tok", lastActivity: Fixture.at(60))
                later.items = [Fixture.items[1]]
                later.subtotal = Money(minor: 900, currency: "USD")
                later.ip = nil
                let stored = try await repos.carts.upsert(later)
                // Then
                #expect(stored.id == first.id)
                #expect(stored.items == [Fixture.items[1]])
                #expect(stored.subtotal == Money(minor: 900, currency: "USD"))
                #expect(stored.contactID == contact.id)
                #expect(stored.ip == "203.0.113.7")
                #expect(stored.status == .abandoned)
                #expect(stored.abandonedAt == Fixture.at(30))
                #expect(stored.lastActivityAt == Fixture.at(60))
                #expect(stored.createdAt == Fixture.t0)
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func aStaleEventChangesNothing(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let current = try await repos.carts.upsert(Fixture.cart(externalID: "tok", lastActivity: Fixture.at(60)))
                var stale = Fixture.cart(externalID: "tok", lastActivity: Fixture.at(10))
                stale.items = []
                #expect(try await repos.carts.upsert(stale) == current)
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func theUniqueIndexRefusesASecondCartWithTheSamePlatformID(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                try await repos.database.insert(into: "carts").record(Fixture.cart(externalID: "tok").sqlRecord()).run()
                await #expect(throws: (any Error).self) {
                    try await repos.database.insert(into: "carts").record(Fixture.cart(externalID: "tok").sqlRecord()).run()
                }
                try await repos.database.insert(into: "carts").record(Fixture.cart(store: "other", externalID: "tok").sqlRecord()).run()
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func updateStatusComparesAndSets(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let cart = try await repos.carts.upsert(Fixture.cart())
                let abandoned = try await repos.carts.updateStatus(id: cart.id, to: .abandoned, from: [.open], at: Fixture.at(5))
                #expect(abandoned?.status == .abandoned)
                #expect(abandoned?.abandonedAt == Fixture.at(5))
                #expect(abandoned?.updatedAt == Fixture.at(5))
                #expect(try await repos.carts.updateStatus(id: cart.id, to: .abandoned, from: [.open], at: Fixture.at(6)) == nil)

                let recovered = try await repos.carts.updateStatus(
                    id: cart.id, to: .recovered, from: [.open, .abandoned], at: Fixture.at(9), recoveredOrderID: "ord_9")
                #expect(recovered?.recoveredAt == Fixture.at(9))
                #expect(recovered?.recoveredOrderID == "ord_9")
                #expect(recovered?.abandonedAt == Fixture.at(5))
                #expect(try await repos.carts.updateStatus(id: "missing", to: .deleted, at: Fixture.t0) == nil)
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func abandonmentCandidatesAreOpenCartsIdleSinceTheCutoff(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let old = try await repos.carts.upsert(Fixture.cart(lastActivity: Fixture.at(0)))
                let older = try await repos.carts.upsert(Fixture.cart(store: "other", lastActivity: Fixture.at(-60)))
                let atCutoff = try await repos.carts.upsert(Fixture.cart(lastActivity: Fixture.at(100)))
                _ = try await repos.carts.upsert(Fixture.cart(lastActivity: Fixture.at(101)))
                _ = try await repos.carts.upsert(Fixture.cart(status: .recovered, lastActivity: Fixture.at(-100)))

                let all = try await repos.carts.abandonmentCandidates(before: Fixture.at(100), limit: 10)
                #expect(all.map(\.id) == [older.id, old.id, atCutoff.id])
                let firstTwo = try await repos.carts.abandonmentCandidates(before: Fixture.at(100), limit: 2)
                #expect(firstTwo.map(\.id) == [older.id, old.id])
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func listFiltersByStoreAndStatusNewestFirst(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let a = try await repos.carts.upsert(Fixture.cart(lastActivity: Fixture.at(1)))
                let b = try await repos.carts.upsert(Fixture.cart(status: .abandoned, lastActivity: Fixture.at(2)))
                let c = try await repos.carts.upsert(Fixture.cart(lastActivity: Fixture.at(3)))
                _ = try await repos.carts.upsert(Fixture.cart(store: "other"))
                #expect(try await repos.carts.list(storeID: "northwind").map(\.id) == [c.id, b.id, a.id])
                #expect(try await repos.carts.list(storeID: "northwind", status: .open).map(\.id) == [c.id, a.id])
                #expect(try await repos.carts.list(storeID: "northwind", limit: 1, offset: 1).map(\.id) == [b.id])
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func erasingPersonalDataClearsIPAgentAndAddress(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let contact = try await repos.contacts.upsert(Fixture.contact())
                let cart = try await repos.carts.upsert(Fixture.cart(contactID: contact.id))
                #expect(try await repos.carts.erasePersonalData(contactID: contact.id, at: Fixture.at(1)) == 1)
                let erased = try #require(try await repos.carts.get(id: cart.id))
                #expect(erased.ip == nil && erased.userAgent == nil && erased.shippingAddress == nil)
                #expect(erased.items == cart.items)
                #expect(try await repos.carts.list(contactID: contact.id).map(\.id) == [cart.id])
            }
        }
    }
}
