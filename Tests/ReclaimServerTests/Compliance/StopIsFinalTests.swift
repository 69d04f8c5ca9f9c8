import Foundation
import HTTPTypes
import HummingbirdTesting
import ReclaimCore
import ReclaimStore
import Testing

@testable import ReclaimServer

/// A STOP by text stands until the shopper makes a new affirmative act after it (issue 16 item 1):
/// replayed or older consent events never re-enable texting; START by text does.
@Suite struct StopIsFinalTests {
    static let disclosure = "I agree to receive cart reminder texts from Summit Outfitters. Reply STOP to opt out."

    /// `consent.granted` from a checkout checkbox that the shopper ticked at `occurredAt`.
    func grant(
        _ client: any TestClientProtocol, _ phone: String, at occurredAt: Date, id: String
    ) async throws
        -> TestResponse
    {
        try await client.postAPI(
            "events",
            [
                "type": "consent.granted", "id": id, "occurred_at": occurredAt.formatted(.iso8601),
                "data": [
                    "channel": "sms", "phone": phone, "source": "checkout_checkbox", "disclosure_text": Self.disclosure,
                    "ip": "203.0.113.7", "user_agent": "Mozilla/5.0", "page_url": "https://summit.example/checkout",
                ],
            ])
    }

    /// The number's entry on the do-not-text list, if any.
    func suppression(_ repositories: ReclaimRepositories, _ phone: String) async throws -> Suppression? {
        try await repositories.suppressions.list(storeID: ComplianceFixture.storeID, channel: .sms).first { $0.address == phone }
    }

    @Test func aReplayedOrOlderGrantKeepsTheStopAndStartByTextLiftsIt() async throws {
        let clock = TestClock()
        try await withTestApp(stores: try ComplianceFixture.stores(), clock: clock) { app in
            // Given a checkbox consent ticked ten minutes ago, then STOP by text
            let phone = "+13125550141"
            let ticked = clock.now().addingTimeInterval(-600)
            #expect(try await self.grant(app.client, phone, at: ticked, id: "evt_grant").status == .ok)
            #expect(try await app.client.decision(phone) == "send")
            _ = try await app.client.inbound(from: phone, "STOP")
            #expect(try await app.client.decision(phone) == "block")

            // When the integration re-sends the same consent (a new event id, the same time) and an older one
            clock.advance(by: 60)
            #expect(try await self.grant(app.client, phone, at: ticked, id: "evt_resync").status == .ok)
            #expect(try await self.grant(app.client, phone, at: ticked.addingTimeInterval(-86_400), id: "evt_old").status == .ok)

            // Then the STOP stands, and the consent on record is still the revocation
            #expect(try await app.client.decision(phone) == "block")
            #expect(try await self.suppression(app.repositories, phone)?.reason == .optedOut)
            let latest = try await app.repositories.consent.latest(storeID: ComplianceFixture.storeID, channel: .sms, address: phone)
            #expect(latest?.kind == .revoked)

            // And START by text lifts it
            clock.advance(by: 60)
            _ = try await app.client.inbound(from: phone, "START")
            #expect(try await app.client.decision(phone) == "send")
            #expect(try await self.suppression(app.repositories, phone) == nil)
        }
    }

    @Test func aCheckboxTickedAfterTheStopLiftsItOnceAndItsReplayAfterANewStopDoesNot() async throws {
        let clock = TestClock()
        try await withTestApp(stores: try ComplianceFixture.stores(), clock: clock) { app in
            let phone = "+13125550143"
            _ = try await app.client.inbound(from: phone, "STOP")
            #expect(try await app.client.decision(phone) == "block")
            // A new checkbox consent ticked after the STOP lifts it.
            clock.advance(by: 120)
            let ticked = clock.now().addingTimeInterval(-30)
            #expect(try await self.grant(app.client, phone, at: ticked, id: "evt_new").status == .ok)
            #expect(try await app.client.decision(phone) == "send")
            #expect(try await self.suppression(app.repositories, phone) == nil)
            // A second STOP; the same consent delivered again does not undo it.
            clock.advance(by: 60)
            _ = try await app.client.inbound(from: phone, "STOP")
            clock.advance(by: 60)
            #expect(try await self.grant(app.client, phone, at: ticked, id: "evt_new_again").status == .ok)
            #expect(try await app.client.decision(phone) == "block")
            #expect(try await self.suppression(app.repositories, phone)?.reason == .optedOut)
        }
    }
}
