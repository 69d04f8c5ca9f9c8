import Foundation
import Hummingbird
import ReclaimChannels
import ReclaimCore
import ReclaimTestSupport
import Testing

@Suite struct TwilioProviderTests {
    static let request = SMSSendRequest(
        to: "+15558675310", sender: .number("+15017122661"), body: "Your cart misses you & so do we: 20% off",
        statusCallbackURL: "https://reclaim.example.com/webhooks/twilio/status", idempotencyKey: "cart-1:0:sms")

    func withTwilio<T: Sendable>(
        _ fake: FakeTwilio, token: String? = nil, timeout: TimeInterval = 5,
        _ body: @Sendable (TwilioSMSProvider) async throws -> T
    ) async throws -> T {
        let sid = fake.accountSID
        let secret = token ?? fake.authToken
        return try await LocalHTTPServer.run(fake.makeRouter) { base in
            try await body(
                TwilioSMSProvider(
                    configuration: TwilioConfiguration(
                        accountSID: sid, authToken: secret, baseURL: base, requestTimeout: timeout)))
        }
    }

    @Test func acceptedMessageIsParsedAndFormIsEncoded() async throws {
        let fake = FakeTwilio()
        let result = try await self.withTwilio(fake) { try await $0.send(Self.request) }
        #expect(result.providerID.hasPrefix("SM"))
        #expect(result.status == .accepted)
        #expect(result.providerStatus == "queued")
        #expect(result.segments == 1)
        let posts = await fake.posts
        #expect(posts.count == 1)
        let form = try #require(posts.first?.form)
        #expect(form["To"] == "+15558675310")
        #expect(form["From"] == "+15017122661")
        #expect(form["Body"] == Self.request.body)
        #expect(form["StatusCallback"] == "https://reclaim.example.com/webhooks/twilio/status")
        #expect(form["MessagingServiceSid"] == nil)
    }

    @Test func messagingServiceIsSentInsteadOfFrom() async throws {
        let fake = FakeTwilio()
        let request = SMSSendRequest(
            to: Self.request.to, sender: .messagingService("MG00000000000000000000000000000001"), body: "Hi",
            idempotencyKey: "k")
        _ = try await self.withTwilio(fake) { try await $0.send(request) }
        let form = try #require(await fake.posts.first?.form)
        #expect(form["MessagingServiceSid"] == "MG00000000000000000000000000000001")
        #expect(form["From"] == nil)
    }

    @Test func twoRateLimitsThenSuccessSendsExactlyOnce() async throws {
        // Given a Twilio that answers 429 (Retry-After: 1) twice, then 201
        let fake = FakeTwilio(faults: [.tooManyRequests(retryAfter: 1), .tooManyRequests(retryAfter: 1)])
        let waits = WaitLog()
        // When the caller retries with the standard policy (sleeps recorded, not slept)
        let result = try await self.withTwilio(fake) { twilio in
            try await ProviderRetry.run(
                policy: ProviderRetryPolicy(maxAttempts: 5, backoff: .init(base: 0.01, cap: 0.1)), jitter: { 0 },
                sleep: { await waits.record($0) }
            ) { _ in try await twilio.send(Self.request) }
        }
        // Then three requests were made, one message exists, and each wait honoured Retry-After
        #expect(result.providerID.hasPrefix("SM"))
        #expect(await fake.posts.map(\.status) == [429, 429, 201])
        #expect(await fake.messages.count == 1)
        #expect(await waits.values == [1, 1])
    }

    @Test func rateLimitMapsToRetryWithRetryAfter() async throws {
        let fake = FakeTwilio(faults: [.tooManyRequests(retryAfter: 7)])
        let error = try await self.sendExpectingError(fake)
        #expect(error.action == .retry(after: 7))
        #expect(error.code == "20429")
        #expect(error.httpStatus == 429)
        #expect(!error.outcomeUnknown)
    }

    @Test func optedOutAtCarrierSuppresses() async throws {
        let fake = FakeTwilio(faults: [.apiError(status: 400, code: 21610, message: "Attempt to send to unsubscribed recipient")])
        let error = try await self.sendExpectingError(fake)
        #expect(error.action == .suppress(.carrierBlocked))
        #expect(error.code == "21610")
        #expect(await fake.messages.isEmpty)
    }

    @Test(arguments: [21211, 21614])
    func invalidNumbersAreInvalidRecipients(code: Int) async throws {
        let fake = FakeTwilio(faults: [.apiError(status: 400, code: code, message: "Invalid 'To' Phone Number")])
        let error = try await self.sendExpectingError(fake)
        #expect(error.action == .invalidRecipient)
        #expect(error.code == String(code))
    }

    @Test func serverErrorRetries() async throws {
        let error = try await self.sendExpectingError(FakeTwilio(faults: [.serverError]))
        #expect(error.action == .retry(after: nil))
        #expect(error.httpStatus == 500)
    }

    @Test func otherClientErrorsArePermanent() async throws {
        let fake = FakeTwilio(faults: [.apiError(status: 400, code: 21606, message: "The 'From' phone number is not valid")])
        let error = try await self.sendExpectingError(fake)
        #expect(error.action == .permanent(code: "21606", message: "The 'From' phone number is not valid"))
    }

    @Test func wrongCredentialsAreRefusedByTheFake() async throws {
        let fake = FakeTwilio()
        let error = try await self.sendExpectingError(fake, token: "wrong")
        #expect(error.httpStatus == 401)
        #expect(error.code == "20003")
        #expect(!error.isRetryable)
        #expect(await fake.messages.isEmpty)
    }

