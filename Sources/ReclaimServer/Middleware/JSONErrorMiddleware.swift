import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// Renders every error as CONTRACT.md's JSON shape with the right status.
///
/// ``APIError`` keeps its status and code; Hummingbird's `HTTPError` (unknown route, oversized
/// body) maps by status; a `DecodingError` becomes a 400 naming the field; anything else is a 500
/// that is logged at error level (Hummingbird would log it only at debug).
public struct JSONErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Creates the middleware.
    public init() {}

    public func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            return Self.response(status: error.status, code: error.code, message: error.message, headers: error.headers)
        } catch let error as any HTTPResponseError {
            let status = error.status
            let httpError = error as? HTTPError
            let message = httpError?.body ?? status.reasonPhrase
            return Self.response(
                status: status, code: Self.code(for: status), message: message, headers: httpError?.headers ?? [:])
        } catch let error as DecodingError {
            let described = DecodingErrorDescription(error)
            return Self.response(status: .badRequest, code: "invalid_field", message: described.message, headers: [:])
        } catch {
            context.logger.error("unhandled error", metadata: ["error": "\(String(reflecting: error))"])
            return Self.response(
                status: .internalServerError, code: "internal_error", message: "internal server error", headers: [:])
        }
    }

    /// Builds a JSON error response.
    static func response(status: HTTPResponse.Status, code: String, message: String, headers: HTTPFields) -> Response {
        let body = ["error": ["code": code, "message": message]]
        let data = (try? JSONSerialization.data(withJSONObject: body, options: [.sortedKeys])) ?? Data()
        var fields = headers
        fields[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func code(for status: HTTPResponse.Status) -> String {
        switch status.code {
        case 400: "bad_request"
        case 401: "unauthorized"
        case 403: "forbidden"
        case 404: "not_found"
        case 405: "method_not_allowed"
        case 409: "conflict"
        case 413: "payload_too_large"
        case 415: "unsupported_media_type"
        case 429: "rate_limited"
        case 503: "unavailable"
        default: status.code >= 500 ? "internal_error" : "http_\(status.code)"
        }
    }
}

/// A `DecodingError` described by the JSON path of the field it concerns.
public struct DecodingErrorDescription: Sendable {
    /// The field path in snake_case (`data.items[0].price`).
    public var field: String
    /// One sentence naming the field.
    public var message: String

    /// Describes a decoding error.
    public init(_ error: DecodingError) {
        func path(_ keys: [any CodingKey]) -> String {
            var text = ""
            for key in keys {
                if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
            }
            return text.isEmpty ? "body" : text
        }
        switch error {
        case .keyNotFound(let key, let context):
            self.field = path(context.codingPath + [key])
            self.message = "\(self.field): required field is missing"
        case .valueNotFound(_, let context):
            self.field = path(context.codingPath)
            self.message = "\(self.field): must not be null"
        case .typeMismatch(let type, let context):
            self.field = path(context.codingPath)
            self.message = "\(self.field): expected \(type)"
        case .dataCorrupted(let context):
            self.field = path(context.codingPath)
            self.message =
                context.codingPath.isEmpty
                ? "body is not valid JSON" : "\(self.field): \(context.debugDescription)"
        @unknown default:
            self.field = "body"
            self.message = "body could not be decoded"
        }
    }
}
