import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import ReclaimChannels
import ReclaimCore
import ReclaimStore
import ReclaimTestSupport
import Testing

@testable import ReclaimServer

/// A cart through a short flow on a test clock, against the fake Twilio and the outbox email sender:
/// one text with a tracked link, then an email with one-click unsubscribe, and nothing after the order.
@Suite struct JourneyEndToEndTests {
    /// Wednesday 2026-11-18 14:00 in Chicago: inside every sending window for a 312 number.
    static let afternoon = ISO8601DateFormatter().date(from: "2026-11-18T20:00:00Z")!

    static let flow = """
            abandonment: { idle: 1s }
            flows:
              - name: short
                default: true
                steps:
                  - { delay: 2s, channel: sms }
                  - { delay: 4s, channel: email, discount: { type: percent, value: 10, expires: 48h } }
                  - { delay: 20s, channel: email }
        """

    func withJourneyApp(_ body: @Sendable @escaping (TestApp, FakeTwilio) async throws -> Void) async throws {
        try await withTestApp(twilioFaults: [], twilioOnSystemClock: true, clock: TestClock(Self.afternoon), extra: Self.flow, body)
    }

    func grantConsent(_ app: TestApp) async throws {
        let grant: [String: Any] = [
            "channel": "sms", "phone": "+13125550101", "source": "checkout_checkbox",
            "disclosure_text":
                "I agree to receive cart reminder texts from Summit Outfitters at this number. Consent is not a condition of purchase. Reply STOP to opt out.",
            "ip": "203.0.113.7", "user_agent": "Mozilla/5.0", "page_url": "https://summit.example/checkout",
            "double_opt_in_confirmed_at": ISO8601DateFormatter().string(from: Self.afternoon.addingTimeInterval(-3600)),
        ]
        #expect(try await app.event("consent.granted", grant).status == .ok)
    }

