import Foundation
import Logging
import ReclaimCore
import ReclaimStore

/// Keeps a live worker's leases from running out: every third of the lease it extends the lease of
/// every job the worker holds (claimed and waiting, or running) with one statement
/// (``JobQueue/extendLeases(worker:by:now:)``).
///
/// With a heartbeat the lease can stay short: a batch that outlasts it keeps its jobs, and the jobs of a
/// worker that was killed (`kill -9`, a crashed container) are claimed again one lease after its last
/// beat instead of after the longest job's worth of time.
struct LeaseHeartbeat: Sendable {
    let queue: JobQueue
    let worker: String
    let lease: TimeInterval
    let clock: any WallClock
    let logger: Logger

    /// Time between beats: a third of the lease, so two beats may fail before a lease runs out.
    var interval: TimeInterval { max(0.05, self.lease / 3) }

    /// Starts beating until the returned task is cancelled.
    func start() -> Task<Void, Never> {
        Task {
            while !Task.isCancelled {
                do {
                    try await Task.sleep(for: .milliseconds(Int(self.interval * 1000)))
                } catch {
                    return
                }
                await self.beat()
            }
        }
    }

    /// Extends the leases once.
    func beat() async {
        do {
            try await self.queue.extendLeases(worker: self.worker, by: self.lease, now: self.clock.now())
        } catch {
            self.logger.warning("extending job leases failed", metadata: ["worker": "\(self.worker)", "error": "\(error)"])
        }
    }
}
