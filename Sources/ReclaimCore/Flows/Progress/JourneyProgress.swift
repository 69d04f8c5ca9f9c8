import Foundation

/// Where one cart stands in its flow: the pure state the ``FlowEngine`` reads and returns.
///
/// The server persists it as JSON beside the `Journey` row and mirrors ``state``, ``nextStep``,
/// ``variant``, ``holdout`` and the reason into that row.
public struct JourneyProgress: Codable, Sendable, Hashable {
    /// Name of the flow being walked.
    public var flowName: String
    /// Active, paused or ended.
    public var state: JourneyState
    /// When the cart was abandoned (for this run); `nil` until started.
    public var abandonedAt: Date?
    /// When the journey started; `nil` until ``FlowEvent/started(abandonedAt:)``.
    public var startedAt: Date?
    /// Which run of the flow: 0, then +1 each time a cart update restarts it.
    public var run: Int
    /// Index of the next timed step to plan; `steps.count` when the timed sequence is done.
    public var nextStep: Int
    /// Steps scheduled or awaiting their send result.
    public var pending: [PendingStep]
    /// Every step outcome, oldest first, across runs.
    public var outcomes: [StepOutcomeRecord]
    /// What the shopper did during the journey.
    public var facts: JourneyFacts
    /// Channels the shopper opted out of; their steps are skipped.
    public var optedOutChannels: Set<Channel>
    /// Last SMS sent for this cart.
    public var lastSMSAt: Date?
    /// Last email sent for this cart.
    public var lastEmailAt: Date?
    /// When the last timed step was sent or skipped; `from: previous` delays count from here.
    public var previousStepAt: Date?
    /// Total time spent paused, by which later timed steps move.
    public var timelineShift: TimeInterval
    /// When the current pause began.
    public var pausedAt: Date?
    /// Why it is paused.
    public var pauseReason: FlowPauseReason?
    /// Why it ended.
    public var endReason: FlowEndReason?
    /// When it ended.
    public var endedAt: Date?
    /// The shopper's experiment arm, `nil` when the flow has no variants.
    public var variant: String?
    /// In the holdout group: recorded, never messaged.
    public var holdout: Bool

    /// A journey that has not started yet; feed it ``FlowEvent/started(abandonedAt:)``.
    /// - Parameter flowName: Name of the flow it will walk.
    public init(flowName: String) {
        self.flowName = flowName
        self.state = .active
        self.abandonedAt = nil
        self.startedAt = nil
        self.run = 0
        self.nextStep = 0
        self.pending = []
        self.outcomes = []
        self.facts = JourneyFacts()
        self.optedOutChannels = []
        self.lastSMSAt = nil
        self.lastEmailAt = nil
        self.previousStepAt = nil
        self.timelineShift = 0
        self.pausedAt = nil
        self.pauseReason = nil
        self.endReason = nil
        self.endedAt = nil
        self.variant = nil
        self.holdout = false
    }
}
