import Foundation

/// A step that is scheduled (a job is due) or waiting for the server to report its send result.
public struct PendingStep: Codable, Sendable, Hashable {
    /// Index of the step in the flow.
    public var step: Int
    /// When the job is due.
    public var dueAt: Date
    /// When the flow first planned it; staleness is measured from here.
    public var plannedAt: Date
    /// A ``FlowAction/send(step:channel:template:discount:variant:)`` went out; the engine waits for
    /// ``FlowEvent/stepSent(_:channel:at:)``, ``FlowEvent/stepDeferred(_:until:)`` or
    /// ``FlowEvent/stepBlocked(_:reason:)``.
    public var awaitingResult: Bool

    /// Creates a pending step.
    public init(step: Int, dueAt: Date, plannedAt: Date, awaitingResult: Bool = false) {
        self.step = step
        self.dueAt = dueAt
        self.plannedAt = plannedAt
        self.awaitingResult = awaitingResult
    }
}
