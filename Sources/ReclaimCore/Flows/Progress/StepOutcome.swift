import Foundation

/// What happened to a step.
public enum StepOutcome: Codable, Sendable, Hashable {
    /// Sent on the channel.
    case sent(Channel)
    /// Not sent, by the flow's own rules.
    case skipped(FlowSkipReason)
    /// Not sent: the policy gate blocked it (reason code from compliance).
    case blocked(String)
    /// Postponed by the policy gate (quiet hours) until the instant.
    case deferred(until: Date)

    /// Whether the step is finished (sent, skipped or blocked) rather than postponed.
    public var isFinal: Bool {
        if case .deferred = self { return false }
        return true
    }
}

/// One entry of a journey's step history.
public struct StepOutcomeRecord: Codable, Sendable, Hashable {
    /// Index of the step in the flow.
    public var step: Int
    /// The step's id, so history stays readable if the flow is edited.
    public var stepID: String
    /// Which run of the flow (0, then 1 after a restart on cart update, …).
    public var run: Int
    /// What happened.
    public var outcome: StepOutcome
    /// When it happened.
    public var at: Date
    /// The unmet condition or other detail, for the merchant.
    public var detail: String?

    /// Creates a record.
    public init(step: Int, stepID: String, run: Int, outcome: StepOutcome, at: Date, detail: String? = nil) {
        self.step = step
        self.stepID = stepID
        self.run = run
        self.outcome = outcome
        self.at = at
        self.detail = detail
    }
}
