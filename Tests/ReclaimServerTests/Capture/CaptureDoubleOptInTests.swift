import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import ReclaimCore
import ReclaimStore
import ReclaimTestSupport
import Testing

@testable import ReclaimServer

/// Issue 18 acceptance, from the page: a capture through `POST /c/{store}` (as the embedded script posts it,
/// from an allowed origin), the double opt-in confirmation text on the fake Twilio, a signed Twilio reply
/// "Y", then the cart's first reminder. Before the Y the cart gets nothing.
@Suite struct CaptureDoubleOptInTests {
    /// Wednesday 2026-11-18 14:00 in Chicago: inside every sending window for a 312 number.
    static let afternoon = ISO8601DateFormatter().date(from: "2026-11-18T20:00:00Z")!
    static let phone = "+13125550111"
    static let extra = """
            abandonment: { idle: 1s }
            consent: { double_opt_in: sms_reply, terms_url: "https://summit.example/sms-terms", confirmation_expires: 72h }
            capture:
              origins: ["\(Capture.origin)"]
              disclosure: "\(Capture.disclosure)"
              terms_url: https://summit.example/terms
              privacy_url: https://summit.example/privacy
            flows:
              - name: short
                default: true
                steps:
                  - { delay: 2s, channel: sms }
        """

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

    @Test func aCaptureOnThePageThenTheConfirmationThenYThenTheFirstReminder() async throws {
        try await withTestApp(twilioFaults: [], twilioOnSystemClock: true, clock: TestClock(Self.afternoon), extra: Self.extra) {
            app, twilio in
            // The shopper leaves a cart, then gives their number in the page's form.
            #expect(try await app.event("cart.updated", cartData("P1", phone: nil, email: "pat@shopper.example")).status == .ok)
            let captured = try await app.capture(Capture.phoneBody(Self.phone))
            #expect(captured.status == .ok)
            let consent = try #require(try await app.consents(Self.phone).last)
            #expect(consent.disclosureText == Capture.disclosure)
            #expect(consent.kind == .expressWritten)

            // Exactly one text before the reply: the confirmation request, with what the carriers require.
            try await app.runJobs()
            try await app.advanceAndRun(5)
            let requests = await twilio.messages
            try #require(requests.count == 1)
            #expect(requests[0].to == Self.phone)
            for element in ["Summit Outfitters", "Msg & data rates may apply", "Reply STOP to cancel", "Reply Y to confirm"] {
                #expect(requests[0].body.contains(element), "\(element)")
            }

            // A cart with this number is not texted while the request waits for its reply.
            #expect(try await app.event("cart.updated", cartData("P2", phone: Self.phone)).status == .ok)
            try await app.advanceAndRun(1.5)
            try await app.advanceAndRun(2.5)
            #expect(await twilio.messages.count == 1)

            // The shopper answers Y: the confirmation is recorded with the reply's time.
            let answer = try await self.reply(app, twilio, "Y")
            #expect(answer.status == .ok)
            #expect(String(buffer: answer.body).contains("subscribed"))  // the TwiML answer, not a second API send
            let confirmed = try #require(try await app.consents(Self.phone).last)
            #expect(confirmed.kind == .doubleOptIn)
            #expect(confirmed.doubleOptInConfirmedAt == app.clock.now())

            // The next cart's first reminder goes out.
            #expect(try await app.event("cart.updated", cartData("P3", phone: Self.phone)).status == .ok)
            try await app.advanceAndRun(1.5)
            try await app.advanceAndRun(2.5)
            try await app.advanceAndRun(5)
            let texts = await twilio.messages.map(\.body)
            try #require(texts.count == 2, "\(texts)")
            #expect(texts[1].contains("Switchback") && texts[1].contains("Reply STOP to opt out"), "\(texts)")
        }
    }
}
