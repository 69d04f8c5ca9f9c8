import HTTPTypes
import Hummingbird

/// An error with the JSON shape of CONTRACT.md: `{"error": {"code": "...", "message": "..."}}`.
///
/// Handlers throw it for anything the caller did wrong; ``JSONErrorMiddleware`` renders it.
public struct APIError: Error, Sendable, CustomStringConvertible {
    /// HTTP status.
    public var status: HTTPResponse.Status
    /// Stable machine-readable code (`invalid_field`, `not_found`).
    public var code: String
    /// One sentence for a developer, naming the field when input is malformed.
    public var message: String
    /// Extra response headers such as `Retry-After`.
    public var headers: HTTPFields

    /// Creates an error.
    public init(_ status: HTTPResponse.Status, code: String, message: String, headers: HTTPFields = [:]) {
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers
    }

    public var description: String { "\(self.status.code) \(self.code): \(self.message)" }

    /// 400 naming the offending field.
    public static func invalidField(_ field: String, _ problem: String) -> APIError {
        APIError(.badRequest, code: "invalid_field", message: "\(field): \(problem)")
    }

    /// 400 for a body that is not the expected format at all.
    public static func malformed(_ message: String) -> APIError {
        APIError(.badRequest, code: "malformed_body", message: message)
    }

    /// 401 for a bad or missing signature or key; nothing was changed.
    public static func unauthorized(_ message: String) -> APIError {
        APIError(.unauthorized, code: "unauthorized", message: message)
    }

    /// 404 for an unknown resource.
    public static func notFound(_ what: String) -> APIError {
        APIError(.notFound, code: "not_found", message: "\(what) not found")
    }

    /// 409 for a conflicting write.
    public static func conflict(_ message: String) -> APIError {
        APIError(.conflict, code: "conflict", message: message)
    }
}
