import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// `GET /r/{token}`: records the click and redirects (302) to the cart's recovery URL with its
/// current discount; an unknown or expired token goes to the store's home page, never an error page.
public struct LinksController: Sendable {
    let dependencies: AppDependencies

    /// Creates the controller.
    public init(dependencies: AppDependencies) {
        self.dependencies = dependencies
    }

    /// The routes.
    public var endpoints: RouteCollection<AppRequestContext> {
        RouteCollection(context: AppRequestContext.self)
            .get("r/:token", use: self.follow)
    }

    @Sendable func follow(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = context.parameters.get("token") ?? ""
        let service = TrackedLinkService(self.dependencies)
        let target: String
        do {
            target = try await service.follow(token: token, ip: nil, userAgent: request.headers[.userAgent])
        } catch {
            // A shopper on the way to checkout never sees an error page.
            context.logger.error("tracked link failed", metadata: ["error": "\(error)"])
            target = service.homePage(store: nil)
        }
        var headers = HTTPFields()
        headers[.location] = target
        headers[.cacheControl] = "no-store"
        headers[.init("Referrer-Policy")!] = "no-referrer"
        return Response(status: .found, headers: headers)
    }
}
