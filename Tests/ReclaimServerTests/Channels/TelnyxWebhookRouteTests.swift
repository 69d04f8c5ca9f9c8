@preconcurrency import Crypto
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import NIOFoundationEssentialsCompat
import ReclaimCore
import ReclaimStore
import ReclaimTestSupport
import SQLKit
import Testing

@testable import ReclaimServer

/// `POST /webhooks/telnyx/{store}`: Ed25519-signed events; the event id is recorded in the same
/// transaction as the event's effects, so a failure keeps neither and Telnyx's retry is processed.
@Suite struct TelnyxWebhookRouteTests {
    /// The store's webhook key (Telnyx holds it; the store is configured with its public half).
    static let signingSeed = Data((0..<32).map { UInt8($0 &* 7 &+ 3) })
    static var signingKey: Curve25519.Signing.PrivateKey { try! Curve25519.Signing.PrivateKey(rawRepresentation: Self.signingSeed) }
    static let shopper = "+13125550101"

    static func stores(base: String, telnyx: FakeTelnyx) throws -> [StoreConfiguration] {
        let publicKey = Self.signingKey.publicKey.rawRepresentation.base64EncodedString()
        return try ChannelsFixture.stores(
            sms: """
                      provider: telnyx
                      telnyx: { api_key: "\(telnyx.apiKey)", public_key: "\(publicKey)", from: "+15005550006", api_base_url: "\(base)" }
                """)
    }

    func withTelnyxApp(_ body: @Sendable @escaping (TestApp, FakeTelnyx) async throws -> Void) async throws {
        let telnyx = FakeTelnyx()
        try await LocalHTTPServer.run(telnyx.makeRouter) { base in
            let stores = try Self.stores(base: base, telnyx: telnyx)
            try await withTestApp(stores: stores, clock: TestClock(JourneyEndToEndTests.afternoon)) { app in
                try await body(app, telnyx)
            }
        }
    }

    /// A `message.received` event as Telnyx sends it.
    static func received(_ text: String, eventID: String = UUID().uuidString, messageID: String = UUID().uuidString) -> Data {
        let event: [String: Any] = [
            "data": [
                "event_type": "message.received", "id": eventID, "occurred_at": "2026-11-18T20:00:00.000+00:00",
                "record_type": "event",
                "payload": [
                    "direction": "inbound", "id": messageID, "text": text, "type": "SMS", "parts": 1, "errors": [Any](),
                    "from": ["phone_number": Self.shopper, "carrier": "T-Mobile USA", "line_type": "long_code"],
                    "to": [["phone_number": "+15005550006", "status": "webhook_delivered"]], "record_type": "message",
                ],
            ],
            "meta": ["attempt": 1, "delivered_to": "https://reclaim.example/webhooks/telnyx/summit"],
        ]
        return try! JSONSerialization.data(withJSONObject: event, options: [.sortedKeys])
    }

    /// A `message.finalized` event for an outbound message.
    static func finalized(providerID: String, eventID: String = UUID().uuidString) -> Data {
        let event: [String: Any] = [
            "data": [
                "event_type": "message.finalized", "id": eventID, "occurred_at": "2026-11-18T20:00:05.000+00:00",
                "record_type": "event",
                "payload": [
                    "direction": "outbound", "id": providerID, "parts": 1, "errors": [Any](), "type": "SMS",
                    "to": [["phone_number": Self.shopper, "status": "delivered"]], "record_type": "message",
                ],
            ]
        ]
        return try! JSONSerialization.data(withJSONObject: event, options: [.sortedKeys])
    }

    /// The webhook signed like Telnyx does: Ed25519 over `timestamp|body`.
    static func post(
        _ body: Data, _ app: TestApp, key: Curve25519.Signing.PrivateKey = Self.signingKey
    ) async throws
        -> TestResponse
    {
        let timestamp = String(Int(app.clock.now().timeIntervalSince1970))
        let signature = try key.signature(for: Data("\(timestamp)|".utf8) + body)
        let headers: HTTPFields = [
            .contentType: "application/json",
            HTTPField.Name("telnyx-signature-ed25519")!: Data(signature).base64EncodedString(),
            HTTPField.Name("telnyx-timestamp")!: timestamp,
        ]
        return try await app.client.execute(
            uri: "/webhooks/telnyx/\(Commerce.store)", method: .post, headers: headers, body: ByteBuffer(data: body))
    }

    static func suppression(_ app: TestApp) async throws -> Suppression? {
        try await app.dependencies.repositories.suppressions.find(
            storeID: Commerce.store, channel: .sms, addressHash: AddressHash.of(Self.shopper, channel: .sms))
    }

    /// Telnyx's posts carrying `text`.
    static func sent(_ telnyx: FakeTelnyx, containing text: String) async -> Int {
        await telnyx.posts.filter { $0.body.contains(text) }.count
    }

    /// Renames a table behind the application's back, so the next statement on it fails for real.
    static func rename(_ table: String, to other: String, _ app: TestApp) async throws {
        try await app.dependencies.database.sql.raw("ALTER TABLE \(unsafeRaw: table) RENAME TO \(unsafeRaw: other)").run()
    }

