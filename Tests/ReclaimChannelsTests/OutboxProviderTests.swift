import Foundation
import ReclaimChannels
import ReclaimCore
import Testing

@Suite struct OutboxProviderTests {
    static func request(to: String = "+15558675310", key: String = "c1:0:sms") -> SMSSendRequest {
        SMSSendRequest(to: to, sender: .number("+15017122661"), body: "Your cart is waiting", idempotencyKey: key)
    }

    @Test func acceptsRecordsAndSimulatesDelivery() async throws {
        let outbox = OutboxSMSProvider(now: { Date(timeIntervalSince1970: 0) }, makeID: { "OB1" })
        let result = try await outbox.send(Self.request())
        #expect(result.providerID == "OB1")
        #expect(result.status == .accepted)
        #expect(result.segments == 1)
        #expect(await outbox.records.count == 1)
        #expect(await outbox.takeStatusReports().map(\.status) == [.sent, .delivered])
        #expect(await outbox.takeStatusReports().isEmpty)
        #expect(try await outbox.lookup(providerID: "OB1")?.status == .delivered)
        #expect(try await outbox.lookup(providerID: "nope") == nil)
    }

    @Test func repeatedKeyReturnsTheFirstResult() async throws {
        let outbox = OutboxSMSProvider()
        let first = try await outbox.send(Self.request())
        let second = try await outbox.send(Self.request())
        #expect(first == second)
        #expect(await outbox.records.count == 1)
        #expect(outbox.deduplicatesRetries)
    }

    @Test func rulesSimulateFailuresAndOptOuts() async throws {
        let outbox = OutboxSMSProvider(rule: .undelivered(to: ["+15550000000"]))
        _ = try await outbox.send(Self.request(to: "+15550000000", key: "a"))
        let reports = await outbox.takeStatusReports()
        #expect(reports.last?.status == .undelivered)
        #expect(reports.last?.errorCode == "30003")
        await outbox.setRule(.optedOut(["+15551112222"]))
        await #expect {
            try await outbox.send(Self.request(to: "+15551112222", key: "b"))
        } throws: { ($0 as? ProviderError)?.action == .suppress(.carrierBlocked) }
    }

    @Test func simulatedReplyLooksInbound() async {
        let outbox = OutboxSMSProvider()
        let reply = await outbox.simulateReply(from: "+15558675310", to: "+15017122661", text: "STOP")
        #expect(reply.provider == "outbox")
        #expect(reply.text == "STOP")
    }

    @Test func emailOutboxRendersAndRecords() async throws {
        let outbox = OutboxEmailSender(renderer: EmailRenderer(now: { Date(timeIntervalSince1970: 0) }, makeID: { "id1" }))
        let result = try await outbox.send(
            EmailMessage(
                from: EmailAddress("hello@shop.example.com"), to: [EmailAddress("ada@example.org")], subject: "Hi", text: "Hello"))
        #expect(result.messageID == "id1@shop.example.com")
        let record = try #require(await outbox.records.first)
        #expect(record.rendered.headers.contains(EmailHeader("Message-ID", "<id1@shop.example.com>")))
    }
}
