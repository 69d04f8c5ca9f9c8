import Foundation

/// A job to enqueue with ``JobQueue/enqueue(_:now:)`` or ``JobQueue/enqueueBatch(_:now:)``.
///
/// ```swift
/// let job = try NewJob(kind: "journey.step", payload: StepPayload(journeyID: id, step: 1),
///                      runAt: now.addingTimeInterval(3600), uniqueKey: "journey:\(id):1")
/// ```
public struct NewJob: Sendable, Hashable {
    /// The job's identifier; `nil` (the default) lets the queue assign a ``TimeOrderedID`` from the
    /// enqueue time, which keeps bulk inserts into the primary-key index sequential.
    public var id: String?
    /// What the job does (`journey.step`).
    public var kind: String
    /// JSON text of the job's input.
    public var payload: String
    /// When it becomes due.
    public var runAt: Date
    /// Identifies at most one live job; while a pending or running job holds the key, enqueueing another
    /// with the same key is refused as a duplicate. Finished jobs (done, dead, cancelled) free it.
    public var uniqueKey: String?
    /// Claims allowed before the job is declared dead (at least 1).
    public var maxAttempts: Int

    /// Creates a job from JSON text you already have (a stored webhook body).
    /// - Parameters:
    ///   - kind: What the job does.
    ///   - payloadJSON: JSON text, stored as is.
    ///   - runAt: When it becomes due.
    ///   - uniqueKey: At most one live job per key; `nil` for no constraint.
    ///   - maxAttempts: Claims allowed before it is dead; default 8.
    ///   - id: The job's identifier; `nil` (default) for a time-ordered one assigned at enqueue.
    public init(
        kind: String, payloadJSON: String, runAt: Date, uniqueKey: String? = nil, maxAttempts: Int = 8,
        id: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.payload = payloadJSON
        self.runAt = runAt
        self.uniqueKey = uniqueKey
        self.maxAttempts = maxAttempts
    }

    /// Creates a job whose payload is `payload` encoded as JSON (sorted keys, dates as epoch milliseconds).
    /// - Parameters:
    ///   - kind: What the job does.
    ///   - payload: The job's input; read it back with ``Job/decode(_:)``.
    ///   - runAt: When it becomes due.
    ///   - uniqueKey: At most one live job per key; `nil` for no constraint.
    ///   - maxAttempts: Claims allowed before it is dead; default 8.
    ///   - id: The job's identifier; `nil` (default) for a time-ordered one assigned at enqueue.
    /// - Throws: `EncodingError` when `payload` cannot be encoded.
    public init(
        kind: String, payload: some Encodable, runAt: Date, uniqueKey: String? = nil, maxAttempts: Int = 8,
        id: String? = nil
    ) throws {
        self.init(
            kind: kind, payloadJSON: try JobPayloadCoder.encode(payload), runAt: runAt, uniqueKey: uniqueKey,
            maxAttempts: maxAttempts, id: id
        )
    }
}

/// What ``JobQueue/enqueue(_:now:)`` did.
public enum EnqueueResult: Sendable, Hashable {
    /// The job was stored with this id.
    case enqueued(id: String)
    /// A live job already holds the unique key; nothing was stored. The value is that job's id.
    case duplicate(existingID: String)

    /// The id of the job now holding the work: the new one, or the existing duplicate.
    public var id: String {
        switch self {
        case .enqueued(let id), .duplicate(let id): id
        }
    }

    /// Whether this call stored a new job.
    public var wasEnqueued: Bool {
        if case .enqueued = self { return true }
        return false
    }
}

/// Errors from ``JobQueue``.
public enum JobQueueError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The caller no longer holds the job's lease: it expired and another worker claimed the job, or the
    /// job was finished or cancelled meanwhile. The caller's result must be dropped.
    case leaseLost(jobID: String)
    /// A job with this id already exists.
    case duplicateID(String)
    /// An argument is out of range (`maxAttempts` below 1, a negative lease, a limit below 1).
    case invalidArgument(String)

    /// One readable line.
    public var description: String {
        switch self {
        case .leaseLost(let id): "lease on job \(id) was lost (expired and reclaimed, or the job was finished)"
        case .duplicateID(let id): "a job with id \(id) already exists"
        case .invalidArgument(let message): "invalid argument: \(message)"
        }
    }
}