    @Test func aBadSignatureIs401AndStoresNothing() async throws {
        try await withTelnyxApp { app, _ in
            let body = Self.received("STOP", eventID: "evt-forged", messageID: "msg-forged")
            let response = try await Self.post(body, app, key: Curve25519.Signing.PrivateKey())
            #expect(response.status == .unauthorized)
            #expect(try await app.dependencies.repositories.messages.find(providerID: "msg-forged", direction: .inbound) == nil)
            #expect(
                try await WebhookDeliveryStore(database: app.dependencies.database).contains(source: "telnyx", deliveryID: "evt-forged")
                    == false)
            #expect(try await Self.suppression(app) == nil)
        }
    }

    @Test func aReceivedStopSuppressesAndConfirmsOnce() async throws {
        try await withTelnyxApp { app, telnyx in
            let stop = Self.received("STOP", eventID: "evt-stop-1", messageID: "msg-stop-1")
            let response = try await Self.post(stop, app)
            #expect(response.status == .ok)
            #expect(try Commerce.json(response)["duplicate"] as? Bool == false)
            #expect(try await Self.suppression(app)?.reason == .optedOut)  // in force before the response
            // The same event again is a no-op; so is a second STOP (a new event and message).
            let again = try await Self.post(stop, app)
            #expect(try Commerce.json(again)["duplicate"] as? Bool == true)
            _ = try await Self.post(Self.received("stop", eventID: "evt-stop-2", messageID: "msg-stop-2"), app)
            try await app.advanceAndRun(1)
            #expect(await Self.sent(telnyx, containing: "unsubscribed") == 1)
            #expect(await telnyx.posts.count == 1)
            let history = try await app.dependencies.repositories.consent.history(
                storeID: Commerce.store, channel: .sms, address: Self.shopper)
            #expect(history.map(\.kind) == [.revoked, .revoked])
        }
    }

    @Test func aFailureMidProcessingLeavesTheRetryToBeProcessed() async throws {
        try await withTelnyxApp { app, telnyx in
            let stop = Self.received("STOP", eventID: "evt-retry", messageID: "msg-retry")
            // Given a database that fails after the event and the message were written
            try await Self.rename("consent_records", to: "consent_records_away", app)
            let failed = try await Self.post(stop, app)
            #expect(failed.status.code >= 500)
            #expect(try await Self.suppression(app) == nil)
            #expect(try await app.dependencies.repositories.messages.find(providerID: "msg-retry", direction: .inbound) == nil)
            // When Telnyx retries once the database is back
            try await Self.rename("consent_records_away", to: "consent_records", app)
            let retried = try await Self.post(stop, app)
            // Then the retry is processed, not answered as a duplicate
            #expect(retried.status == .ok)
            #expect(try Commerce.json(retried)["duplicate"] as? Bool == false)
            #expect(try await Self.suppression(app)?.reason == .optedOut)
            try await app.advanceAndRun(1)
            #expect(await Self.sent(telnyx, containing: "unsubscribed") == 1)
        }
    }

    @Test func aDeliveryReportIsAppliedOnceAndSurvivesAFailedAttempt() async throws {
        try await withTelnyxApp { app, telnyx in
            // Given a text Telnyx accepted
            let now = app.clock.now()
            _ = try await app.dependencies.outboxService.enqueue(
                ChannelsFixture.sms(id: "msg_out1", to: Self.shopper, body: "Summit Outfitters: your cart. Reply STOP to opt out", now: now)
            )
            try await app.runJobs()
            let accepted = try #require(try await app.message("msg_out1"))
            let providerID = try #require(accepted.providerID)
            #expect(await telnyx.posts.count == 1)
            // When its report first meets a failing database, then is retried
            let report = Self.finalized(providerID: providerID, eventID: "evt-final")
            try await Self.rename("messages", to: "messages_away", app)
            #expect(try await Self.post(report, app).status.code >= 500)
            try await Self.rename("messages_away", to: "messages", app)
            #expect(
                try await WebhookDeliveryStore(database: app.dependencies.database).contains(source: "telnyx", deliveryID: "evt-final")
                    == false)
            let retried = try await Self.post(report, app)
            #expect(try Commerce.json(retried)["duplicate"] as? Bool == false)
            #expect(try await app.message("msg_out1")?.status == .delivered)
            // Then a redelivery is a no-op
            let again = try await Self.post(report, app)
            #expect(try Commerce.json(again)["duplicate"] as? Bool == true)
        }
    }

    @Test func anOrdinaryReplyIsAnsweredByAJobAfterTheWebhookReturns() async throws {
        try await withTelnyxApp { app, telnyx in
            _ = try await app.event("cart.updated", cartData("T1", phone: Self.shopper))
            try await app.runJobs()  // the shopper is known
            let response = try await Self.post(Self.received("is shipping included?", messageID: "msg-question"), app)
            #expect(response.status == .ok)
            #expect(try await app.jobs(ConversationReplyJob.kind, state: .pending) == 1)
            #expect(await telnyx.posts.isEmpty)
            try await app.advanceAndRun(1)
            #expect(try await app.jobs(ConversationReplyJob.kind, state: .done) == 1)
            let replies = await telnyx.posts
            #expect(replies.count == 1)
            #expect(replies.first?.idempotencyKey != nil)
        }
    }
}
