@preconcurrency import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import Metrics
import NIOCore
import ReclaimCommerce
import ReclaimCore
import ReclaimStore

/// `/metrics`: Prometheus exposition text of HTTP, queue and job metrics.
///
/// Queue depth per state is read from the database at scrape time, so it is right for every
/// process sharing the database, not just this one. With `server.metrics_token` set, a scrape must send
/// `Authorization: Bearer <token>` (compared in constant time); anything else is a 401.
public struct MetricsController: Sendable {
    let queue: JobQueue
    let clock: any WallClock
    /// SHA-256 of the required bearer token, or `nil` when `/metrics` is open.
    let tokenDigest: Data?

    /// Creates the controller.
    /// - Parameter token: The bearer token scrapes must present; `nil` or empty leaves `/metrics` open.
    public init(queue: JobQueue, clock: any WallClock, token: String? = nil) {
        self.queue = queue
        self.clock = clock
        self.tokenDigest = token.flatMap { $0.isEmpty ? nil : Self.digest($0) }
    }

    /// The routes.
    public var endpoints: RouteCollection<AppRequestContext> {
        RouteCollection(context: AppRequestContext.self).get("metrics", use: self.metrics)
    }

    @Sendable func metrics(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard self.admits(request.headers[.authorization]) else {
            throw APIError.unauthorized("metrics need Authorization: Bearer <server.metrics_token>")
        }
        do {
            let counts = try await self.queue.counts(now: self.clock.now())
            for state in JobState.allCases {
                Gauge(label: "reclaim_queue_jobs", dimensions: [("state", state.rawValue)]).record(counts[state])
            }
            Gauge(label: "reclaim_queue_due_jobs").record(counts.claimable)
        } catch {
            context.logger.warning("queue depth unavailable for metrics", metadata: ["error": "\(error)"])
        }
        let text = PrometheusMetrics.exposition()
        return Response(
            status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: text)))
    }

    /// Whether an `Authorization` header value opens `/metrics`: always when no token is configured; else
    /// only `Bearer <token>`, compared as digests in constant time.
    func admits(_ authorization: String?) -> Bool {
        guard let expected = self.tokenDigest else { return true }
        guard let presented = BearerToken.from(authorization) else { return false }
        return ConstantTime.equals(Self.digest(presented), expected)
    }

    static func digest(_ token: String) -> Data {
        Data(SHA256.hash(data: Data(token.utf8)))
    }
}
