import Foundation
import Logging
import ReclaimCore
import ReclaimStore

/// What a job handler gets besides the job: the instant it runs at and a logger.
public struct JobRunContext: Sendable {
    /// "Now" on the application's clock (accelerated in the demo).
    public var now: Date
    /// Logger carrying the job's id and kind.
    public var logger: Logger
    /// Which claim of the job this run is (1 for the first), when the context is for one job.
    public var attempt: Int = 1
    /// How many claims the job has before it is dead; `nil` when the context names no job (a batch's).
    public var maxAttempts: Int?

    /// Whether this is the job's last attempt: a handler that would throw to retry should settle instead.
    public var isLastAttempt: Bool { self.maxAttempts.map { self.attempt >= $0 } ?? false }

    /// The same context for one job: the logger names `job`, and the attempt is the job's.
    func naming(_ job: Job) -> JobRunContext {
        var logger = self.logger
        logger[metadataKey: "job_id"] = "\(job.id)"
        return JobRunContext(now: self.now, logger: logger, attempt: job.attempts, maxAttempts: job.maxAttempts)
    }
}

/// A failure that retrying cannot fix: the job goes straight to the dead state.
public struct PermanentJobError: Error, CustomStringConvertible, Sendable {
    /// Why.
    public var reason: String
    /// Creates the error.
    public init(_ reason: String) { self.reason = reason }
    public var description: String { self.reason }
}

/// Maps job kinds to the code that runs them. Filled once at start-up, read by the worker.
///
/// A kind may also have a batch handler: when a claim returns several jobs of that kind, the worker
/// hands them over together (one read per table and one write transaction instead of a dozen statements
/// per job), and uses the single-job handler for a lone job.
///
/// ```swift
/// var registry = JobHandlerRegistry()
/// registry.register("cart.abandonment_check") { job, context in try await flows.check(job, at: context.now) }
/// registry.registerBatch("flow.step") { jobs, context in await runner.run(jobs, context) }
/// ```
public struct JobHandlerRegistry: Sendable {
    /// A handler: throws to retry with backoff, throws ``PermanentJobError`` to give up.
    public typealias Handler = @Sendable (Job, JobRunContext) async throws -> Void

    /// A batch handler: runs several jobs of one kind and returns the errors of those that failed, by job
    /// id (each is retried or given up on as a single handler's error would be); the others are completed.
    public typealias BatchHandler = @Sendable ([Job], JobRunContext) async -> [String: any Error]

    private var handlers: [String: Handler] = [:]
    private var batchHandlers: [String: BatchHandler] = [:]

    /// Creates an empty registry.
    public init() {}

    /// Registers the handler for `kind`, replacing any earlier one.
    public mutating func register(_ kind: String, _ handler: @escaping Handler) {
        self.handlers[kind] = handler
    }

    /// Registers the batch handler for `kind` (used beside its single-job handler), replacing any earlier one.
    public mutating func registerBatch(_ kind: String, _ handler: @escaping BatchHandler) {
        self.batchHandlers[kind] = handler
    }

    /// The batch handler for `kind`, if any.
    public func batchHandler(for kind: String) -> BatchHandler? {
        self.batchHandlers[kind]
    }

    /// The handler for `kind`, if any.
    public func handler(for kind: String) -> Handler? {
        self.handlers[kind]
    }

    /// The same handlers without the batch handlers: every job runs alone (what a batch must match).
    func singleJobOnly() -> JobHandlerRegistry {
        var registry = self
        registry.batchHandlers = [:]
        return registry
    }

    /// Registered kinds, sorted.
    public var kinds: [String] { self.handlers.keys.sorted() }
}
