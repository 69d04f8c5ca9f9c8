import Foundation
import ReclaimChannels
import ReclaimCore
import Testing

@Suite struct TelnyxWebhookTests {
    struct Vectors: Decodable {
        struct Key: Decodable {
            let publicKeyBase64: String
        }

        struct Case: Decodable, Sendable, CustomTestStringConvertible {
            let name: String
            let now: Double
            let headers: [String: String]
            let rawBody: String
            let expect: String
            let publicKeyBase64Override: String?

            var testDescription: String { self.name }
        }

        let key: Key
        let cases: [Case]
    }

    static let vectors: Vectors = {
        let data = try! Fixture.data("telnyx/signature_test_vectors.sdk-tests.json")
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try! decoder.decode(Vectors.self, from: data)
    }()

    @Test(arguments: Self.vectors.cases)
    func signatureVector(_ vector: Vectors.Case) throws {
        let key = vector.publicKeyBase64Override ?? Self.vectors.key.publicKeyBase64
        if vector.expect.hasPrefix("error") {
            #expect(throws: TelnyxSignatureError.invalidPublicKey) { try TelnyxWebhookVerifier(publicKeyBase64: key) }
            return
        }
        let verifier = try TelnyxWebhookVerifier(publicKeyBase64: key)
        let headers = vector.headers.map { (name: $0.key, value: $0.value) }
        let valid = verifier.isValid(
            headers: headers, rawBody: Data(vector.rawBody.utf8), now: Date(timeIntervalSince1970: vector.now))
        #expect(valid == (vector.expect == "valid"))
    }

    @Test func specificReasonsAreReported() throws {
        let verifier = try TelnyxWebhookVerifier(publicKeyBase64: Self.vectors.key.publicKeyBase64)
        let good = Self.vectors.cases[1]
        let signature = try #require(good.headers["Telnyx-Signature-Ed25519"])
        let body = Data(good.rawBody.utf8)
        #expect(throws: TelnyxSignatureError.timestampOutOfTolerance) {
            try verifier.verify(
                signature: signature, timestamp: "1700000000", rawBody: body, now: Date(timeIntervalSince1970: 1_700_000_301))
        }
        #expect(throws: TelnyxSignatureError.invalidSignature) {
            try verifier.verify(
                signature: signature, timestamp: "1700000000", rawBody: Data((good.rawBody + " ").utf8),
                now: Date(timeIntervalSince1970: 1_700_000_000))
        }
        #expect(throws: TelnyxSignatureError.missingSignature) {
            try verifier.verify(
                headers: [("telnyx-timestamp", "1700000000")], rawBody: body, now: Date(timeIntervalSince1970: 1_700_000_000))
        }
        // Exactly at the tolerance is still accepted.
        try verifier.verify(signature: signature, timestamp: "1700000000", rawBody: body, now: Date(timeIntervalSince1970: 1_700_000_300))
    }

    @Test func messageSentParses() throws {
        let event = try TelnyxWebhookEvent(rawBody: try Fixture.data("telnyx/webhook_message_sent.docs-example.json"))
        #expect(event.kind == .sent)
        #expect(event.eventID == "a1b2c3d4-5678-9012-abcd-ef1234567890")
        let report = try #require(event.statusReport)
        #expect(report.providerID == "ac012cbf-5e09-46af-a69a-7c0e2d90993c")
        #expect(report.status == .sent)
        #expect(report.segments == 1)
        #expect(report.to == "+13125550002")
        #expect(event.inbound == nil)
    }

    @Test func messageFinalizedParsesWithCost() throws {
        let event = try TelnyxWebhookEvent(rawBody: try Fixture.data("telnyx/webhook_message_finalized.docs-example.json"))
        #expect(event.kind == .finalized)
        let report = try #require(event.statusReport)
        #expect(report.status == .delivered)
        #expect(report.isFinal)
        #expect(report.price == ProviderPrice(amount: Decimal(string: "0.0051")!, currency: "USD"))
        #expect(report.price?.money() == Money(minor: 1, currency: "USD"))
        #expect(report.errorCode == nil)
        let occurred = try #require(event.occurredAt)
        #expect(abs(occurred.timeIntervalSince1970 - 1_705_354_334.148) < 0.001)
    }

    @Test func messageReceivedParsesAsInbound() throws {
        let event = try TelnyxWebhookEvent(rawBody: try Fixture.data("telnyx/webhook_message_received.docs-example.json"))
        #expect(event.kind == .received)
        let inbound = try #require(event.inbound)
        #expect(inbound.from == "+13125550001")
        #expect(inbound.to == "+17735550002")
        #expect(inbound.text == "Hello from Telnyx!")
        #expect(inbound.providerID == "84cca175-9755-4859-b67f-4730d7f58aa3")
        #expect(inbound.autoresponseType == nil)
        #expect(event.statusReport == nil)
    }

    @Test func finalizedFailureCarriesErrorAction() throws {
        let body = #"""
            {"data":{"event_type":"message.finalized","id":"e1","occurred_at":"2024-01-15T21:32:14+00:00",
            "payload":{"id":"m1","direction":"outbound","parts":1,"errors":[{"code":"40001","title":"Not routable"}],
            "to":[{"phone_number":"+13125550002","status":"delivery_failed"}]},"record_type":"event"}}
            """#
        let report = try #require(try TelnyxWebhookEvent(rawBody: Data(body.utf8)).statusReport)
        #expect(report.status == .undelivered)
        #expect(report.errorCode == "40001")
        #expect(report.errorAction == .invalidRecipient)
    }

    @Test(arguments: [
        ("queued", MessageStatus.accepted), ("sending", .accepted), ("sent", .sent), ("delivered", .delivered),
        ("delivery_unconfirmed", .delivered), ("delivery_failed", .undelivered), ("expired", .undelivered),
        ("sending_failed", .failed),
    ])
    func statusWordsMap(word: String, status: MessageStatus) {
        #expect(TelnyxMessageStatus.messageStatus(word) == status)
    }
}
