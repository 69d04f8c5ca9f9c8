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
            var tent = Product(
                id: "SW2P", title: "Switchback Tent", description: "Two doors", url: "https://shop.example/tent",
                tags: ["tent"], options: [ProductOption(name: "Color", values: ["Green", "Sand"])],
                variants: [
                    ProductVariant(
                        id: "SW2P-G", title: "Green", optionValues: ["Color": "Green"], price: 29_900, available: true,
                        inventory: 4)
                ],
                currency: "USD")
            try await catalog.upsert([tent], storeID: "northwind", source: .events, at: Fixture.t0)
            #expect(try await catalog.get(storeID: "northwind", productID: "SW2P") == tent)

            tent.title = "Switchback 2P Tent"
            try await catalog.upsert([tent], storeID: "northwind", source: .events, at: Fixture.at(5))
            #expect(try await catalog.get(storeID: "northwind", productID: "SW2P") == tent)
            #expect(try await catalog.list(storeID: "northwind").count == 1)
            let row = try #require(
                try await database.sql.raw("SELECT created_at, updated_at FROM products WHERE product_id = 'SW2P'").first())
            #expect(try row.decode(column: "created_at", as: Int.self) == Int(Fixture.t0.timeIntervalSince1970 * 1000))
            #expect(try row.decode(column: "updated_at", as: Int.self) == Int(Fixture.at(5).timeIntervalSince1970 * 1000))
        }
    }

    /// The `options` and `variants` columns keep the JSON they held before products had one type in Core:
    /// options as name → values, a variant's option values under `options`, unknown fields left out.
    @Test(arguments: TestBackend.enabledCases)
    func productColumnsKeepTheirJSONShape(backend: TestBackend) async throws {
        try await withTestDatabase(backend) { database in
            let catalog = SQLCatalogStore(database: database.sql)
            let mug = Product(
                id: "MUG", title: "Harbor Mug", category: "kitchen", tags: ["mug"], price: 1_800,
                options: [ProductOption(name: "Size", values: ["S", "L"]), ProductOption(name: "Color", values: ["Blue"])],
                variants: [ProductVariant(id: "MUG-1", optionValues: ["Color": "Blue", "Size": "S"], price: 1_800)])
            try await catalog.upsert([mug], storeID: "northwind", source: .shopify, at: Fixture.t0)

            let row = try #require(try await database.sql.raw("SELECT options, variants FROM products").first())
            #expect(try row.decode(column: "options", as: String.self) == #"{"Color":["Blue"],"Size":["S","L"]}"#)
            #expect(
                try row.decode(column: "variants", as: String.self)
                    == #"[{"id":"MUG-1","options":{"Color":"Blue","Size":"S"},"price":1800}]"#)
            // Options read back in name order; category and price are not stored.
            var stored = mug
            stored.options = [ProductOption(name: "Color", values: ["Blue"]), ProductOption(name: "Size", values: ["S", "L"])]
            stored.category = nil
            stored.price = nil
            #expect(try await catalog.get(storeID: "northwind", productID: "MUG") == stored)
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
