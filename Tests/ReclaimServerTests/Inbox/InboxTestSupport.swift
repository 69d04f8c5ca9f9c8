import Foundation
import HTTPTypes
import HummingbirdTesting
import ReclaimCore
import ReclaimTestSupport
import Testing

@testable import ReclaimServer

/// A shopper with consent, cart C9, the first text and the emailed 10% code, on the journey test app.
struct InboxScenario: Sendable {
    let app: TestApp
    let twilio: FakeTwilio
    let cartID: String

    static let shopper = "+13125550101"

    /// Runs `body` once the first text and the email with the discount code went out.
    static func run(_ body: @Sendable @escaping (InboxScenario) async throws -> Void) async throws {
        try await JourneyEndToEndTests().withJourneyApp { app, twilio in
            try await JourneyEndToEndTests().grantConsent(app)
            _ = try await app.event("cart.updated", cartData("C9"))
            try await app.advanceAndRun(1.5)  // abandoned
            try await app.advanceAndRun(2.5)  // step 1: the text
            try await app.advanceAndRun(3)  // step 2: the email with a 10% code
            let cartID = try #require(try await app.cart("C9")?["id"] as? String)
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
