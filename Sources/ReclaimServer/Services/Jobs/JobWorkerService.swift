import Foundation
import Logging
import Metrics
import ReclaimCore
import ReclaimStore
import ServiceLifecycle

/// Claims due jobs from the durable queue and runs them through the ``JobHandlerRegistry``.
///
/// Each round claims up to `batchSize` jobs under a lease and runs them with at most
/// `concurrency` at once. A handler that returns completes its job; one that throws is retried
/// with capped exponential backoff until its attempts run out, then the job is dead. While it runs, a
/// heartbeat extends the leases of every job it holds each third of the lease (``LeaseHeartbeat``), so a
/// long batch keeps its jobs and a killed worker's jobs are claimed again one short lease later. On
/// graceful shutdown the worker stops claiming, lets the jobs it holds finish, and returns.
public struct JobWorkerService: Service {
    /// Settings for one worker.
    public struct Settings: Sendable {
        /// Jobs claimed per round trip.
        public var batchSize: Int
        /// Jobs run at once.
        public var concurrency: Int
        /// Lease length; a job held longer without completion may be claimed by another worker.
        public var lease: TimeInterval
        /// Pause after a round that found nothing due.
        public var pollInterval: TimeInterval
        /// Backoff between attempts.
        public var backoff: RetryBackoff

        /// Creates settings.
        public init(batchSize: Int, concurrency: Int, lease: TimeInterval, pollInterval: TimeInterval, backoff: RetryBackoff = .init()) {
            self.batchSize = max(1, batchSize)
            self.concurrency = max(1, concurrency)
            self.lease = lease
            self.pollInterval = pollInterval
            self.backoff = backoff
        }
    }

    let queue: JobQueue
    let registry: JobHandlerRegistry
    let clock: any WallClock
    let settings: Settings
    let workerID: String
    let logger: Logger
    let wakeup: JobWakeup?

    /// Creates a worker.
    public init(
        queue: JobQueue, registry: JobHandlerRegistry, clock: any WallClock, settings: Settings,
        workerID: String = "worker-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))",
        logger: Logger, wakeup: JobWakeup? = nil
    ) {
        self.wakeup = wakeup
        self.queue = queue
        self.registry = registry
        self.clock = clock
        self.settings = settings
        self.workerID = workerID
        self.logger = logger
    }

    /// Runs until graceful shutdown: claims due jobs and keeps them moving without waiting for the slowest.
    ///
    /// The worker holds at most `batchSize` claimed jobs. It claims more whenever half of them are done,
    /// or when the poll interval (or a ``JobWakeup``) finds it with room, so one slow job (a platform API
    /// call that takes its full timeout, say) never holds back the steps due meanwhile. Jobs of a kind
    /// with a batch handler run as one batch at a time per kind (jobs claimed while it runs wait for the
    /// next), so two batches never work on the same shoppers at once; other jobs run `concurrency` at
    /// once. On graceful shutdown it stops claiming and finishes every job it holds.
    public func run() async throws {
        self.logger.info("job worker started", metadata: ["worker": "\(self.workerID)", "kinds": "\(self.registry.kinds)"])
        let heartbeat = LeaseHeartbeat(
            queue: self.queue, worker: self.workerID, lease: self.settings.lease, clock: self.clock, logger: self.logger
        )
        .start()
        defer { heartbeat.cancel() }
        let interval = Duration.milliseconds(Int(self.settings.pollInterval * 1000))
        await withTaskGroup(of: Finished.self) { group in
            var held = HeldJobs()
            var waiting = false
            // After a claim that found nothing, the next waits for the poll interval (or a wakeup) rather
            // than running again at every finished job.
            var mayClaim = true
            while true {
                let stopping = Task.isShuttingDownGracefully || Task.isCancelled
                var claimed = 0
                if !stopping, mayClaim, held.count <= self.settings.batchSize / 2 {
                    do {
                        let jobs = try await self.queue.claim(
                            limit: self.settings.batchSize - held.count, lease: self.settings.lease, worker: self.workerID,
                            now: self.clock.now())
                        claimed = jobs.count
                        mayClaim = !jobs.isEmpty
                        held.add(jobs, batched: { self.registry.batchHandler(for: $0) != nil })
                    } catch {
                        self.logger.error("claiming jobs failed", metadata: ["error": "\(error)"])
                        mayClaim = false
                    }
                }
                for (kind, jobs) in held.startBatches() {
                    guard let handler = self.registry.batchHandler(for: kind) else { continue }
                    group.addTask {
                        await self.execute(jobs, handler: handler)
                        return .batch(kind)
                    }
                }
                while held.runningSingles < self.settings.concurrency, let job = held.startSingle() {
                    group.addTask {
                        await self.execute(job)
                        return .single
                    }
                }
                if held.count == 0 && !waiting {
                    if stopping { break }
                    if claimed == 0 {
                        // Idle: until the poll interval passes or work due now is queued.
                        try? await cancelWhenGracefulShutdown {
                            if let wakeup = self.wakeup { await wakeup.wait(upTo: interval) } else { try await Task.sleep(for: interval) }
                        }
                    }
                    mayClaim = true
                    continue
                }
                // Busy: until a job or batch finishes, or the poll interval passes with room to claim more.
                if !waiting && !stopping {
                    waiting = true
                    group.addTask { [wakeup = self.wakeup] in
                        if let wakeup { await wakeup.wait(upTo: interval) } else { try? await Task.sleep(for: interval) }
                        return .poll
                    }
                }
                switch await group.next() {
                case .poll?:
                    waiting = false
                    mayClaim = true
                case .single?: held.runningSingles -= 1
                case .batch(let kind)?: held.finishBatch(kind)
                case nil: waiting = false
                }
                if stopping && held.count == 0 && !waiting { break }
            }
            group.cancelAll()
        }
        self.logger.info("job worker stopped", metadata: ["worker": "\(self.workerID)"])
    }

