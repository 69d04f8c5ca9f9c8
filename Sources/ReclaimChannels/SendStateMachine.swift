import Foundation
import ReclaimCore

/// The outbox send state machine that keeps a text from going out twice.
///
/// A row moves `pending → sending` (committed *before* the request leaves), then to `accepted` with
/// the provider id, back to `pending` for a safe retry, or to `failed`. A crash between the request and
/// the record leaves it in `sending`; on restart ``reconcile(status:providerID:lookup:)`` decides what
/// to do. Twilio has no idempotency key for Messages, so a `sending` row without a provider id is never
/// resent: it is settled by searching the provider's log (Twilio's message list by `To` and date, see
/// ``reconcileUnidentified(search:age:patience:)``), and goes to a human only when the search finds
/// nothing for long enough.
///
/// | stored status | provider id | lookup | decision |
/// |---|---|---|---|
/// | pending | – | – | ``ReconcileDecision/sendNow`` |
/// | sending | none | – | ``ReconcileDecision/needsReview(reason:)`` (failed_unknown) |
/// | sending | id | found | ``ReconcileDecision/record(_:)`` |
/// | sending | id | not found | ``ReconcileDecision/needsReview(reason:)`` |
/// | sending | id | retryable error | ``ReconcileDecision/lookUpLater(after:)`` |
/// | sending | id | other error | ``ReconcileDecision/needsReview(reason:)`` |
/// | anything else | – | – | ``ReconcileDecision/noAction`` |
public enum SendStateMachine {
    /// Decides the row's next state from the outcome of one send attempt.
    ///
    /// | outcome | decision |
    /// |---|---|
    /// | accepted | ``AttemptDecision/accepted(_:)`` |
    /// | retry, request never processed | ``AttemptDecision/retry(after:)`` (row back to `pending`) |
    /// | retry, outcome unknown, provider deduplicates | ``AttemptDecision/retry(after:)`` |
    /// | retry, outcome unknown, no deduplication | ``AttemptDecision/needsReview(reason:)`` |
    /// | suppress / invalid / permanent | ``AttemptDecision/failed(_:)`` |
    /// | not a ``ProviderError`` | ``AttemptDecision/needsReview(reason:)`` |
    /// - Parameters:
    ///   - outcome: What ``SMSProvider/send(_:)`` returned or threw.
    ///   - deduplicatesRetries: ``SMSProvider/deduplicatesRetries`` of the provider used.
    /// - Returns: The decision.
    public static func afterAttempt(
        _ outcome: Result<SMSSendResult, any Error>, deduplicatesRetries: Bool
    ) -> AttemptDecision {
        switch outcome {
        case .success(let result):
            return .accepted(result)
        case .failure(let error as ProviderError):
            switch error.action {
            case .retry(let after):
                if error.outcomeUnknown && !deduplicatesRetries {
                    return .needsReview(reason: "the provider may have accepted the message: \(error)")
                }
                return .retry(after: after)
            case .suppress, .invalidRecipient, .permanent:
                return .failed(error)
            }
        case .failure(let error):
            return .needsReview(reason: "unexpected error during send: \(error)")
        }
    }

    /// Decides what to do with a row found on restart.
    /// - Parameters:
    ///   - status: The row's stored status.
    ///   - providerID: The provider id stored with it, if any.
    ///   - lookup: The result of ``SMSProvider/lookup(providerID:)`` when there is an id (ignored otherwise).
    /// - Returns: The decision (see the table on ``SendStateMachine``).
    public static func reconcile(status: MessageStatus, providerID: String?, lookup: LookupOutcome?) -> ReconcileDecision {
        switch status {
        case .pending:
            return .sendNow
        case .sending:
            guard providerID != nil else {
                return .needsReview(
                    reason:
                        "left in sending without a provider id; the provider has no idempotency key, so a resend could duplicate the text")
            }
            switch lookup {
            case .found(let report): return .record(report)
            case .notFound: return .needsReview(reason: "the provider does not know the recorded id")
            case .failed(let error) where error.isRetryable: return .lookUpLater(after: error.retryAfter)
            case .failed(let error): return .needsReview(reason: "lookup failed: \(error)")
            case nil: return .lookUpLater(after: nil)
            }
        case .accepted, .sent, .delivered, .undelivered, .failed, .blocked, .deferred, .received:
            return .noAction
        }
    }

