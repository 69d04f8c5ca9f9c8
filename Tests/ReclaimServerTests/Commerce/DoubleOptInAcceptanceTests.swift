import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import ReclaimCore
import ReclaimStore
import ReclaimTestSupport
import Testing

@testable import ReclaimServer

/// Issue 18 acceptance: with `consent.double_opt_in: sms_reply`, consent arrives, the confirmation text goes
/// out on the fake Twilio, a signed Twilio inbound "Y" confirms it, then the first reminder goes out;
/// without the Y nothing marketing goes out and the cart says why.
@Suite struct DoubleOptInAcceptanceTests {
    /// Wednesday 2026-11-18 14:00 in Chicago: inside every sending window for a 312 number.
    static let afternoon = ISO8601DateFormatter().date(from: "2026-11-18T20:00:00Z")!
    static let phone = "+13125550101"
    static let extra = """
            abandonment: { idle: 1s }
            consent: { double_opt_in: sms_reply, terms_url: "https://summit.example/sms-terms", confirmation_expires: 72h }
            flows:
              - name: short
                default: true
                steps:
                  - { delay: 2s, channel: sms }
        """

    func run(_ body: @Sendable @escaping (TestApp, FakeTwilio) async throws -> Void) async throws {
        try await withTestApp(twilioFaults: [], twilioOnSystemClock: true, clock: TestClock(Self.afternoon), extra: Self.extra) {
            app, twilio in
            let grant: [String: Any] = [
                "channel": "sms", "phone": Self.phone, "source": "popup", "ip": "203.0.113.7", "user_agent": "Mozilla/5.0",
                "page_url": "https://summit.example/",
                "disclosure_text":
                    "By submitting this form you agree to receive recurring automated marketing texts (e.g. cart reminders) "
                    + "from Summit Outfitters at this number. Consent is not a condition of purchase. Msg frequency varies. "
                    + "Msg & data rates may apply. Reply HELP for help, STOP to cancel.",
            ]
            #expect(try await app.event("consent.granted", grant).status == .ok)
            try await app.runJobs()
            try await app.advanceAndRun(5)  // the confirmation (two segments) waits for its slot in the sender's pace
            try await body(app, twilio)
        }
    }

    /// A Twilio inbound text from the shopper, signed with the fake's token.
    func reply(_ app: TestApp, _ twilio: FakeTwilio, _ text: String) async throws -> TestResponse {
        let sid = "SM\(UUID().uuidString.prefix(8))"
        return try await app.client.twilio(
            "inbound",
            [
                ("ToCountry", "US"), ("SmsMessageSid", sid), ("NumMedia", "0"), ("SmsSid", sid), ("SmsStatus", "received"),
                ("Body", text), ("To", ChannelsFixture.from), ("NumSegments", "1"), ("MessageSid", sid),
                ("AccountSid", twilio.accountSID), ("From", Self.phone), ("ApiVersion", "2010-04-01"),
            ], token: twilio.authToken, store: Commerce.store)
    }

    /// The cart through abandonment to its first step.
    func abandonCart(_ app: TestApp, _ id: String) async throws {
        #expect(try await app.event("cart.updated", cartData(id, phone: Self.phone)).status == .ok)
        try await app.advanceAndRun(1.5)  // abandoned; the journey starts
        try await app.advanceAndRun(2.5)  // the first text is due
    }

    @Test func theConfirmationThenYThenTheFirstReminder() async throws {
        try await self.run { app, twilio in
            let sent = await twilio.messages
            try #require(sent.count == 1)
            #expect(sent[0].to == Self.phone)
            for element in [
                "Summit Outfitters", "cart reminders", "Msg & data rates may apply", "Reply STOP to cancel, HELP for help",
                "https://summit.example/sms-terms", "Reply Y to confirm",
            ] {
                #expect(sent[0].body.contains(element), "\(element)")
            }
            let response = try await self.reply(app, twilio, "Sí")
            #expect(response.status == .ok)
            #expect(String(buffer: response.body).contains("subscribed"))
            let latest = try #require(
                try await app.dependencies.repositories.consent.latest(storeID: Commerce.store, channel: .sms, address: Self.phone))
            #expect(latest.kind == .doubleOptIn)
            #expect(latest.doubleOptInConfirmedAt == app.clock.now())
            #expect(latest.disclosureText?.contains("Reply Y to confirm") == true)

            try await self.abandonCart(app, "D1")
            let texts = await twilio.messages
            try #require(texts.count == 2)
            #expect(!texts[1].body.contains("Reply Y to confirm"))
        }
    }

    @Test func withoutTheYNothingMarketingGoesOut() async throws {
        try await self.run { app, twilio in
            #expect(await twilio.messages.count == 1)
            try await self.abandonCart(app, "D2")
            #expect(await twilio.messages.count == 1)
            let cart = try await app.api(.get, "/carts/D2")
            #expect(String(buffer: cart.body).contains("awaiting double opt-in reply"))
        }
    }

    @Test func aYAfterTheRequestExpiredConfirmsNothing() async throws {
        try await self.run { app, twilio in
            try await app.advanceAndRun(72 * 3600 + 1)  // the expiry job marks the request expired
            let history = try await app.dependencies.repositories.consent.history(
                storeID: Commerce.store, channel: .sms, address: Self.phone)
            #expect(history.map(\.kind) == [.expressWritten, ConsentKind.none])
            let response = try await self.reply(app, twilio, "Y")
            #expect(response.status == .ok)
            #expect(!String(buffer: response.body).contains("subscribed"))
            // No conversation job: the assistant does not answer a late Y either.
            #expect(try await app.jobs(ConversationReplyJob.kind) == 0)
            let latest = try await app.dependencies.repositories.consent.latest(storeID: Commerce.store, channel: .sms, address: Self.phone)
            #expect(latest?.kind != .doubleOptIn)
            try await app.runJobs()
            // Nothing was answered: the confirmation request stays the only text.
            #expect(await twilio.messages.count == 1)
        }
    }

    @Test func stopBeforeTheYEndsTheRequest() async throws {
        try await self.run { app, twilio in
            app.clock.advance(by: 60)
            _ = try await self.reply(app, twilio, "STOP")
            _ = try await self.reply(app, twilio, "Y")
            let latest = try await app.dependencies.repositories.consent.latest(storeID: Commerce.store, channel: .sms, address: Self.phone)
            #expect(latest?.kind == .revoked)
        }
    }
}