    /// What a task of ``run()`` finished.
    private enum Finished: Sendable {
        case single
        case batch(String)
        case poll
    }

    /// Claims one batch and runs it to the end. Returns how many jobs ran.
    @discardableResult
    public func runOnce() async throws -> Int {
        let jobs = try await self.queue.claim(
            limit: self.settings.batchSize, lease: self.settings.lease, worker: self.workerID, now: self.clock.now())
        guard !jobs.isEmpty else { return 0 }
        // Several jobs of a kind with a batch handler run as one task; the rest one task per job.
        var batches: [(handler: JobHandlerRegistry.BatchHandler, jobs: [Job])] = []
        var singles: [Job] = []
        for (kind, group) in Dictionary(grouping: jobs, by: \.kind).sorted(by: { $0.key < $1.key }) {
            if group.count > 1, self.registry.handler(for: kind) != nil, let handler = self.registry.batchHandler(for: kind) {
                batches.append((handler, group))
            } else {
                singles += group
            }
        }
        singles.sort { ($0.runAt, $0.id) < ($1.runAt, $1.id) }
        await withTaskGroup(of: Void.self) { group in
            var running = 0
            for batch in batches {
                group.addTask { await self.execute(batch.jobs, handler: batch.handler) }
                running += 1
            }
            for job in singles {
                if running >= self.settings.concurrency {
                    await group.next()
                    running -= 1
                }
                group.addTask { await self.execute(job) }
                running += 1
            }
        }
        return jobs.count
    }

    /// Runs jobs of one kind through its batch handler, completes those that succeeded in one statement,
    /// and retries or buries the others.
    private func execute(_ jobs: [Job], handler: JobHandlerRegistry.BatchHandler) async {
        let kind = jobs[0].kind
        var logger = self.logger
        logger[metadataKey: "job_kind"] = "\(kind)"
        logger[metadataKey: "batch"] = "\(jobs.count)"
        let started = ContinuousClock.now
        let failures = await handler(jobs, JobRunContext(now: self.clock.now(), logger: logger))
        let succeeded = jobs.filter { failures[$0.id] == nil }
        do {
            let lost = try await self.queue.complete(succeeded, now: self.clock.now())
            for id in lost { logger.warning("job lease lost before completion", metadata: ["job_id": "\(id)"]) }
        } catch {
            logger.error("completing jobs failed", metadata: ["error": "\(error)"])
        }
        Counter(label: "reclaim_jobs_run_total", dimensions: [("kind", kind)]).increment(by: succeeded.count)
        let elapsed = ContinuousClock.now - started
        let timer = Timer(label: "reclaim_job_duration_seconds", dimensions: [("kind", kind)], preferredDisplayUnit: .seconds)
        for _ in jobs { timer.record(duration: elapsed / jobs.count) }
        for job in jobs {
            guard let error = failures[job.id] else { continue }
            var jobLogger = logger
            jobLogger[metadataKey: "job_id"] = "\(job.id)"
            jobLogger.warning("job failed", metadata: ["error": "\(error)", "attempt": "\(job.attempts)"])
            await self.finish(job, error: "\(error)", permanent: error is PermanentJobError, logger: jobLogger)
        }
    }

    private func execute(_ job: Job) async {
        var logger = self.logger
        logger[metadataKey: "job_id"] = "\(job.id)"
        logger[metadataKey: "job_kind"] = "\(job.kind)"
        guard let handler = self.registry.handler(for: job.kind) else {
            logger.error("no handler for job kind")
            await self.finish(job, error: "no handler registered for kind \(job.kind)", permanent: true, logger: logger)
            return
        }
        let started = ContinuousClock.now
        do {
            try await handler(
                job, JobRunContext(now: self.clock.now(), logger: logger, attempt: job.attempts, maxAttempts: job.maxAttempts))
            try await self.queue.complete(job, now: self.clock.now())
            Counter(label: "reclaim_jobs_run_total", dimensions: [("kind", job.kind)]).increment()
            Timer(label: "reclaim_job_duration_seconds", dimensions: [("kind", job.kind)], preferredDisplayUnit: .seconds)
                .record(duration: ContinuousClock.now - started)
        } catch {
            let permanent = error is PermanentJobError
            logger.warning("job failed", metadata: ["error": "\(error)", "attempt": "\(job.attempts)"])
            await self.finish(job, error: "\(error)", permanent: permanent, logger: logger)
        }
    }

    private func finish(_ job: Job, error: String, permanent: Bool, logger: Logger) async {
        let now = self.clock.now()
        let retryAt: Date? =
            permanent || job.attempts >= job.maxAttempts
            ? nil : now.addingTimeInterval(self.settings.backoff.delay(attempt: job.attempts, jitter: Double.random(in: 0...1)))
        do {
            let state = try await self.queue.fail(job, error: error, retryAt: retryAt, now: now)
            Counter(label: "reclaim_jobs_failed_total", dimensions: [("kind", job.kind)]).increment()
            if state == .dead { logger.error("job is dead", metadata: ["error": "\(error)"]) }
        } catch {
            logger.error("recording job failure failed", metadata: ["error": "\(error)"])
        }
    }
}
