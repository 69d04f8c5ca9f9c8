import Foundation
import ReclaimCore

/// What the caller should do about a message a provider did not accept.
///
/// Providers map their own codes onto these four actions so that the dispatcher needs no
/// provider knowledge: retry later, suppress the address, mark it invalid, or give up.
public enum ProviderAction: Sendable, Hashable, Codable {
    /// Transient trouble (HTTP 429, 5xx, timeouts, connection errors, SMTP 4xx): try again later,
    /// no sooner than `after` seconds when the provider said so (`Retry-After`). The caller adds
    /// jittered backoff (``ProviderRetryPolicy``).
    case retry(after: TimeInterval?)
    /// The provider refuses this recipient until they opt back in (Twilio 21610, Telnyx 40300) or
    /// the mailbox is gone (SMTP 550 5.1.1): suppress the address with this reason, never retry.
    case suppress(SuppressionReason)
    /// The address is not a valid (mobile) recipient (Twilio 21211/21614, Telnyx 40310): mark it
    /// invalid and do not retry.
    case invalidRecipient
    /// Any other permanent failure (configuration, content, authentication): record it, do not retry.
    case permanent(code: String, message: String)
}

/// A send, lookup or SMTP transaction that failed, with the action the caller should take.
///
/// ```swift
/// do {
///     let result = try await provider.send(request)
/// } catch let error as ProviderError {
///     switch error.action {
///     case .retry(let after): reschedule(after: after)
///     case .suppress(let reason): suppress(address, reason)
///     case .invalidRecipient: suppress(address, .invalidAddress)
///     case .permanent(let code, let message): fail(code, message)
///     }
/// }
/// ```
public struct ProviderError: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    /// Which provider answered (`twilio`, `telnyx`, `smtp`, `outbox`).
    public var provider: String
    /// What to do about it.
    public var action: ProviderAction
    /// The provider's error code (`"21610"`, `"40300"`, `"550"`), when it sent one.
    public var code: String?
    /// Human-readable explanation from the provider or the transport.
    public var message: String
    /// The HTTP status of the answer, for HTTP providers.
    public var httpStatus: Int?
    /// Whether the provider may have accepted the message despite the error: the request went out but
    /// no answer came back (read timeout, connection lost mid-response, SMTP connection lost after the
    /// final dot). Such a send must be reconciled, never repeated blindly; see ``SendStateMachine``.
    public var outcomeUnknown: Bool

    /// Creates an error.
    /// - Parameters:
    ///   - provider: The provider's short name.
    ///   - action: What the caller should do.
    ///   - code: The provider's error code, if any.
    ///   - message: A human-readable explanation.
    ///   - httpStatus: The HTTP status, if any.
    ///   - outcomeUnknown: `true` when the message may have been accepted anyway.
    public init(
        provider: String, action: ProviderAction, code: String? = nil, message: String, httpStatus: Int? = nil,
        outcomeUnknown: Bool = false
    ) {
        self.provider = provider
        self.action = action
        self.code = code
        self.message = message
        self.httpStatus = httpStatus
        self.outcomeUnknown = outcomeUnknown
    }

    /// Whether the action is ``ProviderAction/retry(after:)``.
    public var isRetryable: Bool {
        if case .retry = self.action { return true }
        return false
    }

    /// The provider's requested minimum wait (`Retry-After`), when the action is a retry.
    public var retryAfter: TimeInterval? {
        if case .retry(let after) = self.action { return after }
        return nil
    }

    /// `provider: code message (HTTP status)`.
    public var description: String {
        var text = "\(self.provider)"
        if let code = self.code { text += " \(code)" }
        text += ": \(self.message)"
        if let status = self.httpStatus { text += " (HTTP \(status))" }
        if self.outcomeUnknown { text += " [outcome unknown]" }
        return text
    }
}
