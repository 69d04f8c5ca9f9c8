import Foundation

/// Where a job stands in the queue.
public enum JobState: String, Sendable, Hashable, Codable, CaseIterable {
    /// Waiting for its `runAt`, or due and waiting for a worker.
    case pending
    /// Leased to a worker until `leaseExpiresAt`; claimable again once the lease expires.
    case running
    /// Finished successfully.
    case done
    /// Gave up: out of attempts, or failed without a retry time.
    case dead
    /// Cancelled before it ran (``JobQueue/cancel(uniqueKey:now:)``).
    case cancelled

    /// Whether the job may still run (`pending` or `running`); a unique key is held only by live jobs.
    public var isLive: Bool { self == .pending || self == .running }
}

/// One job as stored in the queue: what to do (`kind` + JSON `payload`), when, and who holds it.
///
/// A job returned by ``JobQueue/claim(limit:lease:worker:now:)`` carries its lease (`leaseOwner` and
/// `attempts` identify it); pass that same value back to ``JobQueue/complete(_:now:)``,
/// ``JobQueue/fail(_:error:retryAt:now:)`` or ``JobQueue/extendLease(_:by:now:)``.
public struct Job: Sendable, Hashable, Identifiable {
    /// Unique identifier (a UUID string unless the producer chose one).
    public var id: String
    /// What the job does, the worker's dispatch key (`journey.step`, `shopify.checkout`).
    public var kind: String
    /// JSON text of the job's input; read it with ``decode(_:)``.
    public var payload: String
    /// Current state.
    public var state: JobState
    /// When the job is (or was) due. Claiming leaves it unchanged, so `claim time − runAt` is the lateness.
    public var runAt: Date
    /// How many times the job was claimed, this claim included.
    public var attempts: Int
    /// Claims allowed before the job is declared dead.
    public var maxAttempts: Int
    /// Identifies at most one live (pending or running) job; `nil` for none.
    public var uniqueKey: String?
    /// The worker holding the lease, while running.
    public var leaseOwner: String?
    /// When the lease ends and another worker may claim the job.
    public var leaseExpiresAt: Date?
    /// The last failure's message.
    public var lastError: String?
    /// When the job was enqueued.
    public var createdAt: Date
    /// When the job last changed.
    public var updatedAt: Date

    /// Creates a job value (as read from the database).
    public init(
        id: String, kind: String, payload: String, state: JobState, runAt: Date, attempts: Int, maxAttempts: Int,
        uniqueKey: String? = nil, leaseOwner: String? = nil, leaseExpiresAt: Date? = nil, lastError: String? = nil,
        createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.kind = kind
        self.payload = payload
        self.state = state
        self.runAt = runAt
        self.attempts = attempts
        self.maxAttempts = maxAttempts
        self.uniqueKey = uniqueKey
        self.leaseOwner = leaseOwner
        self.leaseExpiresAt = leaseExpiresAt
        self.lastError = lastError
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The payload's bytes (UTF-8 JSON).
    public var payloadData: Data { Data(self.payload.utf8) }

    /// Decodes the JSON payload, with dates as epoch milliseconds like ``NewJob/init(kind:payload:runAt:uniqueKey:maxAttempts:id:)``.
    ///
    /// ```swift
    /// let step = try job.decode(JourneyStepPayload.self)
    /// ```
    /// - Parameter type: The payload's type.
    /// - Returns: The decoded payload.
    /// - Throws: `DecodingError` when the payload does not match `type`.
    public func decode<T: Decodable>(_ type: T.Type = T.self) throws -> T {
        try JobPayloadCoder.decode(type, from: self.payload)
    }
}

/// JSON for job payloads: sorted keys (equal values give equal text), dates as epoch milliseconds.
enum JobPayloadCoder {
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .millisecondsSince1970
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .millisecondsSince1970
        return try decoder.decode(type, from: Data(text.utf8))
    }
}
