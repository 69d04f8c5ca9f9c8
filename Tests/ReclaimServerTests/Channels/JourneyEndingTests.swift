import Foundation
import HTTPTypes
import HummingbirdTesting
import ReclaimCore
import ReclaimStore
import ReclaimTestSupport
import SQLKit
import Testing

@testable import ReclaimServer

/// A journey ends one way: the flow engine, on a signal. An order, an emptied cart or a newer cart
/// leaves `progress` ended with its reason (before, only the state columns said so and `progress`
/// still said "active"), and the journey's queued steps cancelled.
extension JourneyEndToEndTests {
    /// The cart's journey, after a text went out and the next step is queued.
    func journeyUnderway(_ app: TestApp, cart: String) async throws -> String {
        try await self.grantConsent(app)
        #expect(try await app.event("cart.updated", cartData(cart)).status == .ok)
        try await app.advanceAndRun(1.5)  // abandoned; the journey starts
        try await app.advanceAndRun(2.5)  // step 1: the text
        let cartID = try #require(try await app.cart(cart)?["id"] as? String)
        let journey = try #require(try await app.dependencies.repositories.journeys.find(cartID: cartID))
        #expect(journey.progress?.state == .active)
        return cartID
    }

    /// Asserts the journey ended by the engine for `reason`, with no step job left pending.
    func expectEnded(_ app: TestApp, cartID: String, _ reason: FlowEndReason) async throws {
        let journey = try #require(try await app.dependencies.repositories.journeys.find(cartID: cartID))
        #expect(journey.progress?.state == .ended)
        #expect(journey.progress?.endReason == reason)
        #expect(journey.state == .ended)
        #expect(journey.reason == reason.rawValue)
        let pending = try await app.dependencies.database.sql.raw(
            "SELECT id FROM jobs WHERE kind = 'flow.step' AND state = 'pending' AND payload LIKE \(bind: "%\(journey.id)%")"
        ).all()
        #expect(pending.isEmpty)
    }

    @Test func anOrderEndsTheJourneyInItsProgress() async throws {
        try await withJourneyApp { app, _ in
            let cartID = try await self.journeyUnderway(app, cart: "P1")
            #expect(
                try await app.event(
                    "order.placed",
                    [
                        "order_id": "O-P1", "cart_id": "P1", "total": 29_900, "currency": "USD",
                        "contact": ["phone": "+13125550101", "email": "ana@shopper.example"],
                    ]
                ).status == .ok)
            try await app.advanceAndRun(0.1)  // the purchased signal reaches the journey
            try await self.expectEnded(app, cartID: cartID, .purchased)
        }
    }

    @Test func anEmptiedCartEndsTheJourneyInItsProgress() async throws {
        try await withJourneyApp { app, _ in
            let cartID = try await self.journeyUnderway(app, cart: "M1")
            #expect(try await app.event("cart.updated", cartData("M1", items: [])).status == .ok)
            try await app.advanceAndRun(0.1)
            try await self.expectEnded(app, cartID: cartID, .emptied)
        }
    }

    @Test func aNewerCartEndsTheOlderJourneyInItsProgress() async throws {
        try await withJourneyApp { app, _ in
            let older = try await self.journeyUnderway(app, cart: "S1")
            #expect(try await app.event("cart.updated", cartData("S2")).status == .ok)
            try await app.advanceAndRun(1.5)  // S2 abandoned: S1 superseded
            try await app.advanceAndRun(0.1)
            try await self.expectEnded(app, cartID: older, .superseded)
        }
    }
}
