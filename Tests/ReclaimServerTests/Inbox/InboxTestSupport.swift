import Foundation
import HTTPTypes
import HummingbirdTesting
import ReclaimCore
import ReclaimStore
import ReclaimTestSupport
import Testing

@testable import ReclaimServer

/// A shopper with consent, cart C9, the first text and email, and a 10% code issued for the cart, on the journey test app.
struct InboxScenario: Sendable {
    let app: TestApp
    let twilio: FakeTwilio
    let cartID: String

    static let shopper = "+13125550101"

    /// Runs `body` once the first text and the email went out and the cart holds a 10% code.
    static func run(_ body: @Sendable @escaping (InboxScenario) async throws -> Void) async throws {
        try await JourneyEndToEndTests().withJourneyApp { app, twilio in
            try await JourneyEndToEndTests().grantConsent(app)
            _ = try await app.event("cart.updated", cartData("C9"))
            try await app.advanceAndRun(1.5)  // abandoned
            try await app.advanceAndRun(2.5)  // step 1: the text
            try await app.advanceAndRun(3)  // step 2: the email (an events cart has no platform, so no code goes out)
            let cartID = try #require(try await app.cart("C9")?["id"] as? String)
            // The 10% code as a platform cart would hold it (DiscountIssuingTests create one through the stand-in).
            let now = app.clock.now()
            _ = try await app.repositories.discounts.insert(
                Discount(
                    id: "dsc_inbox", storeID: Commerce.store, cartID: cartID, code: "K7XQ3MRA9P", type: .percent, value: 10, tier: 1,
                    expiresAt: now.addingTimeInterval(48 * 3600), platformID: "gid://shopify/DiscountCodeNode/1", createdAt: now))
            try await body(InboxScenario(app: app, twilio: twilio, cartID: cartID))
        }
    }

    /// The shopper texts `text`; the replies and signals it causes are run.
    func shopperSays(_ text: String) async throws {
        let response = try await self.app.client.inbound(from: Self.shopper, text, token: self.twilio.authToken)
        #expect(response.status == .ok)
        try await self.app.advanceAndRun(1.1)
    }

    /// Escalates with "I want a refund" and returns the conversation id.
    func escalate() async throws -> String {
        try await self.shopperSays("I want a refund")
        let listed = try Commerce.json(try await self.app.api(.get, "/conversations?status=escalated"))
        let rows = try #require(listed["conversations"] as? [[String: Any]])
        return try #require(rows.first?["id"] as? String)
    }

    /// `GET …/conversations/{id}` as JSON.
    func details(_ id: String) async throws -> [String: Any] {
        let response = try await self.app.api(.get, "/conversations/\(id)")
        #expect(response.status == .ok)
        return try Commerce.json(response)
    }

    /// `POST …/conversations/{id}/{action}`.
    func post(_ id: String, _ action: String, _ json: Any? = nil, key: String? = Commerce.apiKey) async throws -> TestResponse {
        try await self.app.api(.post, "/conversations/\(id)/\(action)", json: json, key: key)
    }

    /// The texts the provider accepted.
    var texts: [FakeTwilio.Resource] {
        get async { await self.twilio.messages }
    }
}

extension TestResponse {
    /// The `error.code` of a JSON error body.
    var errorCode: String? {
        ((try? Commerce.json(self))?["error"] as? [String: Any])?["code"] as? String
    }

    /// The `error.message` of a JSON error body.
    var errorMessage: String? {
        ((try? Commerce.json(self))?["error"] as? [String: Any])?["message"] as? String
    }
}
