import HTTPTypes
import Hummingbird

/// Refuses request bodies over the configured size with 413 before any handler reads them.
///
/// A declared `Content-Length` over the limit is refused at once; a chunked body is capped by
/// `maxUploadSize` when a handler collects it.
public struct BodyLimitMiddleware: RouterMiddleware {
    /// Largest accepted body in bytes.
    public let limit: Int

    /// Creates the middleware.
    public init(limit: Int) {
        self.limit = limit
    }

    public func handle(
        _ request: Request, context: AppRequestContext, next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > self.limit {
            throw APIError(
                .contentTooLarge, code: "payload_too_large",
                message: "request body of \(declared) bytes exceeds the \(self.limit)-byte limit")
        }
        var context = context
        context.maxUploadSize = self.limit
        return try await next(request, context)
    }
}