    /// Decides what to do with a row left in `sending` without a provider id, from a search of the
    /// provider's log for the text (``SMSProvider/findSent(_:createdAfter:)``).
    ///
    /// | search | age of the row in `sending` | decision |
    /// |---|---|---|
    /// | found | – | ``ReconcileDecision/record(_:)`` (with the provider id) |
    /// | not found | under `patience` | ``ReconcileDecision/lookUpLater(after:)`` (it may still be in flight or queued) |
    /// | not found | `patience` or more | ``ReconcileDecision/needsReview(reason:)`` |
    /// | retryable error | – | ``ReconcileDecision/lookUpLater(after:)`` |
    /// | other error | – | ``ReconcileDecision/needsReview(reason:)`` |
    /// | no search (the provider cannot) | – | ``ReconcileDecision/needsReview(reason:)`` |
    /// - Parameters:
    ///   - search: What the search found, or `nil` when the provider cannot search.
    ///   - age: Seconds since the row went to `sending`.
    ///   - patience: How long a text may be missing from the provider's log before a human must look.
    /// - Returns: The decision.
    public static func reconcileUnidentified(search: LookupOutcome?, age: TimeInterval, patience: TimeInterval) -> ReconcileDecision {
        switch search {
        case .found(let report): return .record(report)
        case .notFound where age < patience: return .lookUpLater(after: nil)
        case .notFound: return .needsReview(reason: "left in sending without a provider id, and the provider lists no such text")
        case .failed(let error) where error.isRetryable: return .lookUpLater(after: error.retryAfter)
        case .failed(let error): return .needsReview(reason: "searching the provider failed: \(error)")
        case nil:
            return .needsReview(
                reason: "left in sending without a provider id; the provider has no idempotency key, so a resend could duplicate the text")
        }
    }

    /// Looks the row up at the provider when needed, then decides (see ``reconcile(status:providerID:lookup:)``).
    /// - Parameters:
    ///   - status: The row's stored status.
    ///   - providerID: The provider id stored with it, if any.
    ///   - provider: The provider that sent it.
    /// - Returns: The decision.
    public static func reconcile(
        status: MessageStatus, providerID: String?, using provider: some SMSProvider
    ) async -> ReconcileDecision {
        guard status == .sending, let providerID else {
            return self.reconcile(status: status, providerID: providerID, lookup: nil)
        }
        let outcome: LookupOutcome
        do {
            outcome = try await provider.lookup(providerID: providerID).map { .found($0) } ?? .notFound
        } catch let error as ProviderError {
            outcome = .failed(error)
        } catch {
            outcome = .failed(ProviderError(provider: provider.name, action: .retry(after: nil), message: "\(error)"))
        }
        return self.reconcile(status: status, providerID: providerID, lookup: outcome)
    }
}

/// What a provider lookup found.
public enum LookupOutcome: Sendable, Hashable {
    /// The provider knows the message.
    case found(SMSStatusReport)
    /// The provider does not know the id.
    case notFound
    /// The lookup itself failed.
    case failed(ProviderError)
}

/// The outbox row's next state after one send attempt.
public enum AttemptDecision: Sendable, Hashable {
    /// Store the provider id and status: the row is `accepted`.
    case accepted(SMSSendResult)
    /// Nothing was accepted: back to `pending`, due no sooner than `after` seconds (plus backoff).
    case retry(after: TimeInterval?)
    /// The provider refused for good: `failed`, and apply the error's action (suppress, invalid).
    case failed(ProviderError)
    /// The message may or may not have gone out: `failed_unknown` for a human; never resend automatically.
    case needsReview(reason: String)
}

/// What to do with a row found on restart.
public enum ReconcileDecision: Sendable, Hashable {
    /// The row never left (`pending`): send it.
    case sendNow
    /// The provider has the message: record its id and status; never resend.
    case record(SMSStatusReport)
    /// The lookup failed for now: keep `sending`, look again later.
    case lookUpLater(after: TimeInterval?)
    /// It cannot be known whether the text went out: mark `failed_unknown` for a human.
    case needsReview(reason: String)
    /// The row is past `sending`: nothing to reconcile.
    case noAction
}
