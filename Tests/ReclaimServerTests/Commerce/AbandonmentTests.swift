import Foundation
import HTTPTypes
import HummingbirdTesting
import ReclaimCore
import ReclaimStore
import Testing

@testable import ReclaimServer

/// Abandonment on a test clock: idle time, restarts on update, emptied carts, superseded carts.
@Suite struct AbandonmentTests {
    @Test func aCartIsAbandonedOnlyAfterTheIdleTimeAndUpdatesRestartTheClock() async throws {
        let clock = TestClock()
        try await withTestApp(stores: try Commerce.stores(idle: "30m"), clock: clock) { app async throws in
            // Given a cart updated at t0, then again at t0 + 20 min
            _ = try await app.event("cart.updated", cartData("C1"))
            clock.advance(by: 20 * 60)
            try await app.runJobs()
            #expect(try await app.cart("C1")?["status"] as? String == "open")
            _ = try await app.event("cart.updated", cartData("C1"))
            // When t0 + 40 min passes: 30 min after the first update, but only 20 after the second
            clock.advance(by: 20 * 60)
            try await app.runJobs()
            #expect(try await app.cart("C1")?["status"] as? String == "open")
            #expect(try await app.jobs(AbandonmentService.flowStartKind) == 0)
            // Then at t0 + 51 min it is abandoned and its journey start is queued
            clock.advance(by: 11 * 60)
            try await app.runJobs()
            let cart = try #require(try await app.cart("C1"))
            #expect(cart["status"] as? String == "abandoned")
            #expect(cart["abandoned_at"] != nil)
            #expect(try await app.jobs(AbandonmentService.flowStartKind) == 1)
        }
    }

    @Test func anEmptiedCartIsNeverAbandoned() async throws {
        let clock = TestClock()
        try await withTestApp(stores: try Commerce.stores(), clock: clock) { app async throws in
            _ = try await app.event("cart.updated", cartData("C1"))
            clock.advance(by: 60)
            _ = try await app.event("cart.updated", cartData("C1", items: []))
            clock.advance(by: 3600)
            try await app.runJobs()
            #expect(try await app.cart("C1")?["status"] as? String == "emptied")
            #expect(try await app.jobs(AbandonmentService.flowStartKind) == 0)
        }
    }

    @Test func aCartWithoutAReachableContactStaysOpen() async throws {
        let clock = TestClock()
        try await withTestApp(stores: try Commerce.stores(), clock: clock) { app async throws in
            // The phone is unreadable and there is no email: the contact is dropped.
            var data = cartData("C1", phone: "12", email: nil)
            data["contact"] = ["phone": "12"]
            #expect(try await app.event("cart.updated", data).status == .ok)
            clock.advance(by: 3600)
            try await app.runJobs()
            #expect(try await app.cart("C1")?["status"] as? String == "open")
        }
    }

    @Test func aNewerAbandonedCartSupersedesTheShoppersOlderOne() async throws {
        let clock = TestClock()
        try await withTestApp(stores: try Commerce.stores(), clock: clock) { app async throws in
            _ = try await app.event("cart.updated", cartData("OLD"))
            clock.advance(by: 31 * 60)
            try await app.runJobs()
            #expect(try await app.cart("OLD")?["status"] as? String == "abandoned")
            // The same shopper (same phone) on another device
            _ = try await app.event("cart.updated", cartData("NEW", email: nil))
            clock.advance(by: 31 * 60)
            try await app.runJobs()
            #expect(try await app.cart("NEW")?["status"] as? String == "abandoned")
            #expect(try await app.cart("OLD")?["status"] as? String == "superseded")
        }
    }
}
