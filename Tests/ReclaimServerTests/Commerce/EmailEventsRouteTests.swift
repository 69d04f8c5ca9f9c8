import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import ReclaimCore
import ReclaimStore
import Testing

@testable import ReclaimServer

/// `POST /webhooks/email/{store}`: the relay's bearer secret, field-level errors, a list applied all or
/// nothing (issue 16 item 12), bounces and complaints suppressing the address, resends changing nothing.
@Suite struct EmailEventsRouteTests {
    static let secret = "relay-secret-0123456789abcdef"

    /// The commerce store with email through the outbox and the relay's secret; `bare` has no email.
    static func stores() throws -> [StoreConfiguration] {
        try ConfigurationLoader(environment: [:]).parse(
            """
            stores:
              - id: \(Commerce.store)
                name: Summit Outfitters
                email: { provider: outbox, from: "Summit <hello@summit.example>", webhook_secret: \(Self.secret) }
                postal_address: "1 Ridge Road, Boulder, CO 80302, USA"
                api_keys: ["\(Commerce.apiKey)"]
              - id: bare
                name: Bare Store
                currency: USD
                api_keys: ["rk_test_bare_key_0123456789"]
            """
        ).stores
    }

    func withEmailApp(_ body: @Sendable @escaping (TestApp) async throws -> Void) async throws {
        try await withTestApp(stores: try Self.stores(), body)
    }

    /// Posts `json` (an event object or a list) with the secret (or `secret`).
    func post(
        _ app: TestApp, _ json: Any, secret: String? = Self.secret, store: String = Commerce.store
    )
        async throws -> TestResponse
    {
        try await self.post(app, raw: try JSONSerialization.data(withJSONObject: json), secret: secret, store: store)
    }

    func post(
        _ app: TestApp, raw: Data, secret: String? = Self.secret, store: String = Commerce.store
    )
        async throws -> TestResponse
    {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let secret { headers[.authorization] = "Bearer \(secret)" }
        return try await app.client.execute(
            uri: "/webhooks/email/\(store)", method: .post, headers: headers, body: ByteBuffer(bytes: raw))
    }

    /// The store's email suppressions, by address.
    func suppressions(_ app: TestApp) async throws -> [String: SuppressionReason] {
        let list = try await app.dependencies.repositories.suppressions.list(storeID: Commerce.store, channel: .email)
        return Dictionary(list.compactMap { entry in entry.address.map { ($0, entry.reason) } }, uniquingKeysWith: { a, _ in a })
    }

    func errorMessage(_ response: TestResponse) throws -> String? {
        (try Commerce.json(response)["error"] as? [String: String])?["message"]
    }

    @Test func aMissingOrWrongSecretIs401AndChangesNothing() async throws {
        try await withEmailApp { app async throws in
            let bounce: [String: Any] = ["type": "bounce", "email": "ana@shopper.example", "bounce_type": "hard"]
            #expect(try await self.post(app, bounce, secret: nil).status == .unauthorized)
            #expect(try await self.post(app, bounce, secret: "wrong").status == .unauthorized)
            #expect(try await self.post(app, bounce, secret: Self.secret + "x").status == .unauthorized)
            // A store without an email relay accepts no events at all.
            #expect(try await self.post(app, bounce, store: "bare").status == .unauthorized)
            #expect(try await self.post(app, bounce, store: "nobody").status == .notFound)
            #expect(try await self.suppressions(app).isEmpty)
        }
    }

