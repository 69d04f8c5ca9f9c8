import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// `GET /r/{token}`: records the click and redirects (302) to the cart's recovery URL with its
/// current discount. An unknown token gets a neutral 404 page naming no store (it must not lead to
/// another merchant's site); when the link cannot be looked up, a neutral 503 page asks to try again.
public struct LinksController: Sendable {
    /// Resolves clicks.
    let links: TrackedLinkService

    /// The routes.
    public var endpoints: RouteCollection<AppRequestContext> {
        RouteCollection(context: AppRequestContext.self)
            .get("r/:token", use: self.follow)
    }

    @Sendable func follow(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = context.parameters.get("token") ?? ""
        let target: String?
        do {
            target = try await self.links
                .follow(token: token, ip: nil, userAgent: request.headers[.userAgent])
        } catch {
            context.logger.error("tracked link failed", metadata: ["error": "\(error)"])
            return Self.page(
                .serviceUnavailable,
                UnsubscribePage.document(
                    "Try again", "<h1>This link could not be opened</h1><p>Please try again in a moment.</p>"))
        }
        guard let target else {
            return Self.page(
                .notFound,
                UnsubscribePage.document(
                    "Link not found", "<h1>This link is not valid</h1><p>It may have expired or been mistyped.</p>"))
        }
        var headers = HTTPFields()
        headers[.location] = target
        headers[.cacheControl] = "no-store"
        headers[.init("Referrer-Policy")!] = "no-referrer"
        return Response(status: .found, headers: headers)
    }

    /// A neutral page: no store's name or link, not indexed, not cached.
    static func page(_ status: HTTPResponse.Status, _ html: String) -> Response {
        var response = UnsubscribePage.html(status: status, html)
        response.headers[.init("X-Robots-Tag")!] = "noindex"
        response.headers[.init("Referrer-Policy")!] = "no-referrer"
        return response
    }
}
