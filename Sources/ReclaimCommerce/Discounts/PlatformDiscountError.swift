import Foundation

/// A platform refused or failed a discount call. ``kind`` tells the job queue what to do; ``message`` is the
/// platform's own words.
public struct PlatformDiscountError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What the caller should do.
    public enum Kind: String, Sendable, Hashable {
        /// Try again later (429, throttled, 5xx, timeout, connection refused).
        case retryable
        /// The code already exists on the platform: mint another code and create that.
        case codeTaken = "code_taken"
        /// Retrying will not help (bad credentials, missing scope, invalid input).
        case permanent
    }

    /// What the caller should do.
    public var kind: Kind
    /// The HTTP status, when there was an answer.
    public var status: Int?
    /// The platform's message (or the transport error).
    public var message: String

    /// Creates an error.
    public init(_ kind: Kind, status: Int? = nil, message: String) {
        self.kind = kind
        self.status = status
        self.message = message
    }

    /// Whether the job queue should try again.
    public var isRetryable: Bool { self.kind == .retryable }

    /// `retryable (HTTP 502): Bad Gateway`.
    public var description: String {
        "\(self.kind.rawValue)\(self.status.map { " (HTTP \($0))" } ?? ""): \(self.message)"
    }

    /// The kind an HTTP status means: 408, 409 (a concurrent change), 429 and 5xx are worth retrying.
    public static func kind(forStatus status: Int) -> Kind {
        status == 408 || status == 409 || status == 429 || status >= 500 ? .retryable : .permanent
    }
}
