import Foundation

extension FlowRun {
    /// The shopper replied: pause unless the flow continues on replies.
    mutating func replied() {
        self.progress.facts.record(.replied, at: self.now)
        if self.flow.settings.onReply == .pause { self.pause(.replied) }
    }

    /// An email was opened: `email_not_opened` steps waiting on it are skipped at once.
    mutating func emailOpened() {
        self.progress.facts.record(.emailOpened, at: self.now)
        let waiting = self.progress.pending.filter { pending in
            guard !pending.awaitingResult, case .emailNotOpened = self.flow.steps[pending.step].trigger else {
                return false
            }
            return self.watchedEmailWasOpened(by: pending.step)
        }
        for pending in waiting where self.progress.state != .ended { self.skip(pending.step, .emailOpened) }
    }

    /// An email link was clicked: plan the `email_clicked` steps, once each.
    mutating func emailClicked() {
        self.progress.facts.record(.emailClicked, at: self.now)
        for index in self.flow.steps.indices where self.flow.steps[index].trigger == .emailClicked {
            guard self.isWaiting(index) else { continue }
            if self.progress.optedOutChannels.contains(self.flow.steps[index].channel) { continue }
            self.plan(index, at: self.now.addingTimeInterval(self.resolvedStep(index).step.delay))
        }
    }

    /// Opt-out of one channel skips its steps; of all channels (or of every channel the remaining
    /// steps use) ends the journey.
    mutating func optedOut(_ channel: Channel?) {
        guard let channel else {
            self.end(.optedOut)
            return
        }
        self.progress.optedOutChannels.insert(channel)
        guard self.flow.steps.indices.contains(where: { self.couldStillSend($0) }) else {
            self.end(.optedOut)
            return
        }
        let closed = self.progress.pending.filter { !$0.awaitingResult && self.flow.steps[$0.step].channel == channel }
        for pending in closed where self.progress.state != .ended { self.skip(pending.step, .channelOptedOut) }
    }

    /// Whether a step may still send: not finished, its channel open, and, for steps triggered by
    /// email activity, email still open.
    func couldStillSend(_ index: Int) -> Bool {
        let step = self.flow.steps[index]
        let closed = self.progress.optedOutChannels
        guard !self.progress.isFinished(index), !closed.contains(step.channel) else { return false }
        return step.trigger == .timer || self.progress.isPending(index) || !closed.contains(.email)
    }

    /// Resumes a paused journey. Time spent paused moves every remaining step later, and nothing is
    /// scheduled earlier than now.
    mutating func resume() {
        guard self.progress.state == .paused else { return }
        let pausedFor = max(0, self.now.timeIntervalSince(self.progress.pausedAt ?? self.now))
        self.progress.timelineShift += pausedFor
        self.progress.previousStepAt = self.progress.previousStepAt?.addingTimeInterval(pausedFor)
        self.progress.state = .active
        self.progress.pausedAt = nil
        self.progress.pauseReason = nil
        for slot in self.progress.pending.indices where !self.progress.pending[slot].awaitingResult {
            let pending = self.progress.pending[slot]
            self.progress.pending[slot].plannedAt = pending.plannedAt.addingTimeInterval(pausedFor)
            self.progress.pending[slot].dueAt = max(pending.dueAt.addingTimeInterval(pausedFor), self.now)
            self.actions.append(.schedule(step: pending.step, at: self.progress.pending[slot].dueAt))
        }
        self.completeIfFinished()
    }
}
