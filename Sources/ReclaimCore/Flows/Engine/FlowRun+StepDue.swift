import Foundation

extension FlowRun {
    /// A step's job came due: re-check it, then send, skip or reschedule.
    mutating func stepDue(_ index: Int) {
        guard self.isActive, self.isStep(index), let slot = self.progress.pendingSlot(index),
            !self.progress.pending[slot].awaitingResult
        else { return }  // paused, stale or duplicate job
        let pending = self.progress.pending[slot]
        if self.now < pending.dueAt {
            self.actions.append(.schedule(step: index, at: pending.dueAt))
            return
        }
        let (step, variant) = self.resolvedStep(index)
        if let (reason, detail) = self.skipReason(index, step: step, plannedAt: pending.plannedAt) {
            self.skip(index, reason, detail: detail)
            return
        }
        if let gapEnd = self.channelGapEnd(before: step.channel) {
            self.progress.pending[slot].dueAt = gapEnd
            self.actions.append(.schedule(step: index, at: gapEnd))
            return
        }
        self.progress.pending[slot].awaitingResult = true
        let discount = step.discount.flatMap { $0.qualifies(cartValue: self.context.cartValue) ? $0 : nil }
        self.actions.append(
            .send(step: index, channel: step.channel, template: step.template, discount: discount, variant: variant))
    }

    /// Why the flow would not send the step now, with a detail for the merchant, or `nil` to send.
    func skipReason(_ index: Int, step: FlowStep, plannedAt: Date) -> (FlowSkipReason, String?)? {
        if self.progress.optedOutChannels.contains(step.channel) {
            return (.channelOptedOut, nil)
        }
        if step.channel == .sms, self.flow.settings.smsOnlyAsReplies, index != self.flow.firstSMSStep {
            return (.smsOnlyAsReplies, nil)
        }
        if case .emailNotOpened = step.trigger, self.watchedEmailWasOpened(by: index) {
            return (.emailOpened, nil)
        }
        if self.isStale(index, plannedAt: plannedAt, sendAt: self.now) {
            return (.stale, nil)
        }
        if let unmet = step.conditions.first(where: { !$0.isMet(facts: self.progress.facts, context: self.context) }) {
            return (.conditionNotMet, unmet.description)
        }
        return nil
    }

    /// Whether sending at `sendAt` would be later than the step's staleness limit allows.
    func isStale(_ index: Int, plannedAt: Date, sendAt: Date) -> Bool {
        guard let limit = self.flow.staleLimit(for: index) else { return false }
        return sendAt.timeIntervalSince(plannedAt) > limit
    }

    /// Whether an email was opened since the email an `email_not_opened` step watches was sent.
    func watchedEmailWasOpened(by index: Int) -> Bool {
        guard let openedAt = self.progress.facts.emailOpenedAt else { return false }
        guard let watched = self.flow.watchedEmailStep(for: index), let sentAt = self.progress.sentAt(watched) else {
            return true
        }
        return openedAt >= sentAt
    }
}
