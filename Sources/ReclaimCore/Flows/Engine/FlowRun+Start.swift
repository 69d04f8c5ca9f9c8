import Foundation

extension FlowRun {
    /// Starts the journey: assigns holdout and variant, then plans the first timed step.
    mutating func start(abandonedAt: Date) {
        guard self.progress.startedAt == nil else { return }
        self.progress = JourneyProgress(flowName: self.flow.name)
        self.progress.abandonedAt = abandonedAt
        self.progress.startedAt = self.now
        let assignment = ExperimentAssignment(cartID: self.context.cartID, flowName: self.flow.name)
        if assignment.isHoldout(percent: self.flow.holdoutPercent) {
            self.progress.holdout = true
            self.end(.holdout)
            return
        }
        if let experiment = self.flow.steps.first(where: { !$0.variants.isEmpty }) {
            self.progress.variant = assignment.variant(among: experiment.variants)?.label
        }
        self.planTimedSequence(from: 0)
    }

    /// Restarts or continues after a cart change, per ``FlowSettings/onCartUpdated``.
    ///
    /// A restart keeps the shopper's facts, opt-outs and last send times (the channel gap still
    /// holds), starts a new run from the first step timed from now, and keeps a pause in place.
    mutating func cartUpdated() {
        guard self.flow.settings.onCartUpdated == .restart else { return }
        if self.isActive, !self.progress.pending.isEmpty { self.actions.append(.cancelScheduled) }
        self.progress.run += 1
        self.progress.abandonedAt = self.now
        self.progress.timelineShift = 0
        self.progress.previousStepAt = nil
        self.progress.pending = []
        self.progress.nextStep = 0
        if self.progress.state == .paused { self.progress.pausedAt = self.now }
        self.planTimedSequence(from: 0)
    }
}
