import Foundation

extension FlowRun {
    /// The step's message went out: record it, arm `email_not_opened` steps, move on.
    mutating func stepSent(_ index: Int, channel: Channel, at time: Date) {
        self.progress.noteSend(on: channel, at: time)
        guard self.isAwaitingResult(index) else { return }  // a replay, or a send from before a restart
        self.progress.pending.removeAll { $0.step == index }
        self.record(index, .sent(channel), at: time)
        if channel == .email { self.armNotOpenedSteps(watching: index, sentAt: time) }
        self.finished(index, at: time)
    }

    /// The gate deferred the step: reschedule the same step, or skip it when that makes it stale.
    mutating func stepDeferred(_ index: Int, until: Date) {
        guard self.isAwaitingResult(index), let slot = self.progress.pendingSlot(index) else { return }
        self.record(index, .deferred(until: until))
        if self.isStale(index, plannedAt: self.progress.pending[slot].plannedAt, sendAt: until) {
            self.skip(index, .stale)
            return
        }
        self.progress.pending[slot].dueAt = until
        self.progress.pending[slot].awaitingResult = false
        if self.isActive { self.actions.append(.schedule(step: index, at: until)) }
    }

    /// The gate blocked the step: record the reason and move on.
    mutating func stepBlocked(_ index: Int, reason: String) {
        guard self.isAwaitingResult(index) else { return }
        self.progress.pending.removeAll { $0.step == index }
        self.record(index, .blocked(reason))
        self.finished(index, at: self.now)
    }

    /// Plans the `email_not_opened` steps that watch the email step just sent.
    mutating func armNotOpenedSteps(watching emailStep: Int, sentAt: Date) {
        for index in self.flow.steps.indices {
            guard case .emailNotOpened(let within) = self.flow.steps[index].trigger,
                self.flow.watchedEmailStep(for: index) == emailStep, self.isWaiting(index)
            else { continue }
            let delay = self.resolvedStep(index).step.delay
            self.plan(index, at: sentAt.addingTimeInterval(within + delay))
        }
    }

    /// Whether a send action went out for the step in this run and its result is still awaited.
    func isAwaitingResult(_ index: Int) -> Bool {
        guard let slot = self.progress.pendingSlot(index) else { return false }
        return self.progress.pending[slot].awaitingResult
    }

    /// Whether an event-triggered step has neither run nor been planned in this run.
    func isWaiting(_ index: Int) -> Bool {
        !self.progress.isFinished(index) && !self.progress.isPending(index)
    }
}
