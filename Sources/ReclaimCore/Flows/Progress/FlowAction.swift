import Foundation

/// What the server must do after an event.
public enum FlowAction: Codable, Sendable, Hashable {
    /// Enqueue a job for the step, due at the instant; it replaces any job already queued for that step.
    case schedule(step: Int, at: Date)
    /// Run the pre-send check and the policy gate, then render and send, and report the result with
    /// ``FlowEvent/stepSent(_:channel:at:)``, ``FlowEvent/stepDeferred(_:until:)`` or
    /// ``FlowEvent/stepBlocked(_:reason:)``. `template` `nil` is the library's default; `variant` is
    /// the experiment arm for reporting.
    case send(step: Int, channel: Channel, template: String?, discount: DiscountOffer?, variant: String?)
    /// The flow skipped the step; drop any job still queued for it.
    case skip(step: Int, reason: FlowSkipReason)
    /// Drop every job queued for this journey.
    case cancelScheduled
    /// The journey is paused.
    case pause(FlowPauseReason)
    /// The journey ended.
    case end(FlowEndReason)
}

/// The engine's answer to one event: the new progress to persist and the actions to carry out.
public struct FlowTransition: Sendable, Hashable {
    /// Progress after the event; persist it with the actions in one transaction.
    public var progress: JourneyProgress
    /// Actions in the order to carry them out.
    public var actions: [FlowAction]

    /// Creates a transition.
    public init(progress: JourneyProgress, actions: [FlowAction]) {
        self.progress = progress
        self.actions = actions
    }
}
