import Foundation
import ReclaimCore

/// Twilio error codes mapped to actions (reference `twilio.md` §2 and twilio.com/docs/api/errors).
public enum TwilioErrorCodes {
    /// The action for a synchronous API error.
    /// - Parameters:
    ///   - httpStatus: The HTTP status of the answer.
    ///   - code: Twilio's error code from the body, if any.
    ///   - message: Twilio's message, if any.
    ///   - retryAfter: Seconds from `Retry-After`, if sent.
    /// - Returns: The action: 429/20429/21611/5xx retry; 21610 suppress; 21211/21614/21612 invalid; others permanent.
    public static func action(httpStatus: Int, code: Int?, message: String, retryAfter: TimeInterval?) -> ProviderAction {
        if httpStatus == 429 || code == 20429 { return .retry(after: retryAfter) }
        if let code, let action = self.codeActions[code] { return action(retryAfter) }
        if httpStatus >= 500 { return .retry(after: retryAfter) }
        return .permanent(code: code.map(String.init) ?? String(httpStatus), message: message)
    }

    /// The action for an asynchronous failure reported in a status callback (`ErrorCode` on
    /// `failed`/`undelivered`), or `nil` when nothing beyond recording the failure is called for.
    /// - Parameter code: The `ErrorCode`.
    /// - Returns: 30004 suppress; 30005/30006 invalid; 30003 retry; 30007/30002 permanent.
    public static func callbackAction(code: Int) -> ProviderAction? {
        switch code {
        case 30004: return .suppress(.carrierBlocked)
        case 30005, 30006: return .invalidRecipient
        case 30003: return .retry(after: nil)
        case 21610: return .suppress(.carrierBlocked)
        case 21211, 21614, 21612: return .invalidRecipient
        case 30002: return .permanent(code: "30002", message: "Account suspended")
        case 30007: return .permanent(code: "30007", message: "Message filtered by the carrier")
        default: return nil
        }
    }

    private static let codeActions: [Int: @Sendable (TimeInterval?) -> ProviderAction] = [
        21610: { _ in .suppress(.carrierBlocked) },
        21211: { _ in .invalidRecipient },
        21614: { _ in .invalidRecipient },
        21612: { _ in .invalidRecipient },
        21611: { after in .retry(after: after) },
    ]
}
