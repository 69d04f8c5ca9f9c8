import Foundation
import ReclaimCore

/// Telnyx error codes mapped to actions (reference `telnyx.md` §2). Codes are strings; branch on
/// them rather than on the HTTP status, which for 40300 varies (400, 403, 422).
public enum TelnyxErrorCodes {
    /// The action for a synchronous API error.
    /// - Parameters:
    ///   - httpStatus: The HTTP status.
    ///   - codes: Every `errors[].code`, in order.
    ///   - message: The first error's title or detail.
    ///   - retryAfter: Seconds from `Retry-After` or `x-ratelimit-reset`, if sent.
    /// - Returns: 40300 suppress; 40310/10016 invalid; 429/10011/40318/5xx retry; otherwise permanent.
    public static func action(httpStatus: Int, codes: [String], message: String, retryAfter: TimeInterval?) -> ProviderAction {
        if codes.contains("40300") { return .suppress(.carrierBlocked) }
        if codes.contains(where: { ["40310", "10016"].contains($0) }) { return .invalidRecipient }
        if httpStatus == 429 || codes.contains(where: { ["10011", "40318"].contains($0) }) {
            return .retry(after: retryAfter)
        }
        if httpStatus >= 500 { return .retry(after: retryAfter) }
        return .permanent(code: codes.first ?? String(httpStatus), message: message)
    }

    /// The action for an asynchronous failure reported in `message.finalized` `errors[]`, or `nil`
    /// when recording the failure is enough.
    /// - Parameter code: The error code.
    /// - Returns: 40300 suppress; 40001/40310 invalid; 40004/40006/40011/40002 retry; 40003/40010 permanent.
    public static func callbackAction(code: String) -> ProviderAction? {
        switch code {
        case "40300": return .suppress(.carrierBlocked)
        case "40001", "40310": return .invalidRecipient
        case "40002", "40004", "40006", "40011": return .retry(after: nil)
        case "40003": return .permanent(code: code, message: "Blocked as spam (permanent)")
        case "40010": return .permanent(code: code, message: "Unregistered 10DLC message")
        default: return nil
        }
    }
}
