import Foundation

extension FlowRun {
    /// Plans the first timed step at or after `index` whose channel is still open, skipping the
    /// others; completes the journey when nothing is left.
    mutating func planTimedSequence(from index: Int) {
        var next = self.flow.nextTimedStep(from: index)
        while let candidate = next, self.progress.optedOutChannels.contains(self.flow.steps[candidate].channel) {
            self.skip(candidate, .channelOptedOut, continueSequence: false)
            next = self.flow.nextTimedStep(from: candidate + 1)
        }
        self.progress.nextStep = next ?? self.flow.steps.count
        if let next {
            self.plan(next, at: self.plannedTime(ofTimedStep: next))
        } else {
            self.completeIfFinished()
        }
    }

    /// When a timed step should run, before the gap and `now` are applied.
    func plannedTime(ofTimedStep index: Int) -> Date {
        let step = self.resolvedStep(index).step
        let abandonment = (self.progress.abandonedAt ?? self.now).addingTimeInterval(self.progress.timelineShift)
        switch step.delayFrom {
        case .abandonment: return abandonment.addingTimeInterval(step.delay)
        case .previousStep: return (self.progress.previousStepAt ?? abandonment).addingTimeInterval(step.delay)
        }
    }

    /// Adds a pending step due at its planned time, no earlier than now or the channel gap's end,
    /// and schedules it when the journey is active.
    mutating func plan(_ index: Int, at plannedAt: Date) {
        let channel = self.flow.steps[index].channel
        var due = max(plannedAt, self.now)
        if let gapEnd = self.channelGapEnd(before: channel) { due = max(due, gapEnd) }
        self.progress.pending.append(PendingStep(step: index, dueAt: due, plannedAt: plannedAt))
        if self.isActive { self.actions.append(.schedule(step: index, at: due)) }
    }

    /// When the cross-channel gap allows a send on `channel`, or `nil` when it allows it now.
    func channelGapEnd(before channel: Channel) -> Date? {
        let gap = self.flow.settings.crossChannelGap
        let other: Channel = channel == .sms ? .email : .sms
        guard gap > 0, let lastOther = self.progress.lastSent(on: other) else { return nil }
        let end = lastOther.addingTimeInterval(gap)
        return end > self.now ? end : nil
    }

    /// Moves on after a step is finished: timed steps plan the next one; any step may complete the journey.
    mutating func finished(_ index: Int, at time: Date) {
        if self.flow.steps[index].trigger == .timer, index == self.progress.nextStep {
            self.progress.previousStepAt = time
            self.planTimedSequence(from: index + 1)
        } else {
            self.completeIfFinished()
        }
    }

    /// Ends the journey as completed when no timed step is left and nothing is pending.
    mutating func completeIfFinished() {
        guard self.progress.state != .ended else { return }
        if self.progress.nextStep >= self.flow.steps.count, self.progress.pending.isEmpty {
            self.end(.completed)
        }
    }

    /// Skips a step: drops it from pending, records why and tells the server.
    /// - Parameter continueSequence: Whether to move on afterwards (false while already iterating).
    mutating func skip(_ index: Int, _ reason: FlowSkipReason, detail: String? = nil, continueSequence: Bool = true) {
        self.progress.pending.removeAll { $0.step == index }
        self.record(index, .skipped(reason), detail: detail)
        self.actions.append(.skip(step: index, reason: reason))
        if continueSequence { self.finished(index, at: self.now) }
    }
}
