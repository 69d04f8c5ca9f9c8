import Foundation
import ReclaimChannels
import ReclaimCore
import Testing

@Suite struct SendStateMachineTests {
    static let accepted = SMSSendResult(provider: "twilio", providerID: "SM1", status: .accepted, providerStatus: "queued")
    static let report = SMSStatusReport(provider: "twilio", providerID: "SM1", status: .delivered, providerStatus: "delivered")

    static func error(_ action: ProviderAction, unknown: Bool = false) -> ProviderError {
        ProviderError(provider: "twilio", action: action, message: "x", outcomeUnknown: unknown)
    }

    @Test func attemptDecisionTable() {
        let rows: [(Result<SMSSendResult, any Error>, Bool, AttemptDecision)] = [
            (.success(Self.accepted), false, .accepted(Self.accepted)),
            (.failure(Self.error(.retry(after: 2))), false, .retry(after: 2)),
            (.failure(Self.error(.retry(after: nil), unknown: true)), true, .retry(after: nil)),
            (.failure(Self.error(.suppress(.carrierBlocked))), false, .failed(Self.error(.suppress(.carrierBlocked)))),
            (.failure(Self.error(.invalidRecipient)), false, .failed(Self.error(.invalidRecipient))),
        ]
        for (outcome, dedupes, expected) in rows {
            #expect(SendStateMachine.afterAttempt(outcome, deduplicatesRetries: dedupes) == expected)
        }
        guard
            case .needsReview = SendStateMachine.afterAttempt(
                .failure(Self.error(.retry(after: nil), unknown: true)), deduplicatesRetries: false)
        else {
            Issue.record("an unknown outcome without deduplication must go to a human")
            return
        }
        guard case .needsReview = SendStateMachine.afterAttempt(.failure(CancellationError()), deduplicatesRetries: true) else {
            Issue.record("a foreign error must go to a human")
            return
        }
    }

    @Test func reconcileDecisionTable() {
        #expect(SendStateMachine.reconcile(status: .pending, providerID: nil, lookup: nil) == .sendNow)
        #expect(SendStateMachine.reconcile(status: .sending, providerID: "SM1", lookup: .found(Self.report)) == .record(Self.report))
        #expect(
            SendStateMachine.reconcile(status: .sending, providerID: "SM1", lookup: .failed(Self.error(.retry(after: 5))))
                == .lookUpLater(after: 5))
        for status in [MessageStatus.accepted, .sent, .delivered, .undelivered, .failed, .blocked, .deferred, .received] {
            #expect(SendStateMachine.reconcile(status: status, providerID: "SM1", lookup: nil) == .noAction)
        }
        let review: [ReconcileDecision] = [
            SendStateMachine.reconcile(status: .sending, providerID: nil, lookup: nil),
            SendStateMachine.reconcile(status: .sending, providerID: "SM1", lookup: .notFound),
            SendStateMachine.reconcile(
                status: .sending, providerID: "SM1", lookup: .failed(Self.error(.permanent(code: "20003", message: "auth")))),
        ]
        for decision in review {
            guard case .needsReview = decision else {
                Issue.record("expected needsReview, got \(decision)")
                continue
            }
        }
    }

    /// A row left in `sending` without a provider id, settled by searching the provider's log.
    @Test(arguments: [
        // (search, age in seconds, expected decision name)
        (LookupOutcome?.some(.found(SendStateMachineTests.report)), 0.0, "record"),
        (.some(.found(SendStateMachineTests.report)), 500, "record"),
        (.some(.notFound), 0, "lookUpLater"),
        (.some(.notFound), 119, "lookUpLater"),
        (.some(.notFound), 120, "needsReview"),
        (.some(.failed(SendStateMachineTests.error(.retry(after: 3)))), 0, "lookUpLater"),
        (.some(.failed(SendStateMachineTests.error(.retry(after: 3)))), 500, "lookUpLater"),
        (.some(.failed(SendStateMachineTests.error(.permanent(code: "20003", message: "auth")))), 0, "needsReview"),
        (nil, 0, "needsReview"),
        (nil, 500, "needsReview"),
    ])
    func reconcileUnidentifiedDecisionTable(search: LookupOutcome?, age: TimeInterval, expected: String) {
        let decision = SendStateMachine.reconcileUnidentified(search: search, age: age, patience: 120)
        let name: String =
            switch decision {
            case .record(let report):
                report == Self.report ? "record" : "record(other)"
            case .lookUpLater: "lookUpLater"
            case .needsReview: "needsReview"
            case .sendNow: "sendNow"
            case .noAction: "noAction"
            }
        #expect(name == expected)
        if case .failed(let error)? = search, error.isRetryable {
            #expect(decision == .lookUpLater(after: 3))
        }
    }

    @Test func sendingRowWithoutIDIsNeverResentEvenIfTheProviderIsReachable() async {
        let outbox = OutboxSMSProvider()
        let decision = await SendStateMachine.reconcile(status: .sending, providerID: nil, using: outbox)
        guard case .needsReview = decision else {
            Issue.record("expected needsReview, got \(decision)")
            return
        }
        #expect(await outbox.records.isEmpty)
    }

    @Test func retryPolicyHonoursRetryAfterAndLimits() {
        let policy = ProviderRetryPolicy(maxAttempts: 3, backoff: RetryBackoff(base: 1, cap: 30, jitterSpread: 0.5), maxWait: 60)
        #expect(policy.delay(after: Self.error(.retry(after: 10)), attempt: 1, jitter: 0) == 10)
        #expect(policy.delay(after: Self.error(.retry(after: nil)), attempt: 2, jitter: 0) == 2)
        #expect(policy.delay(after: Self.error(.retry(after: nil)), attempt: 2, jitter: 1) == 1)
        #expect(policy.delay(after: Self.error(.retry(after: 120)), attempt: 1, jitter: 0) == nil)
        #expect(policy.delay(after: Self.error(.retry(after: nil)), attempt: 3, jitter: 0) == nil)
        #expect(policy.delay(after: Self.error(.retry(after: nil), unknown: true), attempt: 1, jitter: 0) == nil)
        #expect(policy.delay(after: Self.error(.invalidRecipient), attempt: 1, jitter: 0) == nil)
    }

    @Test func retryDateForTheJobQueue() {
        let now = Date(timeIntervalSince1970: 1_000)
        let error = Self.error(.retry(after: 30))
        #expect(error.retryDate(attempt: 1, backoff: RetryBackoff(base: 5), jitter: 0, now: now) == now.addingTimeInterval(30))
        #expect(
            Self.error(.retry(after: nil)).retryDate(attempt: 2, backoff: RetryBackoff(base: 5), jitter: 0, now: now)
                == now.addingTimeInterval(10))
        #expect(Self.error(.invalidRecipient).retryDate(attempt: 1, jitter: 0, now: now) == nil)
    }

    @Test func retryLoopStopsOnPermanentErrors() async {
        let calls = WaitLog()
        await #expect(throws: ProviderError.self) {
            let operation: (Int) async throws -> Int = { attempt in
                await calls.record(Double(attempt))
                throw Self.error(.suppress(.carrierBlocked))
            }
            return try await ProviderRetry.run(policy: .standard, jitter: { 0 }, sleep: { _ in }, operation)
        }
        #expect(await calls.values == [1])
    }
}
