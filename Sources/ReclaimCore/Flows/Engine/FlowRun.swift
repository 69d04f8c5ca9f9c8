import Foundation

/// The working state of one ``FlowEngine`` call: progress being changed and actions collected.
struct FlowRun {
    var progress: JourneyProgress
    var actions: [FlowAction] = []
    let flow: FlowDefinition
    let context: FlowContext
    let now: Date

    init(progress: JourneyProgress, flow: FlowDefinition, context: FlowContext, now: Date) {
        self.progress = progress
        self.flow = flow
        self.context = context
        self.now = now
    }

    var transition: FlowTransition {
        FlowTransition(progress: self.progress, actions: self.actions)
    }

    var isActive: Bool { self.progress.state == .active }

    /// Dispatches every event but ``FlowEvent/started(abandonedAt:)``.
    mutating func apply(_ event: FlowEvent) {
        switch event {
        case .started: break
        case .stepDue(let step): self.stepDue(step)
        case .stepSent(let step, let channel, let at): self.stepSent(step, channel: channel, at: at)
        case .stepDeferred(let step, let until): self.stepDeferred(step, until: until)
        case .stepBlocked(let step, let reason): self.stepBlocked(step, reason: reason)
        case .clicked: self.progress.facts.record(.clicked, at: self.now)
        case .replied: self.replied()
        case .emailOpened: self.emailOpened()
        case .emailClicked: self.emailClicked()
        case .purchased: self.end(.purchased)
        case .optedOut(let channel): self.optedOut(channel)
        case .cartUpdated: self.cartUpdated()
        case .cartEmptied: self.end(.emptied)
        case .superseded: self.end(.superseded)
        case .escalated: self.pause(.escalated)
        case .paused(let reason): self.pause(reason)
        case .resumed, .handedBack: self.resume()
        }
    }

    /// Ends the journey, dropping whatever is queued.
    mutating func end(_ reason: FlowEndReason) {
        guard self.progress.state != .ended else { return }
        if !self.progress.pending.isEmpty { self.actions.append(.cancelScheduled) }
        self.progress.state = .ended
        self.progress.endReason = reason
        self.progress.endedAt = self.now
        self.progress.pending = []
        self.progress.pausedAt = nil
        self.progress.pauseReason = nil
        self.actions.append(.end(reason))
    }

    /// Pauses the journey. While paused, a new reason replaces the old one, except that a reply
    /// never replaces a stronger reason such as an escalation.
    mutating func pause(_ reason: FlowPauseReason) {
        if self.progress.state == .paused {
            guard reason != .replied, reason != self.progress.pauseReason else { return }
            self.progress.pauseReason = reason
            self.actions.append(.pause(reason))
            return
        }
        if !self.progress.pending.isEmpty { self.actions.append(.cancelScheduled) }
        self.progress.state = .paused
        self.progress.pausedAt = self.now
        self.progress.pauseReason = reason
        self.actions.append(.pause(reason))
    }

    /// Appends a step outcome to the history.
    mutating func record(_ step: Int, _ outcome: StepOutcome, at time: Date? = nil, detail: String? = nil) {
        self.progress.outcomes.append(
            StepOutcomeRecord(
                step: step, stepID: self.flow.steps[step].id, run: self.progress.run, outcome: outcome,
                at: time ?? self.now, detail: detail))
    }

    /// Whether `step` is a valid index into the flow.
    func isStep(_ step: Int) -> Bool {
        self.flow.steps.indices.contains(step)
    }

    /// The step as this shopper gets it (variant overrides applied) and the variant label.
    func resolvedStep(_ index: Int) -> (step: FlowStep, variant: String?) {
        let step = self.flow.steps[index]
        guard !step.variants.isEmpty else { return (step, nil) }
        let assignment = ExperimentAssignment(cartID: self.context.cartID, flowName: self.flow.name)
        let variant = assignment.variant(among: step.variants)
        return (step.applying(variant), variant?.label)
    }
}
