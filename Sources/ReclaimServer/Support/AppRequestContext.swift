import Hummingbird
import Logging
import NIOCore

/// The request context of every Reclaim route: Hummingbird's core storage plus the body limit
/// and the request id that the middleware chain fills in.
public struct AppRequestContext: RequestContext {
    /// Hummingbird's per-request storage.
    public var coreContext: CoreRequestContextStorage
    /// Largest body a handler may collect; ``BodyLimitMiddleware`` sets it from configuration.
    public var maxUploadSize: Int
    /// Correlation id echoed in `X-Request-Id` and every log line of the request.
    public var requestID: String?
    /// The signed-in merchant on `/dashboard/…` pages; ``DashboardAuthMiddleware`` sets it.
    public var dashboardSession: DashboardSession?
    /// The peer's IP address, when the connection has one (the dashboard sign-in throttle keys on it).
    public var remoteAddress: String?

    /// Creates a context for one request.
    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.maxUploadSize = 1 << 20
        self.requestID = nil
        self.dashboardSession = nil
        self.remoteAddress = source.channel.remoteAddress?.ipAddress
    }
}
