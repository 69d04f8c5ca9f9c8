import Foundation

extension JourneyProgress {
    /// The latest outcome of a step in the current run, if any.
    /// - Parameter step: Step index.
    public func outcome(of step: Int) -> StepOutcome? {
        self.outcomes.last { $0.step == step && $0.run == self.run }?.outcome
    }

    /// Whether the step is finished (sent, skipped or blocked) in the current run.
    /// - Parameter step: Step index.
    public func isFinished(_ step: Int) -> Bool {
        self.outcome(of: step)?.isFinal ?? false
    }

    /// Whether a job is queued or a send result is awaited for the step.
    /// - Parameter step: Step index.
    public func isPending(_ step: Int) -> Bool {
        self.pending.contains { $0.step == step }
    }

    /// The last send on a channel for this cart.
    /// - Parameter channel: SMS or email.
    public func lastSent(on channel: Channel) -> Date? {
        switch channel {
        case .sms: self.lastSMSAt
        case .email: self.lastEmailAt
        }
    }

    /// When the step was sent in the current run, if it was.
    /// - Parameter step: Step index.
    public func sentAt(_ step: Int) -> Date? {
        self.outcomes.last { record in
            guard record.step == step, record.run == self.run, case .sent = record.outcome else { return false }
            return true
        }?.at
    }

    /// Records a send on a channel, keeping the latest instant.
    mutating func noteSend(on channel: Channel, at time: Date) {
        switch channel {
        case .sms: self.lastSMSAt = max(self.lastSMSAt ?? time, time)
        case .email: self.lastEmailAt = max(self.lastEmailAt ?? time, time)
        }
    }

    /// Position of the step in ``pending``.
    func pendingSlot(_ step: Int) -> Int? {
        self.pending.firstIndex { $0.step == step }
    }
}