    @Test func badInputIs400NamingTheField() async throws {
        try await withEmailApp { app async throws in
            let malformed = try await self.post(app, raw: Data(#"{"type": "bounce", "#.utf8))
            #expect(malformed.status == .badRequest)
            let missingType = try await self.post(app, ["email": "ana@shopper.example"])
            #expect(missingType.status == .badRequest)
            #expect(try self.errorMessage(missingType)?.hasPrefix("type:") == true)
            let unknownType = try await self.post(app, ["type": "exploded", "email": "ana@shopper.example"])
            #expect(unknownType.status == .badRequest)
            #expect(try self.errorMessage(unknownType)?.contains("exploded") == true)
            let noAddress = try await self.post(app, ["type": "bounce", "message_id": "<nobody@relay.example>"])
            #expect(noAddress.status == .badRequest)
            #expect(try self.errorMessage(noAddress)?.hasPrefix("email:") == true)
            let notAnAddress = try await self.post(app, ["type": "complaint", "email": "ana"])
            #expect(try self.errorMessage(notAnAddress)?.hasPrefix("email:") == true)
            let wrongType = try await self.post(app, ["type": 7, "email": "ana@shopper.example"])
            #expect(try self.errorMessage(wrongType)?.hasPrefix("type:") == true)
            #expect(try await self.suppressions(app).isEmpty)
        }
    }

    @Test func aListIsAppliedInOneTransactionOrNotAtAll() async throws {
        try await withEmailApp { app async throws in
            // Given a list whose third event is bad
            var events: [[String: Any]] = [
                ["type": "bounce", "email": "ana@shopper.example", "bounce_type": "hard"],
                ["type": "complaint", "email": "ben@shopper.example"],
                ["type": "exploded", "email": "cal@shopper.example"],
                ["type": "bounce", "email": "dee@shopper.example"],
            ]
            // When it is posted, then it answers 400 naming that event, and nothing of the list is applied
            let rejected = try await self.post(app, events)
            #expect(rejected.status == .badRequest)
            #expect(try self.errorMessage(rejected)?.hasPrefix("[2].type:") == true)
            #expect(try await self.suppressions(app).isEmpty)
            // A list with an event that cannot be read is refused whole as well
            let unreadable = try await self.post(app, [events[0], ["email": "eve@shopper.example"]])
            #expect(try self.errorMessage(unreadable)?.hasPrefix("[1].type:") == true)
            #expect(try await self.suppressions(app).isEmpty)

            // When the relay fixes and resends it, every event is applied
            events[2]["type"] = "bounce"
            events[2]["bounce_type"] = "soft"  // retried by the relay: nothing to apply
            let accepted = try await self.post(app, events)
            #expect(accepted.status == .ok)
            #expect(try Commerce.json(accepted)["applied"] as? Int == 3)
            #expect(
                try await self.suppressions(app) == [
                    "ana@shopper.example": .hardBounce, "ben@shopper.example": .complaint, "dee@shopper.example": .hardBounce,
                ])
        }
    }

    @Test func aBounceNamedByMessageIDSuppressesItsAddressAndMarksTheMessage() async throws {
        try await withEmailApp { app async throws in
            let now = app.clock.now()
            let sent = Message(
                id: "msg_email_1", storeID: Commerce.store, channel: .email, direction: .outbound, step: 0,
                address: "ana@shopper.example", subject: "Your cart", body: "Come back", status: .sent,
                providerID: "abc123@summit.example", idempotencyKey: "test:msg_email_1", createdAt: now, updatedAt: now)
            _ = try await app.dependencies.repositories.messages.insertOutbound(sent)
            let delivered = try await self.post(app, ["type": "delivered", "message_id": "<abc123@summit.example>"])
            #expect(try Commerce.json(delivered)["applied"] as? Int == 1)
            #expect(try await app.message("msg_email_1")?.status == .delivered)

            let bounce = try await self.post(app, ["type": "bounce", "message_id": "<abc123@summit.example>"])
            #expect(bounce.status == .ok)
            #expect(try await self.suppressions(app) == ["ana@shopper.example": .hardBounce])
            let stored = try await app.message("msg_email_1")
            #expect(stored?.status == .undelivered)
            #expect(stored?.errorCode == "hard_bounce")
        }
    }

    @Test func aComplaintSuppressesAndAResentEventChangesNothingMore() async throws {
        try await withEmailApp { app async throws in
            let complaint: [String: Any] = ["type": "complaint", "email": "Ben@Shopper.example"]
            #expect(try await self.post(app, complaint).status == .ok)
            #expect(try await self.suppressions(app) == ["ben@shopper.example": .complaint])
            // The relay resends it, then reports a bounce for the same address: the first reason stays.
            let again = try await self.post(app, complaint)
            #expect(again.status == .ok)
            #expect(try await self.post(app, ["type": "bounce", "email": "ben@shopper.example"]).status == .ok)
            #expect(try await self.suppressions(app) == ["ben@shopper.example": .complaint])
            let soft = try await self.post(app, ["type": "bounce", "bounce_type": "soft", "email": "cal@shopper.example"])
            #expect(try Commerce.json(soft)["applied"] as? Int == 0)
            #expect(try await self.suppressions(app).count == 1)
        }
    }
}
