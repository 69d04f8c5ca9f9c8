import Foundation

/// Where a journey stands.
public enum JourneyState: String, Codable, Sendable, Hashable, CaseIterable {
    /// Steps are scheduled and will run when due.
    case active
    /// Held by a shopper's "wait", an escalation or a human takeover.
    case paused
    /// Ended: purchase, opt-out, last step done, superseded or emptied cart.
    case ended
}

/// One abandoned cart walking one flow. At most one active journey per cart.
public struct Journey: Codable, Sendable, Hashable, Identifiable {
    /// Reclaim's identifier.
    public var id: String
    /// Owning store.
    public var storeID: StoreID
    /// The cart being recovered; unique: one journey per cart.
    public var cartID: String
    /// The shopper.
    public var contactID: String?
    /// Name of the flow definition.
    public var flowName: String
    /// A/B variant label (`A`, `B`), `nil` when the flow has no experiment.
    public var variant: String?
    /// In the holdout group: tracked for incrementality, never messaged.
    public var holdout: Bool
    /// Current state.
    public var state: JourneyState
    /// Index of the next step to run.
    public var nextStep: Int
    /// Why it paused or ended (`purchased`, `opted_out`, `completed`, `escalated`).
    public var reason: String?
    /// When the journey began (the cart's abandonment).
    public var startedAt: Date
    /// Last state change.
    public var updatedAt: Date
    /// When it ended.
    public var endedAt: Date?
    /// The flow engine's full state (steps planned, outcomes, facts seen), persisted as JSON.
    public var progress: JourneyProgress?

    /// Creates a journey.
    public init(
        id: String, storeID: StoreID, cartID: String, contactID: String? = nil, flowName: String, variant: String? = nil,
        holdout: Bool = false, state: JourneyState = .active, nextStep: Int = 0, reason: String? = nil,
        startedAt: Date, updatedAt: Date, endedAt: Date? = nil, progress: JourneyProgress? = nil
    ) {
        self.id = id
        self.storeID = storeID
        self.cartID = cartID
        self.contactID = contactID
        self.flowName = flowName
        self.variant = variant
        self.holdout = holdout
        self.state = state
        self.nextStep = nextStep
        self.reason = reason
        self.startedAt = startedAt
        self.updatedAt = updatedAt
        self.endedAt = endedAt
        self.progress = progress
    }
}
