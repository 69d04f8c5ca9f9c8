@preconcurrency import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import ReclaimCore

/// Guards the signed-in dashboard pages: a valid, unexpired session cookie for a configured store puts
/// the session in the request context; otherwise a page view is sent to the sign-in page and a form
/// post is refused with 401. (Form tokens are checked by the handlers that read the form.)
struct DashboardAuthMiddleware: RouterMiddleware {
    let keys: DashboardKeys
    let clock: any WallClock

    func handle(
        _ request: Request, context: AppRequestContext, next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        let now = self.clock.now()
        if let value = Self.cookie(DashboardSession.cookieName, in: request.headers),
            let session = DashboardSession.verify(value, now: now, keyForStore: self.keys.key(for:))
        {
            var context = context
            context.dashboardSession = session
            return try await next(request, context)
        }
        if request.method == .get || request.method == .head {
            return DashboardHTML.redirect("/dashboard/login", headers: DashboardCookies.clear())
        }
        return DashboardHTML.response(
            DashboardHTML.document(
                title: "Signed out",
                "<main class=\"login\"><h1>You are signed out</h1><p>Your session ended. Nothing was changed.</p>"
                    + "<p><a href=\"/dashboard/login\">Sign in again</a></p></main>"),
            status: .unauthorized, headers: DashboardCookies.clear())
    }

    /// The value of cookie `name` among the request's `Cookie` headers.
    static func cookie(_ name: String, in headers: HTTPFields) -> String? {
        for field in headers[values: .cookie] {
            for pair in field.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                if parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == name {
                    return parts[1].trimmingCharacters(in: .whitespaces)
                }
            }
        }
        return nil
    }
}

/// The session-signing key of every store that has API keys (``DashboardSession/signingKey(apiKeys:)``).
struct DashboardKeys: Sendable {
    private let byStore: [StoreID: SymmetricKey]

    init(stores: [StoreConfiguration]) {
        var keys: [StoreID: SymmetricKey] = [:]
        for store in stores {
            keys[store.id] = DashboardSession.signingKey(apiKeys: store.apiKeys)
        }
        self.byStore = keys
    }

    func key(for store: StoreID) -> SymmetricKey? {
        self.byStore[store]
    }
}

/// The `Set-Cookie` headers of signing in and out.
enum DashboardCookies {
    /// Sets the session cookie: HTTP only, same-site strict, scoped to `/dashboard`, `Secure` when the
    /// public URL is HTTPS.
    static func set(_ value: String, secure: Bool) -> HTTPFields {
        let maxAge = max(0, Int(DashboardSession.lifetime))
        var attributes = "\(DashboardSession.cookieName)=\(value); Path=/dashboard; Max-Age=\(maxAge); HttpOnly; SameSite=Strict"
        if secure { attributes += "; Secure" }
        return [.setCookie: attributes]
    }

    /// Removes the session cookie.
    static func clear() -> HTTPFields {
        [.setCookie: "\(DashboardSession.cookieName)=; Path=/dashboard; Max-Age=0; HttpOnly; SameSite=Strict"]
    }
}
