import Foundation

/// The flow engine: a pure state machine from (progress, event, now) to (progress, actions).
///
/// It reads no clock, draws no random numbers and does no I/O; the server persists the returned
/// progress and carries out the actions (enqueue jobs, run the policy gate and send, cancel jobs).
///
/// ```swift
/// var step = FlowEngine.start(flow: flow, context: context, abandonedAt: abandoned, now: abandoned)
/// // step.actions == [.schedule(step: 0, at: abandoned + 45 min)]
/// step = FlowEngine.handle(.stepDue(0), progress: step.progress, flow: flow, context: context, now: due)
/// // step.actions == [.send(step: 0, channel: .sms, template: "check_in_sms", discount: nil, variant: nil)]
/// ```
///
/// Rules, in short:
/// - Holdout carts end at once with ``FlowEndReason/holdout`` (state `ended`); the server still
///   records the journey so analytics can compare them.
/// - Timed steps run in order; each is planned when the one before it is finished. A step due is
///   checked (opt-out, carrier-safe SMS rule, staleness, conditions, cross-channel gap) and then sent.
/// - A deferral reschedules the same step unless that makes it stale; a block moves on.
/// - A reply pauses (unless `on_reply: continue`), escalation pauses; resuming moves the rest of the
///   timeline by the time spent paused, never earlier than now.
/// - Purchase, emptied cart, a superseding cart and opt-out of every channel end the journey.
public enum FlowEngine {
    /// Starts a journey for an abandoned cart.
    /// - Parameters:
    ///   - flow: The flow chosen by ``FlowSelector``.
    ///   - context: The cart and shopper.
    ///   - abandonedAt: When the cart was abandoned; timed steps count from here.
    ///   - now: The current instant.
    /// - Returns: The new progress and its first actions.
    public static func start(
        flow: FlowDefinition, context: FlowContext, abandonedAt: Date, now: Date
    ) -> FlowTransition {
        self.handle(
            .started(abandonedAt: abandonedAt), progress: JourneyProgress(flowName: flow.name), flow: flow,
            context: context, now: now)
    }

    /// Applies one event to a journey.
    /// - Parameters:
    ///   - event: What happened.
    ///   - progress: The journey as last persisted.
    ///   - flow: The flow it walks.
    ///   - context: The cart and shopper as they are now.
    ///   - now: The current instant.
    /// - Returns: The new progress and the actions to carry out, in order.
    public static func handle(
        _ event: FlowEvent, progress: JourneyProgress, flow: FlowDefinition, context: FlowContext, now: Date
    ) -> FlowTransition {
        var run = FlowRun(progress: progress, flow: flow, context: context, now: now)
        if case .started(let abandonedAt) = event {
            run.start(abandonedAt: abandonedAt)
            return run.transition
        }
        guard progress.startedAt != nil else { return run.transition }
        if progress.state == .ended {
            // A message already on its way when the journey ended still counts for the channel gap.
            if case .stepSent(_, let channel, let at) = event { run.progress.noteSend(on: channel, at: at) }
            return run.transition
        }
        run.apply(event)
        return run.transition
    }
}
