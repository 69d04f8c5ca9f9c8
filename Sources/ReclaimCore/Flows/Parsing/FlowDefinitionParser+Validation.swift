import Foundation

extension FlowDefinitionParser {
    /// Checks that need the whole flow: unique step ids, a timed step to start with, timed delays
    /// from abandonment in order, and an email before every `email_not_opened` step.
    static func validate(_ flow: FlowDefinition, stepsPath: String) throws(FlowDefinitionError) {
        func path(_ index: Int, _ key: String) -> String { "\(stepsPath)[\(index)].\(key)" }
        var seenIDs: Set<String> = []
        var lastAbandonmentDelay: TimeInterval = 0
        for (index, step) in flow.steps.enumerated() {
            guard seenIDs.insert(step.id).inserted else {
                throw FlowDefinitionError(path: path(index, "id"), message: "duplicate step id \"\(step.id)\"")
            }
            if step.trigger == .timer, step.delayFrom == .abandonment {
                guard step.delay >= lastAbandonmentDelay else {
                    throw FlowDefinitionError(
                        path: path(index, "delay"),
                        message: "counted from abandonment, this step would come before the step above it; "
                            + "order the steps by time or use from: previous")
                }
                lastAbandonmentDelay = step.delay
            }
            if case .emailNotOpened = step.trigger, flow.watchedEmailStep(for: index) == nil {
                throw FlowDefinitionError(
                    path: path(index, "on"), message: "email_not_opened needs an email step before it to watch")
            }
        }
        try self.validateLadder(flow, stepsPath: stepsPath)
        guard flow.steps.contains(where: { $0.trigger == .timer }) else {
            throw FlowDefinitionError(path: stepsPath, message: "a flow needs at least one timed step (without on:)")
        }
    }

    /// The discount steps, in order, must climb: each one's tier above the last, and its offer a step up
    /// (same type: a larger value; free shipping only as the lowest rung). A percentage after a fixed amount,
    /// or the reverse, cannot be compared without a cart and is allowed.
    static func validateLadder(_ flow: FlowDefinition, stepsPath: String) throws(FlowDefinitionError) {
        var previous: DiscountOffer?
        for (index, step) in flow.steps.enumerated() {
            guard let offer = step.discount else { continue }
            let path = "\(stepsPath)[\(index)].discount"
            if let lower = previous {
                guard offer.tier > lower.tier else {
                    throw FlowDefinitionError(
                        path: "\(path).tier",
                        message: "tier \(offer.tier) does not climb the ladder: the discount step before it is tier \(lower.tier)")
                }
                if offer.isStepUp(from: lower) == false {
                    throw FlowDefinitionError(
                        path: offer.type == lower.type && offer.type != .freeShipping ? "\(path).value" : "\(path).type",
                        message: "the discount ladder must increase: \(Self.describe(offer)) is not more than the "
                            + "\(Self.describe(lower)) offered before it")
                }
            }
            previous = offer
        }
    }

    static func describe(_ offer: DiscountOffer) -> String {
        switch offer.type {
        case .percent: "\(offer.value)% off"
        case .fixedAmount: "\(offer.value) (minor units) off"
        case .freeShipping: "free shipping"
        }
    }
}
