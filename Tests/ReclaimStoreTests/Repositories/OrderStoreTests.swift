import Foundation
import ReclaimCore
import ReclaimTestSupport
import SQLKit
import Testing

@testable import ReclaimStore

extension Repositories {
    @Suite struct OrderStoreTests {
        private func order(
            cartID: String? = nil, contactID: String? = nil, externalID: String = "1001",
            paid: Bool = true, at time: Date = Fixture.t0
        ) -> Order {
            Order(
                id: Fixture.id("ord"), storeID: "northwind", source: .shopify, externalID: externalID, cartID: cartID,
                contactID: contactID, items: Fixture.items, total: Money(minor: 25_830, currency: "USD"),
                discountCodes: ["BACK10", "FREESHIP"], paid: paid, placedAt: time)
        }

        @Test(arguments: TestBackend.enabledCases)
        func insertRoundTripsEveryField(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let contact = try await repos.contacts.upsert(Fixture.contact())
                let cart = try await repos.carts.upsert(Fixture.cart(contactID: contact.id))
                let full = self.order(cartID: cart.id, contactID: contact.id)
                let unpaid = Order(
                    id: Fixture.id("ord"), storeID: "northwind", source: .woocommerce, externalID: "77",
                    items: [], total: .zero("EUR"), paid: false, placedAt: Fixture.at(1))

                #expect(try await repos.orders.insert(full) == .inserted(full))
                #expect(try await repos.orders.insert(unpaid) == .inserted(unpaid))
                #expect(try await repos.orders.get(id: full.id) == full)
                #expect(try await repos.orders.get(id: unpaid.id) == unpaid)
                #expect(try await repos.orders.find(storeID: "northwind", source: .shopify, externalID: "1001") == full)
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func aRedeliveredOrderIsADuplicate(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let first = self.order()
                _ = try await repos.orders.insert(first)
                let outcome = try await repos.orders.insert(self.order(paid: false, at: Fixture.at(9)))
                #expect(outcome == .duplicate(first))
                #expect(outcome.wasInserted == false)
                await #expect(throws: (any Error).self) {
                    try await repos.database.insert(into: "orders").record(self.order().sqlRecord()).run()
                }
            }
        }

        @Test(arguments: TestBackend.enabledCases)
        func listsOrdersForCartAndContact(backend: TestBackend) async throws {
            try await withRepositories(backend) { repos async throws in
                let contact = try await repos.contacts.upsert(Fixture.contact())
                let cart = try await repos.carts.upsert(Fixture.cart(contactID: contact.id))
                let second = self.order(cartID: cart.id, contactID: contact.id, externalID: "2", at: Fixture.at(2))
                let first = self.order(contactID: contact.id, externalID: "1", at: Fixture.at(1))
                _ = try await repos.orders.insert(second)
                _ = try await repos.orders.insert(first)
                #expect(try await repos.orders.list(cartID: cart.id) == [second])
                #expect(try await repos.orders.list(contactID: contact.id) == [first, second])
            }
        }
    }
}
