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
        guard flow.steps.contains(where: { $0.trigger == .timer }) else {
            throw FlowDefinitionError(path: stepsPath, message: "a flow needs at least one timed step (without on:)")
        }
    }
}
