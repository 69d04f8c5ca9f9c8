import Foundation
import HTTPTypes
import HummingbirdTesting
import ReclaimCore
import ReclaimServer
import ReclaimStore
import SQLKit
import Testing

/// A text that might mean "stop" but is ambiguous: marketing stops at once (`opt_out_unconfirmed`),
/// the shopper is asked once, STOP turns the pause into an opt-out and START lifts it.
@Suite struct AmbiguousOptOutRouteTests {
    static let ambiguous = "I want to cancel"

    static func suppression(_ phone: String, _ repositories: ReclaimRepositories) async throws -> SuppressionReason? {
        try await repositories.suppressions.find(
            storeID: ComplianceFixture.storeID, channel: .sms, addressHash: AddressHash.of(phone, channel: .sms))?.reason
    }

    /// The outbound texts queued to `phone`, oldest first.
    static func queued(_ phone: String, _ repositories: ReclaimRepositories) async throws -> [String] {
        try await repositories.messages.database.select().column("body").from("messages")
            .where("address", .equal, phone).where("direction", .equal, "outbound").orderBy("created_at")
            .all().map { try $0.decode(column: "body", as: String.self) }
    }

    @Test func anAmbiguousTextPausesMarketingAndAsksOnce() async throws {
        let clock = TestClock()
        try await withTestApp(stores: try ComplianceFixture.stores(), clock: clock) { app in
            // Given a consented number
            let phone = "+13125550121"
            _ = try await app.repositories.consent.append(ComplianceFixture.grant(phone, at: clock.now().addingTimeInterval(-60)))
            #expect(try await app.client.decision(phone) == "send")
            // When the shopper writes something that might mean stop
            let response = try await app.client.inbound(from: phone, Self.ambiguous)
            // Then marketing stops at once, without a keyword reply, and the one question is queued
            #expect(response.status == .ok)
            #expect(!response.text.contains("<Message>"))
            #expect(try await Self.suppression(phone, app.repositories) == .optOutUnconfirmed)
            #expect(try await app.client.decision(phone) == "block")
            let question = ComplianceTexts.optOutQuestion(brand: "Summit Outfitters")
            #expect(try await Self.queued(phone, app.repositories) == [question])
            // Consent is not revoked: the shopper has not clearly said so.
            #expect(
                try await app.repositories.consent.latest(storeID: ComplianceFixture.storeID, channel: .sms, address: phone)?.kind
                    == .expressWritten)
            // A later ambiguous text asks nothing again.
            clock.advance(by: 60)
            _ = try await app.client.inbound(from: phone, "does shipping stop at the border")
            #expect(try await Self.queued(phone, app.repositories) == [question])
        }
    }

    @Test func stopAfterTheQuestionOptsOutAndIsConfirmed() async throws {
        let clock = TestClock()
        try await withTestApp(stores: try ComplianceFixture.stores(), clock: clock) { app in
            let phone = "+13125550122"
            _ = try await app.client.inbound(from: phone, Self.ambiguous)
            clock.advance(by: 60)
            let stop = try await app.client.inbound(from: phone, "STOP")
            #expect(stop.text.contains("Summit Outfitters: You're unsubscribed"))
            #expect(try await Self.suppression(phone, app.repositories) == .optedOut)
            #expect(
                try await app.repositories.consent.latest(storeID: ComplianceFixture.storeID, channel: .sms, address: phone)?.kind
                    == .revoked)
        }
    }

    @Test func startLiftsThePauseButABareYesDoesNot() async throws {
        let clock = TestClock()
        try await withTestApp(stores: try ComplianceFixture.stores(), clock: clock) { app in
            let phone = "+13125550123"
            _ = try await app.repositories.consent.append(ComplianceFixture.grant(phone, at: clock.now().addingTimeInterval(-60)))
            _ = try await app.client.inbound(from: phone, Self.ambiguous)
            clock.advance(by: 60)
            let yes = try await app.client.inbound(from: phone, "yes")
            #expect(!yes.text.contains("<Message>"))
            #expect(try await Self.suppression(phone, app.repositories) == .optOutUnconfirmed)
            clock.advance(by: 60)
            let start = try await app.client.inbound(from: phone, "START")
            #expect(start.text.contains("You're subscribed"))
            #expect(try await Self.suppression(phone, app.repositories) == nil)
            #expect(try await app.client.decision(phone) == "send")
        }
    }
}
