import Foundation
import Hummingbird
import ReclaimChannels
import ReclaimCore
import ReclaimTestSupport
import Testing

@Suite struct TelnyxProviderTests {
    static let request = SMSSendRequest(
        to: "+13125550002", sender: .numberInService(number: "+13125550001", service: "83d2343b-553f-4c5f-b8c8-fd27004f94bf"),
        body: "Hello there!", statusCallbackURL: "https://reclaim.example.com/webhooks/telnyx", idempotencyKey: "cart-1:0:sms")

    func withTelnyx<T: Sendable>(_ fake: FakeTelnyx, _ body: @Sendable (TelnyxSMSProvider) async throws -> T) async throws -> T {
        let key = fake.apiKey
        return try await LocalHTTPServer.run(fake.makeRouter) { base in
            try await body(TelnyxSMSProvider(configuration: TelnyxConfiguration(apiKey: key, baseURL: base)))
        }
    }

    @Test func sendPostsJSONAndParsesTheAnswer() async throws {
        let fake = FakeTelnyx()
        let result = try await self.withTelnyx(fake) { try await $0.send(Self.request) }
        #expect(result.status == .accepted)
        #expect(result.providerStatus == "queued")
        #expect(result.segments == 1)
        let post = try #require(await fake.posts.first)
        #expect(post.idempotencyKey == "cart-1:0:sms")
        let body = try #require(try JSONSerialization.jsonObject(with: Data(post.body.utf8)) as? [String: String])
        #expect(
            body == [
                "from": "+13125550001", "to": "+13125550002", "text": "Hello there!",
                "messaging_profile_id": "83d2343b-553f-4c5f-b8c8-fd27004f94bf",
                "webhook_url": "https://reclaim.example.com/webhooks/telnyx",
            ])
    }

    @Test func stopBlockedFixtureMapsToSuppression() async throws {
        let json = String(decoding: try Fixture.data("telnyx/error_blocked_due_to_stop.docs-example.json"), as: UTF8.self)
        for status in [400, 403, 422] {
            let fake = FakeTelnyx(faults: [.errorBody(status: status, json: json)])
            let error = try await self.sendExpectingError(fake)
            #expect(error.action == .suppress(.carrierBlocked), "HTTP \(status)")
            #expect(error.code == "40300")
        }
    }

    @Test func rateLimitRetriesAfterTheReset() async throws {
        let error = try await self.sendExpectingError(FakeTelnyx(faults: [.rateLimited(reset: 3)]))
        #expect(error.action == .retry(after: 3))
        #expect(error.code == "10011")
    }

    @Test func invalidToIsAnInvalidRecipient() async throws {
        let json = #"{"errors":[{"code":"40310","title":"Invalid 'to' address"}]}"#
        let error = try await self.sendExpectingError(FakeTelnyx(faults: [.errorBody(status: 400, json: json)]))
        #expect(error.action == .invalidRecipient)
    }

    @Test func serverErrorRetries() async throws {
        let json = #"{"errors":[{"code":"10007","title":"Unexpected error"}]}"#
        let error = try await self.sendExpectingError(FakeTelnyx(faults: [.errorBody(status: 503, json: json)]))
        #expect(error.action == .retry(after: nil))
    }

    @Test func lookupFindsSentMessage() async throws {
        let fake = FakeTelnyx()
        let (found, missing) = try await self.withTelnyx(fake) { telnyx in
            let sent = try await telnyx.send(Self.request)
            return (
                try await telnyx.lookup(providerID: sent.providerID),
                try await telnyx.lookup(providerID: "00000000-0000-0000-0000-000000000000")
            )
        }
        #expect(found?.status == .accepted)
        #expect(found?.to == "+13125550002")
        #expect(missing == nil)
    }

    @Test func idempotencyKeyOutsideThePatternIsHashed() async throws {
        let fake = FakeTelnyx()
        let request = SMSSendRequest(to: "+13125550002", sender: .number("+13125550001"), body: "x", idempotencyKey: "cart 1/step 0")
        _ = try await self.withTelnyx(fake) { try await $0.send(request) }
        let key = try #require(await fake.posts.first?.idempotencyKey)
        #expect(key.count == 64 && key.allSatisfy(\.isHexDigit))
    }

    private func sendExpectingError(_ fake: FakeTelnyx) async throws -> ProviderError {
        let outcome: Result<SMSSendResult, ProviderError> = try await self.withTelnyx(fake) { telnyx in
            do { return .success(try await telnyx.send(Self.request)) } catch let error as ProviderError { return .failure(error) }
        }
        guard case .failure(let error) = outcome else {
            Issue.record("expected a ProviderError")
            throw CancellationError()
        }
        return error
    }
}
