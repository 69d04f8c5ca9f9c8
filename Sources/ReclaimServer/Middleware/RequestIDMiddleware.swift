import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// Gives every request a correlation id: the caller's `X-Request-Id` when it is sane, else a new
/// one. The id goes into the logger's metadata and back in the response header.
public struct RequestIDMiddleware: RouterMiddleware {
    /// The header carrying the id.
    public static let header = HTTPField.Name("X-Request-Id")!

    /// Creates the middleware.
    public init() {}

    public func handle(
        _ request: Request, context: AppRequestContext, next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        var context = context
        let given = request.headers[Self.header].flatMap { $0.count <= 128 && $0.allSatisfy(Self.allowed) ? $0 : nil }
        let id = given ?? UUID().uuidString.lowercased()
        context.requestID = id
        context.logger[metadataKey: "request_id"] = .string(id)
        var response = try await next(request, context)
        response.headers[Self.header] = id
        return response
    }

    private static func allowed(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "-" || character == "_")
    }
}