    @Test func timeoutAfterTheRequestLeftIsAnUnknownOutcome() async throws {
        let fake = FakeTwilio(faults: [.delay(.seconds(3))])
        let error = try await self.sendExpectingError(fake, timeout: 0.5)
        #expect(error.isRetryable)
        #expect(error.outcomeUnknown)
        #expect(SendStateMachine.afterAttempt(.failure(error), deduplicatesRetries: false) != .retry(after: nil))
    }

    @Test func connectionRefusedIsASafeRetry() async throws {
        let twilio = TwilioSMSProvider(
            configuration: TwilioConfiguration(
                accountSID: "AC1", authToken: "t", baseURL: "http://127.0.0.1:1", requestTimeout: 2))
        await #expect {
            try await twilio.send(Self.request)
        } throws: { error in
            guard let error = error as? ProviderError else { return false }
            return error.isRetryable && !error.outcomeUnknown
        }
    }

    @Test func lookupFindsTheMessageAndNilForUnknownSID() async throws {
        let fake = FakeTwilio()
        let (found, missing) = try await self.withTwilio(fake) { twilio in
            let sent = try await twilio.send(Self.request)
            await fake.setStatus("delivered", price: "-0.00750", sid: sent.providerID)
            return (try await twilio.lookup(providerID: sent.providerID), try await twilio.lookup(providerID: "SMdoesnotexist"))
        }
        let report = try #require(found)
        #expect(report.status == .delivered)
        #expect(report.price == ProviderPrice(amount: Decimal(string: "0.0075")!, currency: "USD"))
        #expect(report.price?.money() == Money(minor: 1, currency: "USD"))
        #expect(missing == nil)
    }

    @Test func findSentListsByRecipientAndDayAndMatchesBodySenderAndCreationTime() async throws {
        let crash = Date(timeIntervalSince1970: 1_795_000_000)  // the row went to `sending`
        let fake = FakeTwilio(now: { crash })
        let request = Self.request
        // The same text an hour earlier (a previous cart), the one sent after the crash began, and look-alikes.
        await fake.accept(to: request.to, from: "+15017122661", body: request.body, at: crash.addingTimeInterval(-3600))
        let sent = await fake.accept(to: request.to, from: "+15017122661", body: request.body, at: crash.addingTimeInterval(1))
        await fake.accept(to: request.to, from: "+15017122661", body: "Another text", at: crash.addingTimeInterval(2))
        await fake.accept(to: request.to, from: "+15550000000", body: request.body, at: crash.addingTimeInterval(2))
        await fake.accept(to: "+15558670000", from: "+15017122661", body: request.body, at: crash.addingTimeInterval(2))
        let found = try await self.withTwilio(fake) { try await $0.findSent(request, createdAfter: crash) }
        #expect(found.map(\.providerID) == [sent.sid])
        #expect(found.first?.status == .accepted)
        #expect(found.first?.to == request.to)
        let query = try #require(await fake.listQueries.first)
        #expect(query["To"] == request.to)
        #expect(query["DateSent>"] == "2026-11-18")
        #expect(TwilioSMSProvider(configuration: TwilioConfiguration(accountSID: "AC1", authToken: "t")).findsSentMessages)
    }

    @Test func findSentFollowsNextPageURIUntilOlderMessages() async throws {
        let crash = Date(timeIntervalSince1970: 1_795_000_000)
        let fake = FakeTwilio(now: { crash })
        let request = Self.request
        let first = await fake.accept(to: request.to, from: "+15017122661", body: request.body, at: crash.addingTimeInterval(1))
        for index in 0..<120 {
            await fake.accept(to: request.to, from: "+15017122661", body: "later \(index)", at: crash.addingTimeInterval(2))
        }
        let found = try await self.withTwilio(fake) { try await $0.findSent(request, createdAfter: crash) }
        #expect(found.map(\.providerID) == [first.sid])
        #expect(await fake.listQueries.count == 3)  // 50 + 50 + 21 messages, newest first
    }

    @Test func reconcileRecordsAMessageTwilioHas() async throws {
        let fake = FakeTwilio()
        let decision = try await self.withTwilio(fake) { twilio in
            let sent = try await twilio.send(Self.request)
            return await SendStateMachine.reconcile(status: .sending, providerID: sent.providerID, using: twilio)
        }
        guard case .record(let report) = decision else {
            Issue.record("expected record, got \(decision)")
            return
        }
        #expect(report.status == .accepted)
    }

    @Test func createResponseFixtureDecodes() async throws {
        // The OpenAPI example answer, served verbatim.
        let text = String(decoding: try Fixture.data("twilio/message_create_response.create.oai-example.json"), as: UTF8.self)
        let makeRouter = {
            let router = Router()
            router.post("/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Messages.json") { _, _ in
                LocalHTTPServer.raw(.created, text)
            }
            return router
        }
        let result = try await LocalHTTPServer.run(makeRouter) { base in
            try await TwilioSMSProvider(
                configuration: TwilioConfiguration(
                    accountSID: "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", authToken: "x", baseURL: base)
            ).send(Self.request)
        }
        #expect(result.providerID == "SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
        #expect(result.segments == 1)
        #expect(result.price == nil)
    }

    private func sendExpectingError(_ fake: FakeTwilio, token: String? = nil, timeout: TimeInterval = 5) async throws -> ProviderError {
        let outcome: Result<SMSSendResult, ProviderError> = try await self.withTwilio(fake, token: token, timeout: timeout) { twilio in
            do { return .success(try await twilio.send(Self.request)) } catch let error as ProviderError { return .failure(error) }
        }
        guard case .failure(let error) = outcome else {
            Issue.record("expected a ProviderError")
            throw CancellationError()
        }
        return error
    }
}

/// Records the waits a retry loop asked for.
actor WaitLog {
    private(set) var values: [TimeInterval] = []

    func record(_ value: TimeInterval) {
        self.values.append(value)
    }
}
