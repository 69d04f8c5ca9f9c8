import Foundation
import HTTPTypes
import HummingbirdTesting
import ReclaimCore
import ReclaimServer
import ReclaimStore
import Testing

/// `POST /webhooks/twilio/{store}/status`: delivery reports applied to the outbox.
@Suite struct TwilioStatusCallbackTests {
    @Test func statusCallbacksUpdateTheOutboxAndError21610Suppresses() async throws {
        try await withComplianceApp { client, repositories in
            let phone = "+13125550109"
            _ = try await repositories.messages.insertOutbound(Message(
                id: "msg_out", storeID: ComplianceFixture.storeID, channel: .sms, direction: .outbound, address: phone,
                body: "Your cart", status: .accepted, providerID: "SMout", idempotencyKey: "cart:1:sms",
                createdAt: Date(), updatedAt: Date()))
            let failed = try await client.twilio("status", [
                ("MessageSid", "SMout"), ("MessageStatus", "failed"), ("ErrorCode", "21610"), ("To", phone),
                ("Price", "-0.00790"), ("PriceUnit", "USD"),
            ])
            #expect(failed.status == .ok)
            let stored = try #require(try await repositories.messages.get(id: "msg_out"))
            #expect(stored.status == .failed)
            #expect(stored.errorCode == "21610")
            #expect(stored.cost == Money(minor: 1, currency: "USD"))
            let entry = try await repositories.suppressions.find(
                storeID: ComplianceFixture.storeID, channel: .sms, addressHash: AddressHash.of(phone, channel: .sms))
            #expect(entry?.reason == .carrierBlocked)
            // A late "sent" never overwrites the final status.
            _ = try await client.twilio("status", [("MessageSid", "SMout"), ("MessageStatus", "sent")])
            #expect(try await repositories.messages.get(id: "msg_out")?.status == .failed)
            let forged = try await client.twilio("status", [("MessageSid", "SMout"), ("MessageStatus", "delivered")],
                                                 token: "wrong")
            #expect(forged.status == .unauthorized)
        }
    }
}
