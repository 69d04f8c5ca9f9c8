import HTTPTypes
import Hummingbird
import Logging
import Metrics
import NIOCore
import ReclaimCore
import ReclaimStore

/// `/metrics`: Prometheus exposition text of HTTP, queue and job metrics.
///
/// Queue depth per state is read from the database at scrape time, so it is right for every
/// process sharing the database, not just this one.
public struct MetricsController: Sendable {
    let queue: JobQueue
    let clock: any WallClock

    /// Creates the controller.
    public init(queue: JobQueue, clock: any WallClock) {
        self.queue = queue
        self.clock = clock
    }

    /// The routes.
    public var endpoints: RouteCollection<AppRequestContext> {
        RouteCollection(context: AppRequestContext.self).get("metrics", use: self.metrics)
    }

    @Sendable func metrics(_ request: Request, context: AppRequestContext) async throws -> Response {
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
}
