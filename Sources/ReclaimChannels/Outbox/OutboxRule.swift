import Foundation
import ReclaimCore

/// What the outbox provider does with one text: how the demo simulates the world.
public enum OutboxOutcome: Sendable, Hashable {
    /// Accept, then report `sent` and `delivered`.
    case deliver
    /// Accept, then report `undelivered` with this error code (e.g. `30003`, unreachable handset).
    case undeliver(errorCode: String)
    /// Accept, then report `failed` with this error code.
    case fail(errorCode: String)
    /// Accept and report nothing further (a message stuck at the carrier).
    case stayAccepted
    /// Refuse synchronously with this error, as a provider's API would (e.g. a 21610 suppression).
    case reject(ProviderError)
}

/// The rule the outbox provider applies to every send.
///
/// ```swift
/// let outbox = OutboxSMSProvider(rule: .init { request in
///     request.to.hasSuffix("0000") ? .undeliver(errorCode: "30003") : .deliver
/// })
/// ```
public struct OutboxRule: Sendable {
    /// Decides the outcome of one send.
    public let decide: @Sendable (SMSSendRequest) -> OutboxOutcome

    /// Creates a rule from a function.
    /// - Parameter decide: The outcome for each request.
    public init(_ decide: @escaping @Sendable (SMSSendRequest) -> OutboxOutcome) {
        self.decide = decide
    }

    /// Every text is delivered.
    public static let deliverAll = OutboxRule { _ in .deliver }

    /// Texts to `numbers` are undelivered with `errorCode`; the rest are delivered.
    /// - Parameters:
    ///   - numbers: Recipients that fail.
    ///   - errorCode: The simulated carrier error (default `30003`).
    /// - Returns: The rule.
    public static func undelivered(to numbers: Set<String>, errorCode: String = "30003") -> OutboxRule {
        OutboxRule { numbers.contains($0.to) ? .undeliver(errorCode: errorCode) : .deliver }
    }

    /// Texts to `numbers` are refused as opted out at the carrier (like Twilio 21610); the rest are delivered.
    /// - Parameter numbers: Recipients that have replied STOP at the carrier.
    /// - Returns: The rule.
    public static func optedOut(_ numbers: Set<String>) -> OutboxRule {
        OutboxRule { request in
            guard numbers.contains(request.to) else { return .deliver }
            return .reject(
                ProviderError(
                    provider: "outbox", action: .suppress(.carrierBlocked), code: "21610",
                    message: "Attempt to send to unsubscribed recipient", httpStatus: 400))
        }
    }
}
