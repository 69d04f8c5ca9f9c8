import Foundation
import HTTPTypes
import HummingbirdTesting
import ReclaimCore
import ReclaimServer
import ReclaimStore
import Testing

/// `POST /webhooks/twilio/{store}/inbound`: signature, redaction, and the opt-out, HELP and START
/// keywords taking effect before the response.
@Suite struct TwilioInboundRouteTests {
    static func hash(_ phone: String) -> String { AddressHash.of(phone, channel: .sms) }

    @Test func freeTextStopSuppressesBeforeTheResponseAndConfirmsOnce() async throws {
        let clock = TestClock()
        try await withTestApp(stores: try ComplianceFixture.stores(), clock: clock) { app in
            // Given a consented number
            let phone = "+13125550101"
            _ = try await app.repositories.consent.append(ComplianceFixture.grant(phone, at: clock.now().addingTimeInterval(-60)))
            #expect(try await app.client.decision(phone) == "send")
            // When the shopper writes a free-text opt-out
            let response = try await app.client.inbound(from: phone, "Stop texting me please")
            // Then it is in force as soon as the webhook answers
            #expect(response.status == .ok)
            #expect(response.headers[.contentType]?.hasPrefix("text/xml") == true)
            #expect(response.text.components(separatedBy: "<Message>").count == 2)
            #expect(response.text.contains("Summit Outfitters: You're unsubscribed"))
            let entry = try await app.repositories.suppressions.find(
                storeID: ComplianceFixture.storeID, channel: .sms, addressHash: Self.hash(phone))
            #expect(entry?.reason == .optedOut)
            let latest = try await app.repositories.consent.latest(storeID: ComplianceFixture.storeID, channel: .sms, address: phone)
            #expect(latest?.kind == .revoked)
            #expect(latest?.source == .keyword)
            #expect(try await app.client.decision(phone) == "block")
            #expect(try await app.client.decision(phone, consent: "express_written") == "block")
        }
    }

    @Test func aSecondStopOrARedeliveryGetsNoSecondConfirmation() async throws {
        let clock = TestClock()
        try await withTestApp(stores: try ComplianceFixture.stores(), clock: clock) { app in
            let phone = "+13125550105"
            let first = try await app.client.inbound(from: phone, "STOP", sid: "SMfirst")
            #expect(first.text.contains("<Message>"))
            let redelivered = try await app.client.inbound(from: phone, "STOP", sid: "SMfirst")
            #expect(redelivered.status == .ok)
            #expect(!redelivered.text.contains("<Message>"))
            clock.advance(by: 60)
            let again = try await app.client.inbound(from: phone, "stop", sid: "SMsecond")
            #expect(!again.text.contains("<Message>"))
            let history = try await app.repositories.consent.history(storeID: ComplianceFixture.storeID, channel: .sms, address: phone)
            #expect(history.map(\.kind) == [.revoked, .revoked])
        }
    }

    @Test func noConfirmationWhenTheProviderSendsItsOwn() async throws {
        try await withTestApp(stores: try ComplianceFixture.stores(providerConfirmsOptOut: true)) { app in
            let response = try await app.client.inbound(from: "+13125550106", "UNSUBSCRIBE")
            #expect(response.status == .ok)
            #expect(!response.text.contains("<Message>"))
            #expect(
                try await app.repositories.suppressions.isSuppressed(
                    storeID: ComplianceFixture.storeID, channel: .sms, addressHash: Self.hash("+13125550106")))
        }
    }

    @Test func aBadOrMissingSignatureIs401AndChangesNothing() async throws {
        try await withTestApp(stores: try ComplianceFixture.stores()) { app in
            let phone = "+13125550102"
            for token in ["not-the-auth-token", nil] {
                let response = try await app.client.inbound(from: phone, "STOP", sid: "SMforged", token: token)
                #expect(response.status == .unauthorized)
                #expect((response.jsonObject["error"] as? [String: String])?["code"] == "unauthorized")
            }
            #expect(try await app.repositories.messages.find(providerID: "SMforged", direction: .inbound) == nil)
            #expect(
                try await !app.repositories.suppressions.isSuppressed(
                    storeID: ComplianceFixture.storeID, channel: .sms, addressHash: Self.hash(phone)))
            #expect(try await app.repositories.consent.latest(storeID: ComplianceFixture.storeID, channel: .sms, address: phone) == nil)
        }
    }

    @Test func helpRepliesWithBrandSupportRatesAndStop() async throws {
        try await withTestApp(stores: try ComplianceFixture.stores()) { app in
            let response = try await app.client.inbound(from: "+13125550103", "help?")
            #expect(response.status == .ok)
            let text = response.text
            #expect(text.contains("<Message>Summit Outfitters:"))
            #expect(text.contains("help@summitoutfitters.example"))
            #expect(text.contains("+18885550175"))
            #expect(text.contains("Msg&amp;data rates may apply"))
            #expect(text.contains("Reply STOP to opt out"))
        }
    }

    @Test func startAfterStopResubscribesWithTheConsentItRevoked() async throws {
        let clock = TestClock()
        try await withTestApp(stores: try ComplianceFixture.stores(), clock: clock) { app in
            let phone = "+13125550104"
            _ = try await app.repositories.consent.append(ComplianceFixture.grant(phone, at: clock.now().addingTimeInterval(-60)))
            _ = try await app.client.inbound(from: phone, "STOP")
            #expect(try await app.client.decision(phone) == "block")
            clock.advance(by: 60)
            let response = try await app.client.inbound(from: phone, "START")
            #expect(response.text.contains("You're subscribed"))
            #expect(try await app.client.decision(phone) == "send")
            let latest = try #require(
                try await app.repositories.consent.latest(storeID: ComplianceFixture.storeID, channel: .sms, address: phone))
            #expect(latest.kind == .expressWritten)
            #expect(latest.source == .keyword)
            #expect(latest.disclosureText == ComplianceTexts.optInConfirmation(brand: "Summit Outfitters"))
        }
    }

    @Test func otherTextsAreRecordedRedactedWithAnEmptyReply() async throws {
        try await withTestApp(stores: try ComplianceFixture.stores()) { app in
            let response = try await app.client.inbound(
                from: "+13125550107", "my card is 4111 1111 1111 1111 exp 12/27 cvv 123", sid: "SMcard")
            #expect(response.text.hasSuffix("<Response/>"))
            let stored = try #require(try await app.repositories.messages.find(providerID: "SMcard", direction: .inbound))
            #expect(!stored.body.contains("4111"))
            #expect(!stored.body.contains("123"))
            #expect(stored.body.contains(CardDataRedactor.cardPlaceholder))
            #expect(stored.status == .received)
            #expect(stored.address == "+13125550107")
        }
    }

    @Test func anUnknownStoreIs404() async throws {
        try await withTestApp(stores: try ComplianceFixture.stores()) { app in
            let response = try await app.client.twilio("inbound", [("From", "+13125550108"), ("Body", "hi")], store: "nope")
            #expect(response.status == .notFound)
        }
    }
}
