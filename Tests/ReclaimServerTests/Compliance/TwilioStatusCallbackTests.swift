import Foundation
import HTTPTypes
import HummingbirdTesting
import ReclaimCore
import ReclaimServer
import ReclaimStore
import Testing

/// `POST /webhooks/twilio/{store}/status`: delivery reports applied to the outbox through the one
/// status path (``TwilioStatusCallback`` reads, ``ProviderStatusService`` stores).
@Suite struct TwilioStatusCallbackTests {
    @Test func statusCallbacksUpdateTheOutboxAndError21610Suppresses() async throws {
        try await withTestApp(stores: try ComplianceFixture.stores()) { app in
            let phone = "+13125550109"
            _ = try await app.repositories.messages.insertOutbound(Self.outbound("msg_out", sid: "SMout", to: phone, .accepted))
            let failed = try await app.client.twilio(
                "status",
                [
                    ("MessageSid", "SMout"), ("MessageStatus", "failed"), ("ErrorCode", "21610"), ("To", phone),
                    ("Price", "-0.00790"), ("PriceUnit", "USD"),
                ])
            #expect(failed.status == .ok)
            let stored = try #require(try await app.repositories.messages.get(id: "msg_out"))
            #expect(stored.status == .failed)
            #expect(stored.errorCode == "21610")
            #expect(stored.cost == Money(minor: 1, currency: "USD"))
            let entry = try await app.repositories.suppressions.find(
                storeID: ComplianceFixture.storeID, channel: .sms, addressHash: AddressHash.of(phone, channel: .sms))
            #expect(entry?.reason == .carrierBlocked)
            // A late "sent" never overwrites the final status.
            _ = try await app.client.twilio("status", [("MessageSid", "SMout"), ("MessageStatus", "sent")])
            #expect(try await app.repositories.messages.get(id: "msg_out")?.status == .failed)
            let forged = try await app.client.twilio(
                "status", [("MessageSid", "SMout"), ("MessageStatus", "delivered")],
                token: "wrong")
            #expect(forged.status == .unauthorized)
        }
    }

    /// One row per decision in docs/channels.md ("Status callbacks: three decisions").
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var prior: MessageStatus
        var parameters: [(String, String)]
        var status: MessageStatus
        var cost: Money?
        var suppressed: Bool
        var testDescription: String { self.name }
    }

    static let cases: [Case] = [
        // Twilio's "sending" is Reclaim's "accepted": Twilio has the message.
        Case(
            name: "sending is accepted", prior: .sending, parameters: [("MessageStatus", "sending")], status: .accepted,
            suppressed: false),
        Case(
            name: "sending never moves back", prior: .sent, parameters: [("MessageStatus", "sending")], status: .sent,
            suppressed: false),
        // 30004 (blocked by the recipient or the carrier) suppresses the number, as 21610 does.
        Case(
            name: "30004 suppresses", prior: .sent,
            parameters: [("MessageStatus", "undelivered"), ("ErrorCode", "30004")], status: .undelivered, suppressed: true),
        Case(
            name: "30003 only records", prior: .sent,
            parameters: [("MessageStatus", "undelivered"), ("ErrorCode", "30003")], status: .undelivered, suppressed: false),
        // Prices round up to the currency's minor unit, by its ISO 4217 exponent.
        Case(
            name: "a cent and a quarter is 2 cents", prior: .accepted,
            parameters: [("MessageStatus", "sent"), ("Price", "-0.0125"), ("PriceUnit", "USD")], status: .sent,
            cost: Money(minor: 2, currency: "USD"), suppressed: false),
        Case(
            name: "yen have no minor unit", prior: .accepted,
            parameters: [("MessageStatus", "sent"), ("Price", "-1.5"), ("PriceUnit", "JPY")], status: .sent,
            cost: Money(minor: 2, currency: "JPY"), suppressed: false),
        Case(
            name: "no unit is USD", prior: .accepted, parameters: [("MessageStatus", "sent"), ("Price", "-0.0079")],
            status: .sent, cost: Money(minor: 1, currency: "USD"), suppressed: false),
        // An inbound word is no delivery report of an outbound message.
        Case(
            name: "received is ignored", prior: .sent, parameters: [("MessageStatus", "received")], status: .sent,
            suppressed: false),
    ]

    @Test(arguments: Self.cases)
    func callbackDecisions(_ row: Case) async throws {
        try await withTestApp(stores: try ComplianceFixture.stores()) { app in
            let phone = "+13125550142"
            _ = try await app.repositories.messages.insertOutbound(Self.outbound("msg_case", sid: "SMcase", to: phone, row.prior))
            let response = try await app.client.twilio("status", [("MessageSid", "SMcase"), ("To", phone)] + row.parameters)
            #expect(response.status == .ok)
            let stored = try #require(try await app.repositories.messages.get(id: "msg_case"))
            #expect(stored.status == row.status)
            #expect(stored.cost == row.cost)
            let entry = try await app.repositories.suppressions.find(
                storeID: ComplianceFixture.storeID, channel: .sms, addressHash: AddressHash.of(phone, channel: .sms))
            #expect((entry != nil) == row.suppressed)
        }
    }

    @Test func aSuppressingErrorForAnUnknownMessageSuppressesItsRecipient() async throws {
        try await withTestApp(stores: try ComplianceFixture.stores()) { app in
            let response = try await app.client.twilio(
                "status",
                [
                    ("MessageSid", "SMelsewhere"), ("MessageStatus", "undelivered"), ("ErrorCode", "30004"), ("To", "(312) 555-0177"),
                ])
            #expect(response.status == .ok)
            let entry = try await app.repositories.suppressions.find(
                storeID: ComplianceFixture.storeID, channel: .sms, addressHash: AddressHash.of("+13125550177", channel: .sms))
            #expect(entry?.reason == .carrierBlocked)
        }
    }

    @Test(arguments: [
        ([("MessageStatus", "sent")], "MessageSid"),
        ([("MessageSid", "SM1"), ("MessageStatus", "  ")], "MessageStatus"),
    ])
    func aCallbackWithoutItsSidOrStatusIsRefusedNamingTheField(parameters: [(String, String)], field: String) async throws {
        try await withTestApp(stores: try ComplianceFixture.stores()) { app in
            let response = try await app.client.twilio("status", parameters)
            #expect(response.status == .badRequest)
            #expect(response.text.contains(field))
        }
    }

    static func outbound(_ id: String, sid: String, to phone: String, _ status: MessageStatus) -> Message {
        Message(
            id: id, storeID: ComplianceFixture.storeID, channel: .sms, direction: .outbound, address: phone,
            body: "Your cart", status: status, providerID: sid, idempotencyKey: "cart:\(id):sms", createdAt: Date(),
            updatedAt: Date())
    }
}
