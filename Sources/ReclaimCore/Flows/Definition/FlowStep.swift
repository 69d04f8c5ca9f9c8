import Foundation

/// What a step's delay counts from.
public enum FlowDelayAnchor: String, Codable, Sendable, Hashable, CaseIterable {
    /// From the cart's abandonment (the default): `delay: 24h` means 24 hours after abandonment.
    case abandonment
    /// From the moment the previous timed step was sent or skipped.
    case previousStep = "previous"
}

/// One message of a flow: when, on which channel, with which template and offer, and under which conditions.
public struct FlowStep: Codable, Sendable, Hashable {
    /// Stable identifier within the flow (`step1`, `first_text`); reports and experiments key on it.
    public var id: String
    /// Wait before the step is due, counted from ``delayFrom`` (timed steps) or from the trigger.
    public var delay: TimeInterval
    /// What the delay of a timed step counts from. Default ``FlowDelayAnchor/abandonment``.
    public var delayFrom: FlowDelayAnchor
    /// SMS or email.
    public var channel: Channel
    /// Template key; `nil` lets the template library pick its default for the channel and position.
    public var template: String?
    /// Discount offered with this message, if any.
    public var discount: DiscountOffer?
    /// All must hold when the step is due, else the step is skipped and the flow moves on.
    public var conditions: [FlowCondition]
    /// What makes the step due: its timer (default) or a shopper event.
    public var trigger: FlowStepTrigger
    /// A/B variants of this step; empty when the step is not an experiment.
    public var variants: [FlowStepVariant]
    /// Staleness limit for this step, overriding ``FlowSettings/staleAfter``.
    public var staleAfter: TimeInterval?

    /// Creates a step.
    /// - Parameters:
    ///   - id: Stable identifier within the flow.
    ///   - delay: Seconds before the step is due.
    ///   - delayFrom: What the delay counts from.
    ///   - channel: SMS or email.
    ///   - template: Template key, `nil` for the library's default.
    ///   - discount: Offer attached to the message.
    ///   - conditions: Conditions checked when the step is due.
    ///   - trigger: Timer or shopper event.
    ///   - variants: A/B variants.
    ///   - staleAfter: Staleness limit for this step.
    public init(
        id: String, delay: TimeInterval, delayFrom: FlowDelayAnchor = .abandonment, channel: Channel,
        template: String? = nil, discount: DiscountOffer? = nil, conditions: [FlowCondition] = [],
        trigger: FlowStepTrigger = .timer, variants: [FlowStepVariant] = [], staleAfter: TimeInterval? = nil
    ) {
        self.id = id
        self.delay = delay
        self.delayFrom = delayFrom
        self.channel = channel
        self.template = template
        self.discount = discount
        self.conditions = conditions
        self.trigger = trigger
        self.variants = variants
        self.staleAfter = staleAfter
    }

    /// This step with a variant's overrides applied.
    /// - Parameter variant: The shopper's variant, or `nil` for the step as written.
    /// - Returns: The step the shopper gets.
    public func applying(_ variant: FlowStepVariant?) -> FlowStep {
        guard let variant else { return self }
        var step = self
        if let template = variant.template { step.template = template }
        if let delay = variant.delay { step.delay = delay }
        if variant.removesDiscount {
            step.discount = nil
        } else if let discount = variant.discount {
            step.discount = discount
        }
        return step
    }
}
