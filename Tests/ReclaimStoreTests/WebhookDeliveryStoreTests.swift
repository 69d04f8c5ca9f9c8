import Foundation
import ReclaimStore
import ReclaimTestSupport
import Testing

@Suite struct WebhookDeliveryStoreTests {
    let now = Date(epochMilliseconds: 1_700_000_000_000)

    @Test(arguments: TestBackend.enabledCases)
    func aDeliveryIsNewOnceThenADuplicate(_ backend: TestBackend) async throws {
        try await withTestDatabase(backend) { database in
            let store = WebhookDeliveryStore(database: database)
            let first = try await store.record(source: "shopify", deliveryID: "d-1", storeID: "northwind", receivedAt: self.now)
            #expect(first)
            #expect(try await !store.record(source: "shopify", deliveryID: "d-1", storeID: "northwind", receivedAt: self.now))
            // The same id from another source is another delivery.
            #expect(try await store.record(source: "woocommerce", deliveryID: "d-1", storeID: nil, receivedAt: self.now))
            #expect(try await store.contains(source: "shopify", deliveryID: "d-1"))
            #expect(try await !store.contains(source: "shopify", deliveryID: "d-2"))
        }
    }

    @Test(arguments: TestBackend.enabledCases)
    func concurrentCopiesOfOneDeliveryAreRecordedOnce(_ backend: TestBackend) async throws {
        try await withTestDatabase(backend) { database in
            let store = WebhookDeliveryStore(database: database)
            let firsts = try await withThrowingTaskGroup(of: Bool.self) { group in
                for _ in 0..<16 {
                    group.addTask {
                        try await store.record(source: "shopify", deliveryID: "same", storeID: "s", receivedAt: self.now)
                    }
                }
                return try await group.reduce(into: 0) { $0 += $1 ? 1 : 0 }
            }
            #expect(firsts == 1)
        }
    }

    @Test(arguments: TestBackend.enabledCases)
    func aRecordRolledBackWithItsTransactionIsForgotten(_ backend: TestBackend) async throws {
        struct Abort: Error {}
        try await withTestDatabase(backend) { database in
            await #expect(throws: Abort.self) {
                try await database.transaction { db in
                    #expect(try await WebhookDeliveryStore(db).record(source: "s", deliveryID: "d", storeID: nil, receivedAt: self.now))
                    throw Abort()
                }
            }
            let recorded = try await WebhookDeliveryStore(database: database)
                .record(source: "s", deliveryID: "d", storeID: nil, receivedAt: self.now)
            #expect(recorded)
        }
    }

    @Test(arguments: TestBackend.enabledCases)
    func purgeForgetsOldDeliveriesOnly(_ backend: TestBackend) async throws {
        try await withTestDatabase(backend) { database in
            let store = WebhookDeliveryStore(database: database)
            for i in 0..<5 {
                _ = try await store.record(
                    source: "shopify", deliveryID: "old-\(i)", storeID: nil, receivedAt: self.now.addingTimeInterval(-86_400 * 10)
                )
            }
            _ = try await store.record(source: "shopify", deliveryID: "new", storeID: nil, receivedAt: self.now)

            #expect(try await store.purge(receivedBefore: self.now.addingTimeInterval(-86_400 * 7), limit: 3) == 3)
            #expect(try await store.purge(receivedBefore: self.now.addingTimeInterval(-86_400 * 7)) == 2)
            #expect(try await store.contains(source: "shopify", deliveryID: "new"))
            #expect(try await !store.contains(source: "shopify", deliveryID: "old-0"))
        }
    }
}