    @Test func oneTextThenAnEmailAndNothingAfterTheOrder() async throws {
        try await withJourneyApp { app, twilio in
            try await self.grantConsent(app)
            #expect(try await app.event("cart.updated", cartData("E1")).status == .ok)
            try await app.advanceAndRun(1.5)  // abandoned; the journey starts
            try await app.advanceAndRun(2.5)  // step 1 (2 s after abandonment) is due
            let texts = await twilio.messages
            try #require(texts.count == 1)
            #expect(texts[0].body.contains("Summit Outfitters"))
            #expect(texts[0].body.lowercased().contains("stop"))
            let link = try #require(texts[0].body.split(separator: " ").map(String.init).first { $0.contains("/r/") })
            let token = String(link.split(separator: "/").last ?? "")

            // The tracked link redirects to the cart's recovery URL and records the click.
            let redirect = try await app.client.execute(
                uri: "/r/\(token)", method: .get, headers: [.userAgent: "Mozilla/5.0 (iPhone)"], body: nil)
            #expect(redirect.status == .found)
            #expect(redirect.headers[.location]?.hasPrefix("https://summit.example/cart/E1") == true)
            let cartID = try #require(try await app.cart("E1")?["id"] as? String)
            #expect(try await app.dependencies.repositories.links.clicks(cartID: cartID).count == 1)
            // A link preview bot is redirected too, but is no click.
            _ = try await app.client.execute(
                uri: "/r/\(token)", method: .get, headers: [.userAgent: "facebookexternalhit/1.1 Facebot Twitterbot/1.0"], body: nil)
            #expect(try await app.dependencies.repositories.links.clicks(cartID: cartID).count == 1)

            // Step 2: an email with one-click unsubscribe headers. Its discount step gives no code: an events cart has no
            // platform to create one on, and a code that exists nowhere is never sent (docs/discounts.md).
            try await app.advanceAndRun(3)
            let sender = try #require(app.dependencies.channels[Commerce.store].email as? OutboxEmailSender)
            let emails = await sender.records
            try #require(emails.count == 1)
            let email = emails[0].message
            #expect(email.to.first?.address == "ana@shopper.example")
            #expect(email.listUnsubscribe?.https?.contains("/u/") == true)
            #expect(try await app.dependencies.repositories.discounts.list(cartID: cartID).isEmpty)

            // The order ends the journey: the third step never goes out.
            #expect(
                try await app.event(
                    "order.placed",
                    [
                        "order_id": "O-E1", "cart_id": "E1", "total": 29_900, "currency": "USD",
                        "contact": ["phone": "+13125550101", "email": "ana@shopper.example"],
                    ]
                ).status == .ok)
            // The recovery is credited to the clicked text, not to the later email.
            let order = try #require(try await app.dependencies.repositories.orders.list(cartID: cartID).first)
            let text = try #require(try await app.dependencies.repositories.messages.list(cartID: cartID).first { $0.channel == .sms })
            #expect(order.attributedMessageID == text.id)
            try await app.advanceAndRun(30)
            #expect(await sender.records.count == 1)
            #expect(await twilio.messages.count == 1)
            let journey = try #require(try await app.dependencies.repositories.journeys.find(cartID: cartID))
            #expect(journey.state == .ended)
        }
    }

    @Test func aTextDueAtNightGoesOutTheNextMorning() async throws {
        try await withJourneyApp { app, twilio in
            try await self.grantConsent(app)
            // Wednesday 14:00 Chicago + 9 h = 23:00: inside quiet hours.
            app.clock.advance(by: 9 * 3600)
            _ = try await app.event("cart.updated", cartData("N1"))
            try await app.advanceAndRun(1.5)
            try await app.advanceAndRun(2.5)
            #expect(await twilio.messages.isEmpty)
            let cartID = try #require(try await app.cart("N1")?["id"] as? String)
            let journey = try #require(try await app.dependencies.repositories.journeys.find(cartID: cartID))
            #expect(journey.progress?.outcomes.contains { if case .deferred = $0.outcome { true } else { false } } == true)
            // Through the night, hour by hour: the text leaves once, in the morning.
            for _ in 0..<12 { try await app.advanceAndRun(3600) }
            let texts = await twilio.messages
            #expect(texts.count == 1)
        }
    }

    @Test func oneClickUnsubscribeSuppressesTheAddressAtOnce() async throws {
        try await withJourneyApp { app, _ in
            try await self.grantConsent(app)
            _ = try await app.event("cart.updated", cartData("E2"))
            try await app.advanceAndRun(1.5)  // abandoned
            try await app.advanceAndRun(2.5)  // the text
            try await app.advanceAndRun(3)  // the email
            let cartID = try #require(try await app.cart("E2")?["id"] as? String)
            let email = try #require(try await app.dependencies.repositories.messages.list(cartID: cartID).first { $0.channel == .email })
            let token = try #require(try await app.dependencies.repositories.unsubscribes.find(messageID: email.id))
            let page = try await app.client.execute(uri: "/u/\(token.token)", method: .get, headers: [:], body: nil)
            #expect(page.status == .ok)
            #expect(String(buffer: page.body).contains("<form method=\"post\">"))
            let oneClick = try await app.client.execute(
                uri: "/u/\(token.token)", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "List-Unsubscribe=One-Click"))
            #expect(oneClick.status == .ok)
            let hash = AddressHash.of("ana@shopper.example", channel: .email)
            #expect(
                try await app.dependencies.repositories.suppressions.isSuppressed(
                    storeID: Commerce.store, channel: .email, addressHash: hash))
            // The third step (an email) is never sent to the unsubscribed address.
            try await app.advanceAndRun(30)
            let sender = try #require(app.dependencies.channels[Commerce.store].email as? OutboxEmailSender)
            #expect(await sender.records.count == 1)
        }
    }

    @Test func anUnknownLinkIsANeutralPageNotAStoresHomePage() async throws {
        try await withJourneyApp { app, _ in
            let response = try await app.client.execute(uri: "/r/doesnotexist", method: .get, headers: [:], body: nil)
            #expect(response.status == .notFound)
            #expect(response.headers[.location] == nil)
        }
    }
}
