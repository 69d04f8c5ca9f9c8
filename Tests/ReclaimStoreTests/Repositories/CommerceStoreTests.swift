import Foundation
import ReclaimCore
import ReclaimStore
import ReclaimTestSupport
import SQLKit
import Testing

/// The repository additions of commerce ingestion: cart keys, the catalog, stats.
@Suite struct CommerceStoreTests {
    @Test(arguments: TestBackend.enabledCases)
    func aCartIsFoundByIdExternalIdOrAnAddedKey(backend: TestBackend) async throws {
        try await withRepositories(backend) { repos async throws in
            let cart = try await repos.carts.upsert(Fixture.cart(externalID: "checkout-token"))
            try await repos.carts.addKeys(["cart-token", "", "checkout-token"], to: cart, at: Fixture.t0)

            #expect(try await repos.carts.find(storeID: "northwind", key: cart.id) == cart)
            #expect(try await repos.carts.find(storeID: "northwind", key: "checkout-token") == cart)
            #expect(try await repos.carts.find(storeID: "northwind", key: "cart-token") == cart)
            #expect(try await repos.carts.find(storeID: "northwind", source: .shopify, alias: "cart-token") == cart)
            #expect(try await repos.carts.find(storeID: "northwind", source: .events, alias: "cart-token") == nil)
            #expect(try await repos.carts.find(storeID: "other", key: cart.id) == nil)
            #expect(try await repos.carts.find(storeID: "northwind", key: "nothing") == nil)
        }
    }

    @Test(arguments: TestBackend.enabledCases)
    func aReusedKeyMovesToTheNewerCart(backend: TestBackend) async throws {
        try await withRepositories(backend) { repos async throws in
            let older = try await repos.carts.upsert(Fixture.cart(externalID: "first"))
            let newer = try await repos.carts.upsert(Fixture.cart(externalID: "second", lastActivity: Fixture.at(60)))
            try await repos.carts.addKeys(["shared"], to: older, at: Fixture.t0)
            try await repos.carts.addKeys(["shared"], to: newer, at: Fixture.at(60))

            #expect(try await repos.carts.find(storeID: "northwind", key: "shared")?.id == newer.id)
        }
    }

    @Test(arguments: TestBackend.enabledCases)
    func productsUpsertAndReadBack(backend: TestBackend) async throws {
        try await withTestDatabase(backend) { database in
            let catalog = SQLCatalogStore(database: database.sql)
            var tent = ProductRecord(
                storeID: "northwind", productID: "SW2P", source: .events, title: "Switchback Tent",
                description: "Two doors", url: "https://shop.example/tent", tags: ["tent"],
                options: ["Color": ["Green", "Sand"]],
                variants: [
                    ProductVariantRecord(
                        id: "SW2P-G", title: "Green", options: ["Color": "Green"], price: 29_900,
                        available: true, inventory: 4)
                ],
                currency: "USD", createdAt: Fixture.t0, updatedAt: Fixture.t0)
            try await catalog.upsert([tent])
            #expect(try await catalog.get(storeID: "northwind", productID: "SW2P") == tent)

            tent.title = "Switchback 2P Tent"
            tent.updatedAt = Fixture.at(5)
            var changed = tent
            changed.createdAt = Fixture.at(5)
            try await catalog.upsert([changed])
            #expect(try await catalog.get(storeID: "northwind", productID: "SW2P") == tent)
            #expect(try await catalog.list(storeID: "northwind").count == 1)
        }
    }

    @Test(arguments: TestBackend.enabledCases)
    func statsCountTheFunnelAndRecoveredRevenue(backend: TestBackend) async throws {
        try await withRepositories(backend) { repos async throws in
            let abandoned = try await repos.carts.upsert(Fixture.cart())
            _ = try await repos.carts.updateStatus(id: abandoned.id, to: .abandoned, at: Fixture.at(1))
            let order = Order(
                id: Fixture.id("ord"), storeID: "northwind", source: .shopify, externalID: "1", cartID: abandoned.id,
                items: Fixture.items, total: Money(minor: 26_700, currency: "USD"), placedAt: Fixture.at(2))
            _ = try await repos.orders.insert(order)
            _ = try await repos.carts.updateStatus(
                id: abandoned.id, to: .recovered, at: Fixture.at(2), recoveredOrderID: order.id)
            let bought = try await repos.carts.upsert(Fixture.cart())
            _ = try await repos.carts.updateStatus(id: bought.id, to: .recovered, at: Fixture.at(2))
            _ = try await repos.carts.upsert(Fixture.cart())
            _ = try await repos.messages.insertOutbound(Fixture.outbound(cartID: abandoned.id, status: .delivered))
            _ = try await repos.suppressions.add(
                Suppression(
                    storeID: "northwind", channel: .sms, address: "+13055550123", addressHash: "h",
                    reason: .optedOut, createdAt: Fixture.at(3)))

            let stats = try await SQLStatsStore(database: repos.database).stats(storeID: "northwind")

            #expect(stats.cartsTotal == 3)
            #expect(stats.cartsAbandoned == 1)
            #expect(stats.cartsRecovered == 1)
            #expect(stats.cartsPurchasedBeforeAbandonment == 1)
            #expect(stats.cartsByStatus == ["recovered": 2, "open": 1])
            #expect(stats.messagesByChannel == ["sms": ["delivered": 1]])
            #expect(stats.recoveredRevenue == ["USD": 26_700])
            #expect(stats.orders == 1)
            #expect(stats.optOuts == 1)
            let empty = try await SQLStatsStore(database: repos.database)
                .stats(storeID: "northwind", from: Fixture.at(100), to: nil)
            #expect(empty.cartsTotal == 0 && empty.orders == 0 && empty.recoveredRevenue.isEmpty)
        }
    }
}
