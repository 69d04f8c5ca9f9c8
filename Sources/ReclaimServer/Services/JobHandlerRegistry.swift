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
/// ```swift
/// var registry = JobHandlerRegistry()
/// registry.register("cart.abandonment_check") { job, context in try await flows.check(job, at: context.now) }
/// ```
public struct JobHandlerRegistry: Sendable {
    /// A handler: throws to retry with backoff, throws ``PermanentJobError`` to give up.
    public typealias Handler = @Sendable (Job, JobRunContext) async throws -> Void

    private var handlers: [String: Handler] = [:]

    /// Creates an empty registry.
    public init() {}

    /// Registers the handler for `kind`, replacing any earlier one.
    public mutating func register(_ kind: String, _ handler: @escaping Handler) {
        self.handlers[kind] = handler
    }

    /// The handler for `kind`, if any.
    public func handler(for kind: String) -> Handler? {
        self.handlers[kind]
    }

    /// Registered kinds, sorted.
    public var kinds: [String] { self.handlers.keys.sorted() }
}
